package dev.addrinfo.cli.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.addrinfo.cli.jar.Launcher.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 7, items 1 and 4: files named on the command line must be readable; bad lines are one line each. */
class FilesAndWarningsIT {
  @TempDir
  Path dir;

  private TestEtc etc;

  @BeforeEach
  void files() {
    etc = new TestEtc(dir);
  }

  @Test
  void aMissingResolvConfIsAUsageErrorNotAQuietFallback() {
    Run run = Launcher.run("--resolv-conf=/nonexistent", "gatech.edu");
    assertEquals(64, run.exit(), run::toString);
    assertEquals("", run.out());
    assertEquals("Invalid value for option '--resolv-conf': cannot read '/nonexistent': No such file or directory\n"
        + "Try 'resolve --help' for more information.\n", run.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--hosts", "--services", "--nsswitch-conf", "--gai-conf"})
  void aMissingFileIsAUsageErrorForTheLookup(String option) {
    Run run = Launcher.run(option + "=/nonexistent", "localhost");
    assertEquals(64, run.exit(), run::toString);
    assertEquals("Invalid value for option '" + option + "': cannot read '/nonexistent': No such file or directory\n"
        + "Try 'resolve --help' for more information.\n", run.err());
  }

  @Test
  void aMissingFileIsAUsageErrorForReverseAndQueryToo() {
    Run reverse = Launcher.run("reverse", "--hosts=/nonexistent", "127.0.0.1");
    assertEquals(64, reverse.exit(), reverse::toString);
    assertEquals("Invalid value for option '--hosts': cannot read '/nonexistent': No such file or directory\n"
        + "Try 'resolve reverse --help' for more information.\n", reverse.err());
    Run query = Launcher.run("query", "--resolv-conf=/nonexistent", "example.test", "A");
    assertEquals(64, query.exit(), query::toString);
    assertEquals("Invalid value for option '--resolv-conf': cannot read '/nonexistent': No such file or directory\n"
        + "Try 'resolve query --help' for more information.\n", query.err());
  }

  @Test
  void aDirectoryIsNotAFile() {
    Run run = Launcher.run("--hosts=" + dir, "localhost");
    assertEquals(64, run.exit(), run::toString);
    assertEquals("Invalid value for option '--hosts': cannot read '" + dir + "': Is a directory\n"
        + "Try 'resolve --help' for more information.\n", run.err());
  }

  @Test
  void aBadLineIsOneWarningLineNamingFileAndLine() {
    etc.write("hosts", "127.0.0.1 localhost\nlocalhost 127.0.0.1\n");
    Run run = Launcher.run(etc.args(null, "--family=inet", "--socktype=stream", "localhost"));
    assertEquals(0, run.exit(), run::toString);
    assertEquals("resolve: warning: " + etc.path("hosts") + ":2: not an IPv4 or IPv6 address in inet_pton syntax "
        + "(glibc skips the line): localhost\n", run.err());
  }

  @Test
  void aFileFullOfBadLinesGivesFiveWarningsAndACount() {
    StringBuilder shadowLike = new StringBuilder();
    for (int i = 1; i <= 29; i++) {
      shadowLike.append("user").append(i).append(":*:19000:0:99999:7:::\n");
    }
    etc.write("hosts", shadowLike.toString()).write("nsswitch.conf", "hosts: files\n");
    Run run = Launcher.run(etc.args(null, "localhost"));
    assertEquals(2, run.exit(), run::toString);
    StringBuilder expected = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      expected.append("resolve: warning: ").append(etc.path("hosts")).append(':').append(i)
          .append(": not an IPv4 or IPv6 address in inet_pton syntax (glibc skips the line): user").append(i)
          .append(":*:19000:0:99999:7:::\n");
    }
    expected.append("resolve: warning: ").append(etc.path("hosts")).append(": 24 more problems not shown\n")
        .append("resolve: localhost: Name or service not known\n");
    assertEquals(expected.toString(), run.err());
  }

  @Test
  void aBadResolvConfLineWarnsForQueryToo() {
    etc.write("resolv.conf", "nameserver not-an-address\noptions timeout:1 attempts:1\n");
    Run run = Launcher.run(etc.dnsArgs(null, "query", "--nameserver=127.0.0.1:9", "--timeout=1", "x.test", "A"));
    assertEquals("resolve: warning: " + etc.path("resolv.conf") + ":1: not an IPv4 or IPv6 address, glibc skips it: "
        + "not-an-address", run.err().lines().findFirst().orElse(""), run::toString);
  }
}
