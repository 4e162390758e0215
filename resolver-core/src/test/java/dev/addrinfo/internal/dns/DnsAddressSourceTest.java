package dev.addrinfo.internal.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.addrinfo.ResolverConfig;
import dev.addrinfo.internal.nss.NssStatus;
import dev.addrinfo.internal.nss.HostResult;
import dev.addrinfo.testing.FakeTransport;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class DnsAddressSourceTest {
  private final FakeTransport transport = new FakeTransport();
  private final DnsAddressSource source = new DnsAddressSource(new QueryRunner(transport, null));

  @Test
  void ipv4IsAskedUnderInAddrArpa() throws Exception {
    transport.ptr("10.2.0.192.in-addr.arpa.", "host.example.test.");
    HostResult r = source.lookup(InetAddress.getByName("192.0.2.10"), ResolverConfig.DEFAULT).join();
    assertEquals("host.example.test", r.canonicalName());
  }

  @Test
  void ipv6IsAskedAsReversedNibblesUnderIp6Arpa() throws Exception {
    assertEquals("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa.",
        ReverseName.of(InetAddress.getByName("2001:db8::1")));
  }

  @Test
  void ipv4MappedAddressIsAskedAsIpv4() throws Exception {
    InetAddress mapped = java.net.Inet6Address.getByAddress(null,
        new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 192, 0, 2, 10}, -1);
    assertEquals("10.2.0.192.in-addr.arpa.", ReverseName.of(mapped));
  }

  @Test
  void classlessDelegationCnameIsFollowed() throws Exception {
    transport.cname("10.2.0.192.in-addr.arpa.", "10.0-63.2.0.192.in-addr.arpa.")
        .ptr("10.0-63.2.0.192.in-addr.arpa.", "delegated.example.test.");
    HostResult r = source.lookup(InetAddress.getByName("192.0.2.10"), ResolverConfig.DEFAULT).join();
    assertEquals("delegated.example.test", r.canonicalName());
  }

  @Test
  void missingPtrIsNotFound() throws Exception {
    HostResult r = source.lookup(InetAddress.getByName("192.0.2.99"), ResolverConfig.DEFAULT).join();
    assertEquals(NssStatus.NOTFOUND, r.status());
  }

  @Test
  void noAnswerIsTryAgain() throws Exception {
    transport.script((q, s) -> FakeTransport.timeout());
    HostResult r = source.lookup(InetAddress.getByName("192.0.2.10"),
        ResolverConfig.builder().attempts(1).build()).join();
    assertEquals(NssStatus.TRYAGAIN, r.status());
  }
}
