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
  private static final Pattern SENT = Pattern.compile("Queries sent:\\s+([0-9]+)");
  /** The shell's {@code times}: its own user and system time, then its children's (dnsperf's). */
  private static final Pattern TIMES = Pattern.compile("(\\d+)m([0-9.]+)s (\\d+)m([0-9.]+)s\\s*$");

  /**
   * Queries per second, the command that measured them, and dnsperf's own CPU time per query
   * (user and system, NaN when not known): what a lean C client spends to send a query and read
   * its answer, a floor for any client on this machine.
   */
  record Result(double queriesPerSecond, String command, double clientCpuMicrosPerQuery) {}

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
      // Run under sh so that its times builtin reports dnsperf's CPU time when it has exited.
      List<String> shell = new java.util.ArrayList<>(List.of("/bin/sh", "-c", "\"$@\"; status=$?; times; exit $status",
          "sh"));
      shell.addAll(command);
      Process p = new ProcessBuilder(shell).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new IOException("dnsperf failed: " + out);
      }
      Matcher m = QPS.matcher(out);
      if (!m.find()) {
        throw new IOException("no 'Queries per second' in dnsperf's output: " + out);
      }
      return new Result(Double.parseDouble(m.group(1)), String.join(" ", command).replace(queries.toString(), "QUERIES"),
          cpuPerQuery(out));
    } finally {
      Files.deleteIfExists(queries);
    }
  }

  /** dnsperf's CPU microseconds per query sent, from its output and the shell's times; NaN if absent. */
  static double cpuPerQuery(String out) {
    Matcher sent = SENT.matcher(out);
    String[] lines = out.strip().split("\n");
    Matcher children = TIMES.matcher(lines[lines.length - 1]);
    if (!sent.find() || !children.find()) {
      return Double.NaN;
    }
    double seconds = 60 * Long.parseLong(children.group(1)) + Double.parseDouble(children.group(2))
        + 60 * Long.parseLong(children.group(3)) + Double.parseDouble(children.group(4));
    long queries = Long.parseLong(sent.group(1));
    return queries == 0 ? Double.NaN : seconds * 1e6 / queries;
  }

  static String describe(Result r) {
    return String.format(Locale.ROOT, "dnsperf ceiling: %.0f queries/s = %.0f look-ups/s (A+AAAA)   [%s]%n"
            + "dnsperf's own CPU: %.1f us per query = %.1f us per look-up (a C client's floor)",
        r.queriesPerSecond(), r.queriesPerSecond() / 2, r.command(), r.clientCpuMicrosPerQuery(),
        2 * r.clientCpuMicrosPerQuery());
  }
}
