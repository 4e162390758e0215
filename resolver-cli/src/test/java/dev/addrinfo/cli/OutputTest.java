package dev.addrinfo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.Linux;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class OutputTest {
  private static AddrInfo result(int family, int socktype, int protocol, String canon, String ip, int port)
      throws Exception {
    return new AddrInfo(family, socktype, protocol, canon, new InetSocketAddress(InetAddress.getByName(ip), port));
  }

  private static FakeResolver smtpOnLocalhost() throws Exception {
    return new FakeResolver().answering(
        result(Linux.AF_INET6, Linux.SOCK_STREAM, Linux.IPPROTO_TCP, "localhost", "0:0:0:0:0:0:0:1", 25),
        result(Linux.AF_INET, Linux.SOCK_STREAM, Linux.IPPROTO_TCP, "", "127.0.0.1", 25));
  }

  @Test
  void tableHasAHeaderAndAlignedColumnsWithNames() throws Exception {
    CliRun run = CliRun.run(smtpOnLocalhost(), "--canonname", "localhost", "smtp");
    assertEquals(0, run.exit, run::toString);
    assertEquals(""
        + "FAMILY    SOCKTYPE     PROTOCOL  ADDRESS    PORT  CANONNAME\n"
        + "AF_INET6  SOCK_STREAM  tcp       ::1        25    localhost\n"
        + "AF_INET   SOCK_STREAM  tcp       127.0.0.1  25\n", run.out);
    assertEquals("", run.err);
  }

  @Test
  void tablePrintsUnknownValuesAsNumbers() throws Exception {
    FakeResolver fake = new FakeResolver().answering(
        result(Linux.AF_INET, Linux.SOCK_DGRAM, Linux.IPPROTO_UDP, "", "192.0.2.1", 53),
        result(Linux.AF_INET, Linux.SOCK_RAW, 0, "", "192.0.2.1", 53),
        result(Linux.AF_INET, 5, 132, "", "192.0.2.1", 53));
    CliRun run = CliRun.run(fake, "192.0.2.1", "53");
    assertEquals(""
        + "FAMILY   SOCKTYPE    PROTOCOL  ADDRESS    PORT  CANONNAME\n"
        + "AF_INET  SOCK_DGRAM  udp       192.0.2.1  53\n"
        + "AF_INET  SOCK_RAW    0         192.0.2.1  53\n"
        + "AF_INET  5           132       192.0.2.1  53\n", run.out);
  }

  @Test
  void tableShowsAnUnknownInterfaceScopeAsANumber() throws Exception {
    InetAddress scoped = Inet6Address.getByAddress(null, InetAddress.getByName("fe80::1").getAddress(), 999999);
    FakeResolver fake = new FakeResolver().answering(
        new AddrInfo(Linux.AF_INET6, Linux.SOCK_STREAM, Linux.IPPROTO_TCP, "", new InetSocketAddress(scoped, 22)));
    CliRun run = CliRun.run(fake, "fe80::1%999999", "22");
    assertEquals(""
        + "FAMILY    SOCKTYPE     PROTOCOL  ADDRESS         PORT  CANONNAME\n"
        + "AF_INET6  SOCK_STREAM  tcp       fe80::1%999999  22\n", run.out);
  }

  @Test
  void jsonIsOneObjectPerLineWithLinuxNumbersInAFixedKeyOrder() throws Exception {
    CliRun run = CliRun.run(smtpOnLocalhost(), "--json", "--canonname", "localhost", "smtp");
    assertEquals(0, run.exit, run::toString);
    assertEquals(""
        + "{\"family\":10,\"socktype\":1,\"protocol\":6,\"canonname\":\"localhost\",\"address\":\"::1\",\"port\":25,\"scope_id\":0}\n"
        + "{\"family\":2,\"socktype\":1,\"protocol\":6,\"canonname\":\"\",\"address\":\"127.0.0.1\",\"port\":25,\"scope_id\":0}\n",
        run.out);
    assertEquals("", run.err);
  }

  @Test
  void jsonGivesTheAddressWithoutScopeAndTheScopeAsANumberAsPythonDoes() throws Exception {
    InetAddress scoped = Inet6Address.getByAddress(null, InetAddress.getByName("fe80::1").getAddress(), 1);
    FakeResolver fake = new FakeResolver().answering(
        new AddrInfo(Linux.AF_INET6, Linux.SOCK_STREAM, Linux.IPPROTO_TCP, "", new InetSocketAddress(scoped, 25)));
    CliRun run = CliRun.run(fake, "--json", "fe80::1%lo", "25");
    assertEquals("{\"family\":10,\"socktype\":1,\"protocol\":6,\"canonname\":\"\",\"address\":\"fe80::1\",\"port\":25,"
        + "\"scope_id\":1}\n", run.out);
  }

  @Test
  void jsonPrintsAMappedAddressInItsIpv6Form() throws Exception {
    FakeResolver fake = new FakeResolver().answering(
        result(Linux.AF_INET6, Linux.SOCK_STREAM, Linux.IPPROTO_TCP, "", "192.0.2.1", 80));
    CliRun run = CliRun.run(fake, "--json", "--family=inet6", "--v4mapped", "host.example", "80");
    assertEquals("{\"family\":10,\"socktype\":1,\"protocol\":6,\"canonname\":\"\",\"address\":\"::ffff:192.0.2.1\","
        + "\"port\":80,\"scope_id\":0}\n", run.out);
  }

  @Test
  void jsonEscapesNamesItCannotWriteBare() throws Exception {
    FakeResolver fake = new FakeResolver().answering(
        result(Linux.AF_INET, Linux.SOCK_STREAM, Linux.IPPROTO_TCP, "we\"ird\\name", "192.0.2.1", 80));
    CliRun run = CliRun.run(fake, "--json", "x", "80");
    assertEquals("{\"family\":2,\"socktype\":1,\"protocol\":6,\"canonname\":\"we\\\"ird\\\\name\",\"address\":\"192.0.2.1\","
        + "\"port\":80,\"scope_id\":0}\n", run.out);
  }
}
