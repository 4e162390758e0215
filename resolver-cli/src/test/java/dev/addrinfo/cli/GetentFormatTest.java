package dev.addrinfo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.EaiError;
import dev.addrinfo.Linux;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected lines are what glibc 2.36's getent ahosts printed on this machine for the same results. */
class GetentFormatTest {
  private static AddrInfo result(int family, int socktype, String canon, InetAddress address) {
    return new AddrInfo(family, socktype, socktype == Linux.SOCK_STREAM ? 6 : socktype == Linux.SOCK_DGRAM ? 17 : 0,
        canon, new InetSocketAddress(address, 0));
  }

  @Test
  void linesAreAddressSocketTypeAndCanonicalNameInGetentsColumns() throws Exception {
    InetAddress v4 = InetAddress.getByName("127.0.0.1");
    FakeResolver fake = new FakeResolver().answering(
        result(Linux.AF_INET, Linux.SOCK_STREAM, "localhost", v4),
        result(Linux.AF_INET, Linux.SOCK_DGRAM, "", v4),
        result(Linux.AF_INET, Linux.SOCK_RAW, "", v4),
        result(Linux.AF_INET6, Linux.SOCK_STREAM, "", v4));
    CliRun run = CliRun.run(fake, "--format=getent", "localhost");
    assertEquals(0, run.exit, run::toString);
    assertEquals(""
        + "127.0.0.1       STREAM localhost\n"
        + "127.0.0.1       DGRAM  \n"
        + "127.0.0.1       RAW    \n"
        + "::ffff:127.0.0.1 STREAM \n", run.out);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fe80::1|1|fe80::1%1     STREAM x",
      "fe80::12|1|fe80::12%1    STREAM x",
      "fe80::1|12|fe80::1%12   STREAM x",
      "fe80::1|123|fe80::1%123 STREAM x",
      "fe80::1:1234|1|fe80::1:1234%1 STREAM x"})
  void aScopedAddressIsPaddedAsGetentPadsIt(String address, int scope, String line) throws Exception {
    InetAddress scoped = Inet6Address.getByAddress(null, InetAddress.getByName(address).getAddress(), scope);
    assertEquals(line, GetentOutput.line(result(Linux.AF_INET6, Linux.SOCK_STREAM, "x", scoped)));
  }

  @Test
  void anUnnamedSocketTypeIsItsNumber() throws Exception {
    assertEquals("192.0.2.1       5      ",
        GetentOutput.line(result(Linux.AF_INET, 5, "", InetAddress.getByName("192.0.2.1"))));
  }

  @Test
  void anErrorIsTheTablesStderrLine() {
    CliRun run = CliRun.run(new FakeResolver().failing(EaiError.EAI_NONAME), "--format=getent", "nosuch.example");
    assertEquals(2, run.exit);
    assertEquals("", run.out);
    assertEquals("resolve: nosuch.example: Name or service not known\n", run.err);
  }

  @Test
  void formatJsonIsJson() throws Exception {
    FakeResolver fake = new FakeResolver().answering(
        result(Linux.AF_INET, Linux.SOCK_STREAM, "", InetAddress.getByName("192.0.2.1")));
    assertEquals("{\"family\":2,\"socktype\":1,\"protocol\":6,\"canonname\":\"\",\"address\":\"192.0.2.1\",\"port\":0,"
        + "\"scope_id\":0}\n", CliRun.run(fake, "--format=JSON", "x").out);
  }

  @Test
  void jsonAndAnotherFormatContradict() {
    FakeResolver fake = new FakeResolver();
    CliRun run = CliRun.run(fake, "--json", "--format=getent", "localhost");
    assertEquals(64, run.exit);
    assertEquals("--json and --format=getent contradict each other\nTry 'resolve --help' for more information.\n",
        run.err);
    assertFalse(fake.asked);
  }

  @Test
  void anUnknownFormatIsAUsageErrorNamingIt() {
    CliRun run = CliRun.run(new FakeResolver(), "--format=xml", "localhost");
    assertEquals(64, run.exit);
    assertEquals("Invalid value for option '--format': 'xml' is not table, getent or json\n"
        + "Try 'resolve --help' for more information.\n", run.err);
  }
}
