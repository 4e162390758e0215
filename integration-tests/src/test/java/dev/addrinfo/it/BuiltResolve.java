package dev.addrinfo.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The built {@code resolve} command (the jar that {@link Side#fromSystemProperty()} compares, checked
 * by {@link ResolveJar#verify} to be this build's) as a command line, and a way to run any command
 * to its end and keep what it printed.
 */
final class BuiltResolve {
  /** What one command did. */
  record Run(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  private BuiltResolve() {}

  /**
   * The built command with ARGS, on this test's JDK: the launcher beside the jar (which adds the
   * build's class-data-sharing archive, so that each run starts faster) when there is one,
   * otherwise {@code java -jar resolve.jar}.
   */
  static List<String> command(String... args) {
    String chosen = System.getProperty("addrinfo.compare.java");
    Path jar = Path.of(chosen == null ? "../resolver-cli/target/resolve.jar" : chosen).toAbsolutePath().normalize();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " does not exist: build resolver-cli first (mvn verify from the root "
          + "packages it before these tests run), or point -Daddrinfo.compare.java at the jar");
    }
    if (chosen == null) {
      ResolveJar.verify(jar);
    }
    String javaHome = System.getProperty("java.home");
    Path launcher = jar.resolveSibling("resolve");
    List<String> command = Files.isExecutable(launcher)
        ? new ArrayList<>(List.of("env", "JAVA_HOME=" + javaHome, launcher.toString()))
        : new ArrayList<>(List.of(Path.of(javaHome, "bin", "java").toString(), "-jar", jar.toString()));
    command.addAll(List.of(args));
    return command;
  }

  /** Runs a command with no input; fails the test if it has not ended within a minute. */
  static Run run(List<String> command) {
    Path out = null;
    Path err = null;
    try {
      out = Files.createTempFile("run-out", ".txt");
      err = Files.createTempFile("run-err", ".txt");
      Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError(command + " did not end within 60 s");
      }
      return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } finally {
      for (Path p : new Path[] {out, err}) {
        if (p != null) {
          p.toFile().delete();
        }
      }
    }
  }
}
