package dev.addrinfo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.Hints;
import dev.addrinfo.Linux;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HintOptionsTest {
  private static Hints hintsFor(String... args) {
    FakeResolver fake = new FakeResolver();
    CliRun run = CliRun.run(fake, args);
    assertEquals(0, run.exit, run::toString);
    return fake.hints;
  }

  @Test
  void noOptionsMeansNullHints() {
    assertEquals(Hints.DEFAULT, hintsFor("localhost"));
  }

  @ParameterizedTest
  @CsvSource({
      "--passive, 0x0001",
      "--canonname, 0x0002",
      "--numeric-host, 0x0004",
      "--v4mapped, 0x0008",
      "--all, 0x0010",
      "--addrconfig, 0x0020",
      "--idn, 0x0040",
      "--canonidn, 0x0080",
      "--numeric-serv, 0x0400"})
  void eachFlagOptionSetsItsAiBit(String option, String bit) {
    assertEquals(Integer.decode(bit), hintsFor(option, "localhost").flags());
  }

  @Test
  void flagOptionsCombine() {
    Hints hints = hintsFor("--v4mapped", "--all", "--canonname", "localhost");
    assertEquals(Linux.AI_V4MAPPED | Linux.AI_ALL | Linux.AI_CANONNAME, hints.flags());
  }

  @Test
  void rawFlagsAreAddedToNamedOnesInHexOrDecimal() {
    assertEquals(0x0800 | Linux.AI_PASSIVE, hintsFor("--flags=0x800", "--passive", "-").flags());
    assertEquals(1024, hintsFor("--flags=1024", "-").flags());
    assertEquals(0xffffffff, hintsFor("--flags=0xffffffff", "-").flags());
  }

  @ParameterizedTest
  @CsvSource({"inet, 2", "inet6, 10", "unspec, 0", "INET6, 10", "2, 2", "99, 99", "-1, -1", "0x1c, 28"})
  void familyTakesNamesAndRawNumbers(String value, int expected) {
    assertEquals(expected, hintsFor("--family=" + value, "localhost").family());
  }

  @Test
  void familyNumberMayBeTheNextArgumentEvenWhenNegative() {
    assertEquals(-1, hintsFor("--family", "-1", "localhost").family());
  }

  @ParameterizedTest
  @CsvSource({"stream, 1", "dgram, 2", "raw, 3", "0, 0", "5, 5", "-7, -7"})
  void socktypeTakesNamesAndRawNumbers(String value, int expected) {
    assertEquals(expected, hintsFor("--socktype=" + value, "localhost").socketType());
  }

  @ParameterizedTest
  @CsvSource({"tcp, 6", "udp, 17", "0, 0", "132, 132"})
  void protocolTakesNamesAndRawNumbers(String value, int expected) {
    assertEquals(expected, hintsFor("--protocol=" + value, "localhost").protocol());
  }

  @Test
  void aRawNumberTheResolverRejectsStillReachesIt() {
    FakeResolver fake = new FakeResolver();
    CliRun run = CliRun.run(fake, "--family=1", "--socktype=99", "--flags=0x10000", "localhost");
    assertEquals(0, run.exit, run::toString);
    assertTrue(fake.asked);
    assertEquals(new Hints(1, 99, 0, 0x10000), fake.hints);
  }

  @ParameterizedTest
  @CsvSource({"--family=ipx, 'ipx'", "--socktype=seqpacket, 'seqpacket'", "--protocol=sctp, 'sctp'", "--flags=0xzz, '0xzz'",
      "--flags=12abc, '12abc'"})
  void anUnknownNameIsAUsageErrorNamingIt(String option, String named) {
    FakeResolver fake = new FakeResolver();
    CliRun run = CliRun.run(fake, option, "localhost");
    assertEquals(64, run.exit, run::toString);
    assertTrue(run.err.contains(named), run::toString);
    assertFalse(fake.asked);
  }

  @Test
  void dashStandsForANullHostAndService() {
    FakeResolver fake = new FakeResolver();
    CliRun.run(fake, "--passive", "-", "-");
    assertNull(fake.host);
    assertNull(fake.service);
  }

  @Test
  void anAbsentServiceIsNull() {
    FakeResolver fake = new FakeResolver();
    CliRun.run(fake, "localhost");
    assertEquals("localhost", fake.host);
    assertNull(fake.service);
  }

  @Test
  void hostAndServiceArePassedAsTyped() {
    FakeResolver fake = new FakeResolver();
    CliRun.run(fake, "-", "smtp");
    assertNull(fake.host);
    assertEquals("smtp", fake.service);
  }

  @Test
  void afterDoubleDashAHostMayLookLikeAnOptionOrTheSubcommand() {
    FakeResolver fake = new FakeResolver();
    assertEquals(0, CliRun.run(fake, "--", "-x", "25").exit);
    assertEquals("-x", fake.host);
    FakeResolver other = new FakeResolver();
    assertEquals(0, CliRun.run(other, "--", "reverse").exit);
    assertEquals("reverse", other.host);
  }

  @Test
  void theResolverIsClosedAfterTheLookup() {
    FakeResolver fake = new FakeResolver();
    CliRun.run(fake, "localhost");
    assertTrue(fake.closed);
  }
}
