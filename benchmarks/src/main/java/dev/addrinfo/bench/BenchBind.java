package dev.addrinfo.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * BIND ({@code named -g}) serving one generated zone, {@value #ZONE}, from a temporary directory,
 * on 127.0.0.1 only: names {@code n0.bench.test ...} for the measured run and {@code w0 ...} for
 * warm-up, each with one A (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 in turn) and one AAAA
 * (2001:db8::/32). Authoritative only, no recursion. Stopped by {@link #close()} or at JVM exit.
 *
 * <p>One worker thread ({@code -n 1}), as the performance issue and the README define the run. By
 * default named starts one per core, and on a 2-core machine its second worker (which the kernel
 * feeds whenever a client spreads its queries over several source ports) then competes with the
 * client under test for the CPU that the client's event loop needs.
 */
final class BenchBind implements AutoCloseable {
  static final String ZONE = "bench.test";
  private static final Duration READY = Duration.ofSeconds(30);
  private static final String[] V4_NETS = {"192.0.2.", "198.51.100.", "203.0.113."};

  private final Path dir;
  private final Process process;
  private final InetSocketAddress address;
  private final Thread hook;

  private BenchBind(Path dir, Process process, InetSocketAddress address) {
    this.dir = dir;
    this.process = process;
    this.address = address;
    this.hook = new Thread(process::destroyForcibly, "stop-named");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Starts named on 127.0.0.1:{@code port} (0: a free one) with {@code names} + {@code warm} names. */
  static BenchBind start(int port, int names, int warm) throws IOException, InterruptedException {
    Path named = Path.of("/usr/sbin/named");
    if (!Files.isExecutable(named)) {
      throw new IllegalStateException(named + " not found; install it with 'apt-get install -y bind9'");
    }
    int p = port != 0 ? port : freePort();
    Path dir = Files.createTempDirectory("addrinfo-throughput-named-");
    Files.writeString(dir.resolve("zone"), zone(names, warm), StandardCharsets.US_ASCII);
    Files.writeString(dir.resolve("named.conf"), conf(dir, p), StandardCharsets.US_ASCII);
    Process process = new ProcessBuilder(named.toString(), "-g", "-n", "1", "-c",
        dir.resolve("named.conf").toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("named.log").toFile())
        .start();
    BenchBind bind = new BenchBind(dir, process, new InetSocketAddress(InetAddress.getByName("127.0.0.1"), p));
    try {
      bind.awaitAnswer();
    } catch (RuntimeException | IOException e) {
      String log = bind.log();
      bind.close();
      throw new IllegalStateException("named did not come up: " + e.getMessage() + "; its log:\n" + log, e);
    }
    return bind;
  }

  InetSocketAddress address() {
    return address;
  }

  /** {@code count} names of the zone: prefix "n" for the measured run, "w" for the warm-up. */
  static List<String> names(String prefix, int count) {
    List<String> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      list.add(prefix + i + "." + ZONE);
    }
    return list;
  }

  private static String zone(int names, int warm) {
    StringBuilder z = new StringBuilder(64 * (names + warm) + 256)
        .append("$TTL 3600\n")
        .append("@ IN SOA ns.").append(ZONE).append(". admin.").append(ZONE).append(". 1 3600 600 86400 60\n")
        .append("@ IN NS ns.").append(ZONE).append(".\n")
        .append("ns IN A 127.0.0.1\n");
    appendHosts(z, "n", names);
    appendHosts(z, "w", warm);
    return z.toString();
  }

  private static void appendHosts(StringBuilder z, String prefix, int count) {
    for (int i = 0; i < count; i++) {
      z.append(prefix).append(i).append(" IN A ").append(V4_NETS[i % 3]).append(1 + (i / 3) % 254).append('\n')
          .append(prefix).append(i).append(" IN AAAA 2001:db8:").append(prefix.equals("n") ? "1" : "2")
          .append("::").append(Integer.toHexString(i >>> 16)).append(':').append(Integer.toHexString(i & 0xffff))
          .append('\n');
    }
  }

  private static String conf(Path dir, int port) {
    return "options {\n"
        + "  directory \"" + dir + "\";\n"
        + "  pid-file none;\n"
        + "  listen-on port " + port + " { 127.0.0.1; };\n"
        + "  listen-on-v6 { none; };\n"
        + "  recursion no;\n"
        + "  dnssec-validation no;\n"
        + "  notify no;\n"
        + "  minimal-responses yes;\n"
        + "};\n"
        + "zone \"" + ZONE + "\" { type primary; file \"" + dir.resolve("zone") + "\"; };\n";
  }

  private static int freePort() throws IOException {
    // UDP and TCP share the number; a UDP probe is enough on a quiet loopback.
    try (DatagramSocket s = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }

  private void awaitAnswer() throws IOException, InterruptedException {
    SimpleResolver probe = new SimpleResolver(address);
    probe.setTimeout(Duration.ofMillis(200));
    Message question = Message.newQuery(Record.newRecord(Name.fromString(ZONE + "."), Type.SOA, 1));
    long deadline = System.nanoTime() + READY.toNanos();
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException("named exited with status " + process.exitValue());
      }
      try {
        if (probe.send(question).getRcode() == Rcode.NOERROR) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet, or still loading the zone
      }
      if (System.nanoTime() - deadline > 0) {
        throw new IllegalStateException("no answer from " + address + " in " + READY.toSeconds() + " s");
      }
      Thread.sleep(50);
    }
  }

  String log() {
    try {
      return Files.readString(dir.resolve("named.log"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
    BenchFiles.deleteTree(dir);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "named pid %d on %s", process.pid(), address);
  }
}
