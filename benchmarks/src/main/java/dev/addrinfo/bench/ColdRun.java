package dev.addrinfo.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A resolver's first look-ups in a fresh JVM, with no warm-up: what a program that has just started
 * gets, JIT compilation and class loading included. Each peer runs in a child JVM of its own (the
 * same class path and options) against the parent's BIND, and hands its result back on one line.
 */
final class ColdRun {
  private static final String PREFIX = "COLD-RESULT ";

  private ColdRun() {}

  /** Runs {@code peer}'s cold run in a child JVM and returns its result. */
  static RunResult inChild(String peer, InetSocketAddress server, ThroughputOptions o)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Throughput.class.getName(),
        "--child", peer, "--server", server.getAddress().getHostAddress() + ":" + server.getPort(),
        "--names", String.valueOf(o.names()), "--in-flight", String.valueOf(o.inFlight()),
        "--limit-seconds", String.valueOf(o.limit().toSeconds())));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(o.limit().toSeconds() + 60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("the cold run of " + peer + " did not end");
    }
    for (String line : out.split("\n")) {
      if (line.startsWith(PREFIX)) {
        return RunResult.parse(line.substring(PREFIX.length()));
      }
    }
    throw new IOException("the cold run of " + peer + " printed no result: " + out);
  }

  /** The child's side: run the names once, no warm-up, and print the result for the parent. */
  static int child(ThroughputOptions o) throws InterruptedException {
    List<String> names = BenchBind.names("n", o.names());
    try (Peer peer = Throughput.create(o.child(), o.server(), o.inFlight())) {
      RunResult r = LoadDriver.run(peer, names, o.inFlight(), o.limit());
      System.out.println(PREFIX + r.serialize());
      return 0;
    }
  }
}
