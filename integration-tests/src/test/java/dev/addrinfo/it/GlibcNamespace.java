package dev.addrinfo.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs commands inside a private mount and network namespace ({@code unshare -m -n}) whose
 * /etc/hosts, host.conf, resolv.conf, nsswitch.conf, gai.conf and services are the given
 * {@link EtcFiles}, with only loopback up, and the DNS servers a {@link NamespaceDns} names (BIND
 * with the test zones, alone or behind Unbound or dnsmasq) on 127.0.0.1:53 and [::1]:53. The
 * namespace lives for one shell script: set up, start and await the servers, run the commands
 * (each one's output to files), stop the servers, exit. Needs root; see {@link NamespaceSupport}.
 * Costs about 100 ms, plus up to a second per server, plus the commands.
 *
 * <p>Commands run in {@value #LANES} lanes at once, since most are JVMs starting up on a machine
 * with two cores: commands {@code 2k} and {@code 2k+1} (a comparison case's two sides) always run
 * in that order in one lane, and pairs alternate between lanes. Nothing a command does may
 * depend on another pair having run before it.
 */
public final class GlibcNamespace {

  /** How many commands run at once. */
  static final int LANES = 2;

  /** One command: environment additions (e.g. RES_OPTIONS) and the argument vector. */
  public record Command(Map<String, String> env, List<String> argv) {
    public Command {
      env = Map.copyOf(env);
      argv = List.copyOf(argv);
    }
  }

  /** What one command did, and how long it ran (wall clock, for reports only). */
  public record Output(int exitStatus, String stdout, String stderr, long millis) {}

  /** Every command's output in order, and the DNS servers' logs (for reports; "" without servers). */
  public record Run(List<Output> outputs, String serverLogs) {}

  private final EtcFiles etc;
  private final NamespaceDns dns;

  public GlibcNamespace(EtcFiles etc, NamespaceDns dns) {
    this.etc = etc;
    this.dns = Objects.requireNonNull(dns, "dns");
  }

  /** With BIND alone on port 53, or no DNS server. */
  public GlibcNamespace(EtcFiles etc, boolean withBind) {
    this(etc, withBind ? NamespaceDns.BIND : NamespaceDns.NONE);
  }

  /** Runs {@code commands} in one namespace and returns their outputs in the same order. */
  public List<Output> run(List<Command> commands) {
    return runAll(commands).outputs();
  }

  /** Runs {@code commands} in one namespace; returns their outputs and what the servers logged. */
  public Run runAll(List<Command> commands) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("addrinfo-ns-");
      Files.createDirectories(dir.resolve("etc"));
      Files.createDirectories(dir.resolve("out"));
      etc.writeTo(dir.resolve("etc"));
      Path script = dir.resolve("run.sh");
      Files.writeString(script, script(dir, commands));
      Process shell = new ProcessBuilder("unshare", "-m", "-n", "sh", script.toString())
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve("script.log").toFile())
          .start();
      // Killing only the shell would leave named running in the orphaned namespace.
      Thread hook = new Thread(() -> destroyTree(shell), "stop-namespace");
      Runtime.getRuntime().addShutdownHook(hook);
      long timeoutSeconds = 60 + 20L * commands.size();
      boolean finished = shell.waitFor(timeoutSeconds, TimeUnit.SECONDS);
      if (!finished) {
        destroyTree(shell);
      }
      Runtime.getRuntime().removeShutdownHook(hook);
      if (!finished) {
        throw new IllegalStateException("namespace script did not finish in " + timeoutSeconds
            + " s; its log:\n" + read(dir.resolve("script.log")));
      }
      if (shell.exitValue() != 0) {
        throw new IllegalStateException("namespace script failed with status " + shell.exitValue()
            + ":\n" + read(dir.resolve("script.log")));
      }
      StringBuilder logs = new StringBuilder();
      for (String log : dns.logFiles()) {
        Path file = dir.resolve(log);
        logs.append("== ").append(log).append(" ==\n").append(Files.isRegularFile(file) ? read(file) : "(none)\n");
      }
      return new Run(outputs(dir.resolve("out"), commands.size()), logs.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run the glibc namespace", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the namespace script ran", e);
    } finally {
      if (dir != null) {
        LocalNamed.deleteTree(dir);
      }
    }
  }

  private static void destroyTree(Process shell) {
    shell.descendants().forEach(ProcessHandle::destroyForcibly);
    shell.destroyForcibly();
  }

  private String script(Path dir, List<Command> commands) throws IOException {
    StringBuilder sh = new StringBuilder("set -u\n")
        .append("D=").append(ShellQuote.word(dir.toString())).append('\n')
        .append("ip link set lo up || { echo 'cannot bring up loopback' >&2; exit 70; }\n")
        .append("for f in ").append(String.join(" ", EtcFiles.NAMES)).append("; do\n")
        .append("  [ -e /etc/$f ] || { echo \"/etc/$f does not exist; cannot mount over it\" >&2; exit 71; }\n")
        .append("  mount --bind \"$D/etc/$f\" /etc/$f || exit 72\n")
        .append("done\n")
        // A host nscd would answer from the host's files; hide its socket.
        .append("for d in /run/nscd /var/run/nscd; do [ -d $d ] && mount -t tmpfs none $d; done\n");
    // The servers are stopped however the script ends, so that none outlives the namespace.
    sh.append("PIDS=\n")
        .append("trap 'for p in $PIDS; do kill $p 2>/dev/null; done;")
        .append(" for p in $PIDS; do wait $p 2>/dev/null; done' EXIT\n")
        .append(dns.startScript(dir));
    sh.append("run() { n=$1; shift; s=$(date +%s%N);")
        .append(" \"$@\" > \"$D/out/$n\" 2> \"$D/out/$n.err\" < /dev/null;")
        .append(" echo $? > \"$D/out/$n.rc\";")
        .append(" echo $(( ($(date +%s%N) - s) / 1000000 )) > \"$D/out/$n.ms\"; }\n");
    for (int lane = 0; lane < LANES; lane++) {
      sh.append("lane").append(lane).append("() {\n  :\n");
      for (int i = 2 * lane; i < commands.size(); i += 2 * LANES) {
        appendRun(sh, i, commands.get(i));
        if (i + 1 < commands.size()) {
          appendRun(sh, i + 1, commands.get(i + 1));
        }
      }
      sh.append("}\n");
    }
    sh.append("LANES=\n");
    for (int lane = 0; lane < LANES; lane++) {
      sh.append("lane").append(lane).append(" & LANES=\"$LANES $!\"\n");
    }
    return sh.append("wait $LANES\nexit 0\n").toString();
  }

  private static void appendRun(StringBuilder sh, int index, Command command) {
    sh.append("  run ").append(index).append(" env");
    command.env().forEach((k, v) -> sh.append(' ').append(ShellQuote.word(k + "=" + v)));
    sh.append(' ').append(ShellQuote.words(command.argv())).append('\n');
  }

  private static List<Output> outputs(Path out, int count) throws IOException {
    List<Output> outputs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int status = Integer.parseInt(read(out.resolve(i + ".rc")).strip());
      long millis = Long.parseLong(read(out.resolve(i + ".ms")).strip());
      outputs.add(new Output(status, read(out.resolve(String.valueOf(i))), read(out.resolve(i + ".err")), millis));
    }
    return outputs;
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
