package dev.addrinfo.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's ceiling: dnsperf (a C load generator, Debian's {@code dnsperf}) asking the same BIND
 * for the measured names' A and AAAA records, with as many queries in flight as the resolvers have
 * (two per look-up), spread over four sockets so that every BIND worker thread gets a share.
 */
final class Ceiling {
  private static final Path DNSPERF = Path.of("/usr/bin/dnsperf");
  private static final Pattern QPS = Pattern.compile("Queries per second:\\s+([0-9.]+)");

  /** Queries per second and the command that measured them. */
  record Result(double queriesPerSecond, String command) {}

  private Ceiling() {}

  static boolean available() {
    return Files.isExecutable(DNSPERF);
  }

  static Result measure(InetSocketAddress server, List<String> names, int lookupsInFlight)
      throws IOException, InterruptedException {
    Path queries = Files.createTempFile("addrinfo-dnsperf-", ".txt");
    try {
      StringBuilder b = new StringBuilder(names.size() * 40);
      for (String n : names) {
        b.append(n).append(" A\n").append(n).append(" AAAA\n");
      }
      Files.writeString(queries, b, StandardCharsets.US_ASCII);
      List<String> command = List.of(DNSPERF.toString(), "-s", server.getAddress().getHostAddress(), "-p",
          String.valueOf(server.getPort()), "-d", queries.toString(), "-c", "4", "-T", "2", "-q",
          String.valueOf(2 * lookupsInFlight), "-l", "8");
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new IOException("dnsperf failed: " + out);
      }
      Matcher m = QPS.matcher(out);
      if (!m.find()) {
        throw new IOException("no 'Queries per second' in dnsperf's output: " + out);
      }
      return new Result(Double.parseDouble(m.group(1)), String.join(" ", command).replace(queries.toString(), "QUERIES"));
    } finally {
      Files.deleteIfExists(queries);
    }
  }

  static String describe(Result r) {
    return String.format(Locale.ROOT, "dnsperf ceiling: %.0f queries/s = %.0f look-ups/s (A+AAAA)   [%s]",
        r.queriesPerSecond(), r.queriesPerSecond() / 2, r.command());
  }
}
