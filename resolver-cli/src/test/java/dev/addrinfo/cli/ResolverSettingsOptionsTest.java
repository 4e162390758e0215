package dev.addrinfo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.SystemFiles;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResolverSettingsOptionsTest {
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
  void fileOptionsReplaceOnlyTheirFile() {
    ResolverSettings s = settingsFor("--hosts=/tmp/h", "--services=/tmp/s", "--resolv-conf=/tmp/r", "localhost");
    assertEquals(SystemFiles.ETC.withHosts(Path.of("/tmp/h")).withServices(Path.of("/tmp/s"))
        .withResolvConf(Path.of("/tmp/r")), s.files());
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
}
