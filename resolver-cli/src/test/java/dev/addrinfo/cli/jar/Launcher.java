package dev.addrinfo.cli.jar;

import java.io.IOException;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the built {@code resolve} launcher (the system property {@code resolve.launcher}, which the
 * build sets to target/resolve) as a user would, on this test's JDK, and collects what it did.
 */
final class Launcher {
  /** A run that has not ended by then has hung: the tests fail rather than wait for ever. */
  private static final long DEADLINE_SECONDS = 120;

  /** What one run did. */
  record Run(int exit, String out, String err, long wallNanos) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  private Launcher() {}

  static Path launcher() {
    String path = System.getProperty("resolve.launcher");
    if (path == null) {
      throw new IllegalStateException("resolve.launcher is not set: run these tests with 'mvn verify', "
          + "which builds target/resolve first");
    }
    Path launcher = Path.of(path);
    if (!Files.isExecutable(launcher)) {
      throw new IllegalStateException(launcher + " is not an executable: build it with 'mvn package'");
    }
    return launcher;
  }

  static Run run(String... args) {
    return run(launcher(), Map.of(), args);
  }

  static Run run(Path launcher, Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>();
    command.add(launcher.toString());
    command.addAll(List.of(args));
    return exec(command, env);
  }

  /** Any command, with the JAVA_HOME of this JVM unless {@code env} says otherwise. */
  static Run exec(List<String> command, Map<String, String> env) {
    Path out = null;
    Path err = null;
    try {
      out = Files.createTempFile("resolve-out", ".txt");
      err = Files.createTempFile("resolve-err", ".txt");
      ProcessBuilder pb = new ProcessBuilder(command)
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectOutput(out.toFile())
          .redirectError(err.toFile());
      pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
      pb.environment().putAll(env);
      long start = System.nanoTime();
      Process p = pb.start();
      if (!p.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError(command + " did not end within " + DEADLINE_SECONDS + " s");
      }
      long wall = System.nanoTime() - start;
      return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8), wall);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } finally {
      delete(out);
      delete(err);
    }
  }

  private static void delete(Path p) {
    try {
      if (p != null) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary file left behind is harmless
    }
  }
}
