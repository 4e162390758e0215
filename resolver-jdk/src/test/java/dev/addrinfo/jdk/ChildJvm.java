package dev.addrinfo.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.addrinfo.jdk.user.ResolveMain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@link ResolveMain} in a JVM of its own, on this test's JDK, run until it exits by itself. */
final class ChildJvm {
  /** A JVM starts in a second or two here; this much only matters when one never exits. */
  private static final long EXIT_SECONDS = 120;

  private ChildJvm() {}

  /** This JVM's class path: surefire may start it from a manifest-only jar and names the real one here. */
  static String classPath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  /**
   * Runs {@code java OPTIONS dev.addrinfo.jdk.user.ResolveMain ARGS} and returns its output (stdout and
   * stderr) once it has exited with status 0; fails with its output and a thread dump if it has
   * not exited within {@value #EXIT_SECONDS} s.
   *
   * @param dir where the output and a thread dump are written
   * @param options the JVM's options, including its class path
   */
  static String run(Path dir, List<String> options, List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.add(ResolveMain.class.getName());
    command.addAll(args);
    Path log = dir.resolve("jvm.log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(EXIT_SECONDS, TimeUnit.SECONDS)) {
      String threads = threadDump(dir, process);
      process.destroyForcibly().waitFor();
      throw new AssertionError("the JVM did not exit within " + EXIT_SECONDS + " s after main returned; output:\n"
          + Files.readString(log, StandardCharsets.UTF_8) + "\nits threads:\n" + threads);
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), out);
    return out;
  }

  private static String threadDump(Path dir, Process process) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Path dump = dir.resolve("threads.txt");
    Process p = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print")
        .redirectErrorStream(true).redirectOutput(dump.toFile()).start();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return "(jcmd did not answer)";
    }
    return Files.readString(dump, StandardCharsets.UTF_8);
  }
}
