package dev.addrinfo.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.AddrInfoException;
import dev.addrinfo.Resolver;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver.LookupPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plain JDK API, {@code InetAddress.getAllByName} and {@code getHostName}, in a JVM whose
 * resolver is the provider, against BIND with the test zones (Zones.md) and the files in
 * {@code provider-etc}: each answer must be addrinfo's own, as the JDK presents it. One name or
 * address per test. No name here is looked up twice in the JVM, so the JDK's cache answers none of
 * them (a failure it remembers would come back as a plain UnknownHostException).
 */
@ExtendWith(ProviderBind.class)
class InetAddressThroughProviderTest {

  /** What the JDK asks for with neither java.net.preferIPv4Stack nor preferIPv6Addresses set. */
  private static final int DEFAULT_POLICY = LookupPolicy.IPV4 | LookupPolicy.IPV6 | LookupPolicy.IPV4_FIRST;

  private static Resolver addrinfo;

  @BeforeAll
  static void start() {
    assertNull(System.getProperty("java.net.preferIPv6Addresses"), "the test JVM must use the JDK's default policy");
    assertNull(System.getProperty("java.net.preferIPv4Stack"), "the test JVM must use the JDK's default policy");
    addrinfo = ProviderBind.current().newResolver();
  }

  @AfterAll
  static void stop() {
    addrinfo.close();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "dual.example.test", "v4only.example.test", "v6only.example.test", "multi.example.test",
      "mixed.example.test", "chain2.example.test", "chain5.example.test", "to-v6only.example.test",
      "UPPER.example.test", "lower.example.test", "MiXeDcAsE.example.test", "dual.example.test.",
      "big40.example.test", "big100.example.test", "gatech.edu", "xn--bcher-kva.example.test",
      // through the search list: example.test, then sub.example.test
      "dual", "both-zones", "host", "onlysub", "www.deep",
      // from the hosts file
      "localhost", "ip6-localhost", "files-only", "files-only.example.test", "twice.example.test",
      // errors: NXDOMAIN, NODATA, a CNAME to nowhere, a CNAME loop (SERVFAIL), an empty non-terminal
      // (txtonly as a short name: the JDK looks txtonly.example.test up itself to check 192.0.2.99's name)
      "nosuch.example.test", "nosuch", "txtonly", "mxonly.example.test",
      "dangling.example.test", "loop-a.example.test", "deep.example.test", "to-other-zone.example.test",
  })
  void getAllByNameGivesAddrinfosAnswer(String host) throws Exception {
    Expected.Lookup expected = Expected.byName(addrinfo, host, DEFAULT_POLICY);
    if (expected.error() == null) {
      assertEquals(expected.addresses(), Expected.strings(InetAddress.getAllByName(host)));
    } else {
      UnknownHostException e = assertThrows(UnknownHostException.class, () -> InetAddress.getAllByName(host));
      AddrInfoException failure = assertInstanceOfAddrInfo(e);
      assertEquals(expected.error(), failure.error());
      assertTrue(e.getMessage().contains("'" + host + "'"), () -> "the message must name the host: " + e.getMessage());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "192.0.2.1", "192.0.2.10", "192.0.2.20", "192.0.2.31", "192.0.2.53", "192.0.2.60", "192.0.2.61",
      "192.0.2.70", "192.0.2.80", "192.0.2.150", "192.0.2.158", "2001:db8::10", "2001:db8::20",
      "2001:db8::71", "2001:db8:0:1::7", "127.0.0.1", "::1", "198.51.100.200", "2001:db8::200",
      // a PTR to a name without addresses, and addresses without a name: the literal comes back
      "192.0.2.99", "192.0.2.222", "2001:db8::99", "203.0.113.1",
  })
  void getHostNameGivesAddrinfosNameWhenItLeadsBack(String literal) throws Exception {
    InetAddress address = InetAddress.getByAddress(InetAddress.getByName(literal).getAddress());
    String expected = Expected.hostName(addrinfo, address, DEFAULT_POLICY);
    assertEquals(expected, address.getHostName());
  }

  private static AddrInfoException assertInstanceOfAddrInfo(UnknownHostException e) {
    if (e instanceof AddrInfoException a) {
      return a;
    }
    throw new AssertionError("expected the provider's AddrInfoException, got " + e, e);
  }
}
