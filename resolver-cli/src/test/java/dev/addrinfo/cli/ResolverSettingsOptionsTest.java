package dev.addrinfo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.SystemFiles;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResolverSettingsOptionsTest {
  @TempDir
  static Path dir;

  private static Path file(String name) throws Exception {
    return Files.writeString(dir.resolve(name), "");
  }

  private static ResolverSettings settingsFor(String... args) {
    FakeResolver fake = new FakeResolver();
    CliRun run = CliRun.run(fake, args);
    assertEquals(0, run.exit, run::toString);
    return fake.settings;
  }

  private static InetSocketAddress server(String ip, int port) throws Exception {
    return new InetSocketAddress(InetAddress.getByName(ip), port);
  }

  @Test
  void withoutOptionsTheResolverReadsEtcAndResolvConfsServers() {
    ResolverSettings s = settingsFor("localhost");
    assertEquals(SystemFiles.ETC, s.files());
    assertEquals(List.of(), s.nameservers());
    assertNull(s.trace());
  }

  @Test
  void fileOptionsReplaceOnlyTheirFile() throws Exception {
    Path h = file("h");
    Path sv = file("s");
    Path r = file("r");
    Path n = file("n");
    Path g = file("g");
    ResolverSettings s = settingsFor("--hosts=" + h, "--services=" + sv, "--resolv-conf=" + r, "--nsswitch-conf=" + n,
        "--gai-conf=" + g, "localhost");
    assertEquals(SystemFiles.ETC.withHosts(h).withServices(sv).withResolvConf(r).withNsswitchConf(n).withGaiConf(g),
        s.files());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--hosts", "--services", "--resolv-conf", "--nsswitch-conf", "--gai-conf"})
  void aMissingFileNamedOnTheCommandLineIsAUsageErrorNamingItAndWhy(String option) {
    FakeResolver fake = new FakeResolver();
    Path missing = dir.resolve("nonexistent");
    CliRun run = CliRun.run(fake, option + "=" + missing, "gatech.edu");
    assertEquals(64, run.exit, run::toString);
    assertEquals("Invalid value for option '" + option + "': cannot read '" + missing
        + "': No such file or directory\nTry 'resolve --help' for more information.\n", run.err);
    assertFalse(fake.asked);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--hosts", "--services", "--resolv-conf", "--nsswitch-conf", "--gai-conf"})
  void aDirectoryNamedAsAFileIsAUsageError(String option) {
    CliRun run = CliRun.run(new FakeResolver(), option + "=" + dir, "gatech.edu");
    assertEquals(64, run.exit, run::toString);
    assertTrue(run.err.startsWith("Invalid value for option '" + option + "': cannot read '" + dir
        + "': Is a directory\n"), run::toString);
  }

  @ParameterizedTest
  @CsvSource({"1, 1", "2, 2", "30, 30", "05, 5"})
  void timeoutTakesWholeSecondsFromOneToThirty(String value, long seconds) {
    assertEquals(Duration.ofSeconds(seconds), settingsFor("--timeout=" + value, "localhost").timeout());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "00", "0.5", "1.5", "31", "100", "-1", "abc", "1e3", "", " 1", "1."})
  void aTimeoutOutsideGlibcsRangeIsAUsageErrorNamingIt(String value) {
    FakeResolver fake = new FakeResolver();
    CliRun run = CliRun.run(fake, "--timeout=" + value, "localhost");
    assertEquals(64, run.exit, run::toString);
    assertEquals("Invalid value for option '--timeout': '" + value + "' is not a number of seconds from 1 to 30\n"
        + "Try 'resolve --help' for more information.\n", run.err);
    assertFalse(fake.asked);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5})
  void attemptsTakesOneToFive(int value) {
    assertEquals(value, settingsFor("--attempts=" + value, "localhost").attempts());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "6", "-1", "x", "", "05000", "1.0"})
  void attemptsOutsideGlibcsRangeAreAUsageErrorNamingThem(String value) {
    CliRun run = CliRun.run(new FakeResolver(), "--attempts=" + value, "localhost");
    assertEquals(64, run.exit, run::toString);
    assertEquals("Invalid value for option '--attempts': '" + value + "' is not a number from 1 to 5\n"
        + "Try 'resolve --help' for more information.\n", run.err);
  }

  @Test
  void withoutTimeoutAndAttemptsResolvConfsApply() {
    ResolverSettings s = settingsFor("localhost");
    assertNull(s.timeout());
    assertEquals(0, s.attempts());
  }

  @ParameterizedTest
  @CsvSource({
      "127.0.0.1, 127.0.0.1, 53",
      "127.0.0.1:5353, 127.0.0.1, 5353",
      "[::1]:5353, ::1, 5353",
      "[::1], ::1, 53",
      "::1, ::1, 53",
      "2001:db8::53, 2001:db8::53, 53",
      "'[2001:db8::53]:65535', 2001:db8::53, 65535"})
  void nameserverTakesIpWithOptionalPort(String value, String ip, int port) throws Exception {
    assertEquals(List.of(server(ip, port)), settingsFor("--nameserver=" + value, "localhost").nameservers());
  }

  @Test
  void nameserversKeepTheirOrder() throws Exception {
    ResolverSettings s = settingsFor("--nameserver=127.0.0.2", "--nameserver", "[::1]:5353", "localhost");
    assertEquals(List.of(server("127.0.0.2", 53), server("::1", 5353)), s.nameservers());
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "ns.example:53", "127.0.0.1:0", "127.0.0.1:65536", "127.0.0.1:", "127.0.0.1:x",
      "[::1", "[::1]53", "[::1]:", "256.0.0.1", "127.0.0.1.1", "::g", "", "[127.0.0.1]x"})
  void aBadNameserverIsAUsageErrorNamingIt(String value) {
    FakeResolver fake = new FakeResolver();
    CliRun run = CliRun.run(fake, "--nameserver=" + value, "localhost");
    assertEquals(64, run.exit, run::toString);
    assertTrue(run.err.contains("'--nameserver'") && run.err.contains("'" + value + "'"), run::toString);
    assertFalse(fake.asked);
  }

  @Test
  void traceGivesTheResolverAConsumer() {
    assertTrue(settingsFor("--trace", "localhost").trace() != null);
  }

  @Test
  void randomLetterCaseIsOffUnlessAsked() {
    assertFalse(settingsFor("localhost").randomizeCase());
  }

  @Test
  void dash0x20AsksForRandomLetterCase() {
    assertTrue(settingsFor("--0x20", "localhost").randomizeCase());
  }
}
