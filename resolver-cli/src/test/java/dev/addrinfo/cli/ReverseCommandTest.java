package dev.addrinfo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.EaiError;
import dev.addrinfo.NameInfo;
import dev.addrinfo.NameInfoFlag;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReverseCommandTest {
  @TempDir
  static Path dir;

  private static FakeResolver ask(String... args) {
    FakeResolver fake = new FakeResolver().answering(new NameInfo("localhost", "smtp"));
    String[] all = new String[args.length + 1];
    all[0] = "reverse";
    System.arraycopy(args, 0, all, 1, args.length);
    CliRun run = CliRun.run(fake, all);
    assertEquals(0, run.exit, run::toString);
    return fake;
  }

  @ParameterizedTest
  @CsvSource({
      "--numeric-host, NUMERICHOST",
      "--numeric-serv, NUMERICSERV",
      "--name-required, NAMEREQD",
      "--no-fqdn, NOFQDN",
      "--dgram, DGRAM",
      "--idn, IDN"})
  void eachOptionSetsItsNiFlag(String option, NameInfoFlag flag) {
    assertEquals(Set.of(flag), ask(option, "127.0.0.1").flags);
  }

  @Test
  void noOptionsNoFlags() {
    assertEquals(Set.of(), ask("127.0.0.1", "25").flags);
  }

  @Test
  void allOptionsTogether() {
    assertEquals(EnumSet.allOf(NameInfoFlag.class),
        ask("--numeric-host", "--numeric-serv", "--name-required", "--no-fqdn", "--dgram", "--idn", "127.0.0.1").flags);
  }

  @Test
  void addressAndPortBecomeTheSocketAddress() throws Exception {
    assertEquals(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 25), ask("127.0.0.1", "25").address);
    assertEquals(new InetSocketAddress(InetAddress.getByName("::1"), 0), ask("::1").address);
  }

  @Test
  void aNumericScopeIsKept() {
    InetSocketAddress a = ask("fe80::1%7", "22").address;
    assertEquals(7, ((Inet6Address) a.getAddress()).getScopeId());
  }

  @Test
  void aMappedAddressStaysIpv6() {
    InetSocketAddress a = ask("::ffff:192.0.2.1").address;
    assertTrue(a.getAddress() instanceof Inet6Address, a::toString);
    assertEquals("::ffff:192.0.2.1", AddressText.bare(a.getAddress(), true));
  }

  @Test
  void fileAndNameserverOptionsApplyToReverseToo() throws Exception {
    Path hosts = Files.writeString(dir.resolve("h"), "");
    FakeResolver fake = ask("--nameserver=[::1]:5353", "--hosts=" + hosts, "127.0.0.1");
    assertEquals(5353, fake.settings.nameservers().get(0).getPort());
    assertEquals(hosts, fake.settings.files().hosts());
  }

  @Test
  void tableOutputHasAHeader() {
    CliRun run = CliRun.run(new FakeResolver().answering(new NameInfo("localhost", "smtp")), "reverse", "127.0.0.1", "25");
    assertEquals("HOST       SERVICE\nlocalhost  smtp\n", run.out);
  }

  @Test
  void jsonOutputIsHostThenService() {
    CliRun run = CliRun.run(new FakeResolver().answering(new NameInfo("localhost", "smtp")),
        "reverse", "--json", "127.0.0.1", "25");
    assertEquals("{\"host\":\"localhost\",\"service\":\"smtp\"}\n", run.out);
  }

  @Test
  void aResolverErrorExitsTwo() {
    CliRun run = CliRun.run(new FakeResolver().failing(EaiError.EAI_NONAME), "reverse", "--name-required", "192.0.2.1", "25");
    assertEquals(2, run.exit, run::toString);
    assertEquals("resolve: 192.0.2.1 25: Name or service not known\n", run.err);
    CliRun json = CliRun.run(new FakeResolver().failing(EaiError.EAI_NONAME), "reverse", "--json", "--name-required", "192.0.2.1");
    assertEquals(2, json.exit, json::toString);
    assertEquals("{\"error\":\"EAI_NONAME\",\"message\":\"Name or service not known\",\"address\":\"192.0.2.1\","
        + "\"port\":null}\n", json.out);
    CliRun withPort = CliRun.run(new FakeResolver().failing(EaiError.EAI_NONAME), "reverse", "--json", "192.0.2.1", "025");
    assertEquals("{\"error\":\"EAI_NONAME\",\"message\":\"Name or service not known\",\"address\":\"192.0.2.1\","
        + "\"port\":25}\n", withPort.out);
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "256.1.1.1", "::g", "fe80::1%", "g::1", ""})
  void aNonNumericAddressIsAUsageErrorNamingIt(String address) {
    FakeResolver fake = new FakeResolver();
    CliRun run = CliRun.run(fake, "reverse", address);
    assertEquals(64, run.exit, run::toString);
    assertTrue(run.err.contains("'" + address + "'"), run::toString);
    assertFalse(fake.asked);
  }

  @ParameterizedTest
  @ValueSource(strings = {"65536", "-1", "smtp", ""})
  void aBadPortIsAUsageErrorNamingIt(String port) {
    FakeResolver fake = new FakeResolver();
    CliRun run = CliRun.run(fake, "reverse", "--", "127.0.0.1", port);
    assertEquals(64, run.exit, run::toString);
    assertTrue(run.err.contains("'" + port + "'"), run::toString);
    assertFalse(fake.asked);
  }

  @Test
  void aMissingAddressIsAUsageError() {
    CliRun run = CliRun.run(new FakeResolver(), "reverse");
    assertEquals(64, run.exit);
    assertEquals("Missing required parameter: 'ADDRESS'\nTry 'resolve reverse --help' for more information.\n", run.err);
  }
}
