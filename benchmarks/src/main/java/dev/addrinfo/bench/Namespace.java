package dev.addrinfo.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Re-runs {@link Throughput} inside {@code unshare -m -n}: a private network namespace with only
 * loopback, where /etc/resolv.conf, /etc/hosts and /etc/nsswitch.conf are bind-mounted copies
 * pointing libc at 127.0.0.1:53, and nscd's socket is hidden. That is the only way libc (and so
 * the JDK's InetAddress) asks the benchmark's BIND, and it keeps all load on loopback. Needs root.
 */
final class Namespace {
  /** Exit status of the script when it could not set the namespace up (not root, no unshare). */
  static final int SETUP_FAILED = 70;

  private Namespace() {}

  /**
   * Runs the re-run with this JVM's class path and options, its output to ours. Returns its exit
   * status, {@link #SETUP_FAILED} if the namespace could not be made.
   */
  static int rerun(ThroughputOptions options, long timeoutSeconds) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("addrinfo-throughput-etc-");
    try {
      Files.writeString(dir.resolve("resolv.conf"), "nameserver 127.0.0.1\noptions ndots:1\n");
      Files.writeString(dir.resolve("hosts"), "127.0.0.1 localhost\n::1 localhost\n");
      Files.writeString(dir.resolve("nsswitch.conf"), "hosts: files dns\n");
      List<String> command = new ArrayList<>(List.of("unshare", "-m", "-n", "sh", "-c", script(dir), "throughput"));
      command.addAll(javaCommand());
      command.addAll(options.toArgs());
      command.add("--inside-namespace");
      Process shell = new ProcessBuilder(command).inheritIO().start();
      Thread hook = new Thread(() -> destroyTree(shell), "stop-namespace");
      Runtime.getRuntime().addShutdownHook(hook);
      boolean finished = shell.waitFor(timeoutSeconds, TimeUnit.SECONDS);
      if (!finished) {
        System.err.println("the run in the namespace took over " + timeoutSeconds + " s; stopping it");
        destroyTree(shell);
      }
      Runtime.getRuntime().removeShutdownHook(hook);
      return finished ? shell.exitValue() : 1;
    } finally {
      BenchFiles.deleteTree(dir);
    }
  }

  private static String script(Path dir) {
    String d = dir.toString().replace("'", "'\\''");
    return "set -u\n"
        + "D='" + d + "'\n"
        + "ip link set lo up || exit " + SETUP_FAILED + "\n"
        + "for f in resolv.conf hosts nsswitch.conf; do\n"
        + "  mount --bind \"$D/$f\" /etc/$f || exit " + SETUP_FAILED + "\n"
        + "done\n"
        // A host nscd would answer from the host's files and caches.
        + "for n in /run/nscd /var/run/nscd; do [ -d $n ] && mount -t tmpfs none $n; done\n"
        + "exec \"$@\"\n";
  }

  private static List<String> javaCommand() {
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Throughput.class.getName());
    return command;
  }

  private static void destroyTree(Process shell) {
    shell.descendants().forEach(ProcessHandle::destroyForcibly);
    shell.destroyForcibly();
  }
}
