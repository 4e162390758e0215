package dev.addrinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CI runs what the README tells a user to run, and fails the glibc comparison rather than skip it.
 * Reads README.md and .ci/run from the repository root (this module's parent directory).
 */
class CiScriptTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static List<String> commands(Path file) throws IOException {
    return Files.readAllLines(file).stream().map(String::strip).filter(l -> l.startsWith("apt-get update")).toList();
  }

  @Test
  void ciRunsExactlyTheReadmesTestCommand() throws IOException {
    List<String> readme = commands(ROOT.resolve("README.md"));
    List<String> ci = commands(ROOT.resolve(".ci/run"));
    assertEquals(1, ci.size(), ".ci/run should have one test command: " + ci);
    assertEquals(List.of(ci.get(0)), readme);
  }

  @Test
  void ciSetsCiSoThatAComparisonThatCannotRunFails() throws IOException {
    assertTrue(Files.readAllLines(ROOT.resolve(".ci/run")).contains("export CI=true"));
  }

  @Test
  void ciInstallsEveryServerTheComparisonStarts() throws IOException {
    String command = commands(ROOT.resolve(".ci/run")).get(0);
    for (String pkg : List.of("bind9", "bind9-dnsutils", "unbound", "dnsmasq-base", "gcc")) {
      assertTrue((" " + command + " ").contains(" " + pkg + " "), pkg + " is not installed by: " + command);
    }
  }
}
