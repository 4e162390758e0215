package dev.addrinfo.cli.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.cli.jar.Launcher.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, item 7: the launcher runs the jar with the build's class-data-sharing archive, and runs
 * it all the same, with the same output and nothing on stderr, when the archive is missing, damaged
 * or does not fit; {@code java -jar} works without the launcher. Also --help's exit statuses (item 6).
 */
class StartupIT {
  @TempDir
  Path dir;

  private TestEtc etc;
  private String[] ask;

  @BeforeEach
  void files() {
    etc = new TestEtc(dir).write("hosts", "127.0.0.1 localhost\n").write("nsswitch.conf", "hosts: files\n");
    ask = etc.args(null, "--family=inet", "--socktype=stream", "localhost", "smtp");
  }

  private static final String EXPECTED = ""
      + "FAMILY   SOCKTYPE     PROTOCOL  ADDRESS    PORT  CANONNAME\n"
      + "AF_INET  SOCK_STREAM  tcp       127.0.0.1  25\n";

  private static Path built(String name) {
    return Launcher.launcher().resolveSibling(name);
  }

  @Test
  void theLauncherAnswers() {
    Run run = Launcher.run(ask);
    assertEquals(0, run.exit(), run::toString);
    assertEquals(EXPECTED, run.out());
    assertEquals("", run.err());
  }

  @Test
  void theArchiveFitsTheJarAndThisJdk() {
    // -Xshare:on refuses to start unless the archive maps: proof that the launcher's runs use it.
    List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xshare:on", "-XX:SharedArchiveFile=" + built("resolve.jsa"), "-jar", built("resolve.jar").toString()));
    command.addAll(List.of(ask));
    Run run = Launcher.exec(command, Map.of());
    assertEquals(0, run.exit(), run::toString);
    assertEquals(EXPECTED, run.out());
  }

  @Test
  void withoutTheArchiveTheLauncherStillAnswers() throws Exception {
    Path copy = copyLauncher(false);
    Run run = Launcher.run(copy, Map.of(), ask);
    assertEquals(0, run.exit(), run::toString);
    assertEquals(EXPECTED, run.out());
    assertEquals("", run.err());
  }

  @Test
  void aDamagedOrForeignArchiveIsIgnoredSilently() throws Exception {
    Path copy = copyLauncher(false);
    Files.writeString(copy.resolveSibling("resolve.jsa"), "not a CDS archive of this or any other JDK\n");
    Run run = Launcher.run(copy, Map.of(), ask);
    assertEquals(0, run.exit(), run::toString);
    assertEquals(EXPECTED, run.out());
    assertEquals("", run.err());
  }

  @Test
  void anArchiveOfAnotherJarIsIgnoredSilently() throws Exception {
    Path copy = copyLauncher(true);
    Files.setLastModifiedTime(copy.resolveSibling("resolve.jar"),
        java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    Run run = Launcher.run(copy, Map.of(), ask);
    assertEquals(0, run.exit(), run::toString);
    assertEquals(EXPECTED, run.out());
    assertEquals("", run.err());
  }

  @Test
  void javaDashJarWorksWithoutTheLauncher() {
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", built("resolve.jar").toString()));
    command.addAll(List.of(ask));
    Run run = Launcher.exec(command, Map.of());
    assertEquals(0, run.exit(), run::toString);
    assertEquals(EXPECTED, run.out());
  }

  @Test
  void helpListsOptionsModesAndExitStatuses() {
    Run run = Launcher.run("--help");
    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().contains("--format=table|getent|json") && run.out().contains("--timeout=SECONDS")
        && run.out().contains("--attempts=N") && run.out().contains("--nsswitch-conf=FILE")
        && run.out().contains("--gai-conf=FILE") && run.out().contains("resolve query [OPTIONS] [--] NAME TYPE"),
        run::toString);
    assertTrue(run.out().endsWith(""
        + "Exit status:\n"
        + "   0   success\n"
        + "   2   the lookup failed: an EAI_ error (e.g. EAI_NONAME), or for 'query' no\n"
        + "         answer or an rcode other than NOERROR\n"
        + "  64   usage error: a bad option or argument, or a file named on the command\n"
        + "         line that cannot be read\n"
        + "  70   unexpected failure (a bug: please report it)\n"), run::toString);
  }

  /** The launcher and the jar (and, if asked, the archive) in a directory of their own. */
  private Path copyLauncher(boolean withArchive) throws Exception {
    Path to = Files.createDirectory(dir.resolve("install"));
    Files.copy(built("resolve"), to.resolve("resolve"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(built("resolve.jar"), to.resolve("resolve.jar"), StandardCopyOption.COPY_ATTRIBUTES);
    if (withArchive) {
      Files.copy(built("resolve.jsa"), to.resolve("resolve.jsa"), StandardCopyOption.COPY_ATTRIBUTES);
    }
    return to.resolve("resolve");
  }
}
