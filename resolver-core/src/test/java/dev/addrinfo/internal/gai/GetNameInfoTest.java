package dev.addrinfo.internal.gai;

import static dev.addrinfo.Linux.NI_DGRAM;
import static dev.addrinfo.Linux.NI_NAMEREQD;
import static dev.addrinfo.Linux.NI_NOFQDN;
import static dev.addrinfo.Linux.NI_NUMERICHOST;
import static dev.addrinfo.Linux.NI_NUMERICSERV;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.addrinfo.AddrInfoException;
import dev.addrinfo.EaiError;
import dev.addrinfo.NameInfo;
import dev.addrinfo.testing.FakeTransport;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class GetNameInfoTest {
  private final Fixture fx = new Fixture();

  private NameInfo gni(String address, int port, int flags) throws Exception {
    return new GetNameInfo(fx.sources())
        .run(new InetSocketAddress(InetAddress.getByName(address), port), flags, fx.snapshot()).join();
  }

  @Test
  void hostsFileNamesTheAddressAndServicesNameThePort() throws Exception {
    assertEquals(new NameInfo("localhost", "smtp"), gni("127.0.0.1", 25, 0));
  }

  @Test
  void numericFlagsGiveNumbers() throws Exception {
    assertEquals(new NameInfo("127.0.0.1", "25"), gni("127.0.0.1", 25, NI_NUMERICHOST | NI_NUMERICSERV));
  }

  @Test
  void dgramLooksThePortUpAsUdp() throws Exception {
    assertEquals("syslog", gni("127.0.0.1", 514, NI_DGRAM).service());
    assertEquals("shell", gni("127.0.0.1", 514, 0).service());
  }

  @Test
  void ptrAnswersWhenTheHostsFileDoesNot() throws Exception {
    fx.transport.ptr("10.2.0.192.in-addr.arpa.", "host.example.test.");
    assertEquals("host.example.test", gni("192.0.2.10", 80, 0).host());
    assertEquals("host", gni("192.0.2.10", 80, NI_NOFQDN).host());
  }

  @Test
  void noNameGivesTheNumericFormOrEaiNonameWhenANameIsRequired() throws Exception {
    assertEquals("192.0.2.99", gni("192.0.2.99", 80, 0).host());
    CompletionException e = assertThrows(CompletionException.class, () -> gni("192.0.2.99", 80, NI_NAMEREQD));
    assertEquals(EaiError.EAI_NONAME, assertInstanceOf(AddrInfoException.class, e.getCause()).error());
  }

  @Test
  void unreachableDnsIsEaiAgain() {
    fx.transport.script((q, s) -> FakeTransport.timeout());
    CompletionException e = assertThrows(CompletionException.class, () -> gni("192.0.2.99", 80, 0));
    assertEquals(EaiError.EAI_AGAIN, assertInstanceOf(AddrInfoException.class, e.getCause()).error());
  }

  @Test
  void linkLocalNumericFormCarriesTheInterfaceName() throws Exception {
    Inet6Address a = Inet6Address.getByAddress(null, InetAddress.getByName("fe80::1").getAddress(), 1);
    NameInfo n = new GetNameInfo(fx.sources())
        .run(new InetSocketAddress(a, 0), NI_NUMERICHOST, fx.snapshot()).join();
    assertEquals("fe80::1%lo", n.host());
  }
}
