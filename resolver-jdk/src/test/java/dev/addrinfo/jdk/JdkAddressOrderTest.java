package dev.addrinfo.jdk;

import static java.net.spi.InetAddressResolver.LookupPolicy.IPV4;
import static java.net.spi.InetAddressResolver.LookupPolicy.IPV4_FIRST;
import static java.net.spi.InetAddressResolver.LookupPolicy.IPV6;
import static java.net.spi.InetAddressResolver.LookupPolicy.IPV6_FIRST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.Hints;
import dev.addrinfo.Linux;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * getaddrinfo's results turned into the JDK's answer as its native lookup does, on lists made up
 * here (the tests against BIND cover real answers). Nothing here looks a name up.
 */
class JdkAddressOrderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "IPV4, 1, 2",
      "IPV6, 2, 10",
      "IPV4|IPV6, 3, 0",
      "IPV4|IPV6|IPV4_FIRST, 7, 0",
      "IPV4|IPV6|IPV6_FIRST, 11, 0",
  })
  void theHintsAreTheJdksFamilyWithAiCanonnameAndAnySocketType(String policy, int characteristics, int family) {
    assertEquals(new Hints(family, 0, 0, Linux.AI_CANONNAME), JdkAddressOrder.hints(characteristics));
  }

  @Test
  void eachAddressComesOnceThoughGetaddrinfoListsItPerSocketType() throws Exception {
    List<AddrInfo> results = new ArrayList<>();
    for (String address : List.of("2001:db8::1", "192.0.2.1", "2001:db8::1", "192.0.2.2")) {
      for (int socketType : new int[] {Linux.SOCK_STREAM, Linux.SOCK_DGRAM, Linux.SOCK_RAW}) {
        results.add(result(address, socketType));
      }
    }
    assertEquals(List.of("h/2001:db8:0:0:0:0:0:1", "h/192.0.2.1", "h/192.0.2.2"),
        strings(JdkAddressOrder.addresses("h", results, IPV4 | IPV6)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "IPV4|IPV6; 3; 2001:db8::1 192.0.2.1 2001:db8::2 192.0.2.2",
      "IPV4|IPV6|IPV4_FIRST; 7; 192.0.2.1 192.0.2.2 2001:db8::1 2001:db8::2",
      "IPV4|IPV6|IPV6_FIRST; 11; 2001:db8::1 2001:db8::2 192.0.2.1 192.0.2.2",
  })
  void theFamiliesAreOrderedAsThePolicySaysEachKeepingGetaddrinfosOrder(String policy, int characteristics,
      String expected) throws Exception {
    List<AddrInfo> results = new ArrayList<>();
    for (String address : List.of("2001:db8::1", "192.0.2.1", "2001:db8::2", "192.0.2.2")) {
      results.add(result(address, Linux.SOCK_STREAM));
    }
    List<String> want = new ArrayList<>();
    for (String a : expected.split(" ")) {
      want.add("h/" + InetAddress.getByName(a).getHostAddress());
    }
    assertEquals(want, strings(JdkAddressOrder.addresses("h", results, characteristics)));
  }

  @Test
  void everyAddressCarriesTheHostNameAsAskedNotTheCanonicalName() throws Exception {
    AddrInfo withCanonicalName = new AddrInfo(Linux.AF_INET, Linux.SOCK_STREAM, Linux.IPPROTO_TCP,
        "dual.example.test", new InetSocketAddress(InetAddress.getByName("192.0.2.20"), 0));
    InetAddress a = JdkAddressOrder.addresses("chain2", List.of(withCanonicalName), IPV4).get(0);
    assertEquals("chain2/192.0.2.20", a.toString());
  }

  @Test
  void anIpv6AddressKeepsANonZeroScopeAndShowsNoneForZero() throws Exception {
    byte[] linkLocal = InetAddress.getByName("fe80::1").getAddress();
    byte[] global = InetAddress.getByName("2001:db8::1").getAddress();
    List<AddrInfo> results = List.of(
        new AddrInfo(Linux.AF_INET6, Linux.SOCK_STREAM, Linux.IPPROTO_TCP, "",
            new InetSocketAddress(Inet6Address.getByAddress(null, linkLocal, 2), 0)),
        result("2001:db8::1", Linux.SOCK_STREAM));
    List<InetAddress> addresses = JdkAddressOrder.addresses("h", results, IPV6);
    assertEquals(2, ((Inet6Address) addresses.get(0)).getScopeId());
    assertEquals("h/fe80:0:0:0:0:0:0:1%2", addresses.get(0).toString());
    assertEquals("h/2001:db8:0:0:0:0:0:1", addresses.get(1).toString());
    assertEquals(InetAddress.getByAddress(global), addresses.get(1));
  }

  @Test
  void twoScopesOfOneAddressAreOneAddressAsForTheJdk() throws Exception {
    byte[] linkLocal = InetAddress.getByName("fe80::1").getAddress();
    List<AddrInfo> results = new ArrayList<>();
    for (int scope : new int[] {2, 3}) {
      results.add(new AddrInfo(Linux.AF_INET6, Linux.SOCK_STREAM, Linux.IPPROTO_TCP, "",
          new InetSocketAddress(Inet6Address.getByAddress(null, linkLocal, scope), 0)));
    }
    assertEquals(List.of("h/fe80:0:0:0:0:0:0:1%2"), strings(JdkAddressOrder.addresses("h", results, IPV6)));
  }

  @Test
  void anIpv4MappedAddressStaysAnInet6Address() throws Exception {
    byte[] mapped = new byte[16];
    mapped[10] = (byte) 0xff;
    mapped[11] = (byte) 0xff;
    mapped[12] = (byte) 192;
    mapped[14] = 2;
    mapped[15] = 1;
    // However the resolver holds it (an Inet4Address, as InetAddress.getByAddress makes one, or not).
    for (InetAddress held : List.of(InetAddress.getByAddress(mapped), Inet6Address.getByAddress(null, mapped, -1))) {
      AddrInfo r = new AddrInfo(Linux.AF_INET6, Linux.SOCK_STREAM, Linux.IPPROTO_TCP, "", new InetSocketAddress(held, 0));
      InetAddress a = JdkAddressOrder.addresses("h", List.of(r), IPV4 | IPV6 | IPV6_FIRST).get(0);
      assertInstanceOf(Inet6Address.class, a);
      assertEquals("h/0:0:0:0:0:ffff:c000:201", a.toString());
    }
  }

  @Test
  void anEmptyAnswerStaysEmpty() throws Exception {
    assertEquals(List.of(), JdkAddressOrder.addresses("h", List.of(), IPV4 | IPV6 | IPV4_FIRST));
  }

  private static AddrInfo result(String literal, int socketType) throws UnknownHostException {
    InetAddress a = InetAddress.getByName(literal);
    return new AddrInfo(a.getAddress().length == 4 ? Linux.AF_INET : Linux.AF_INET6, socketType,
        socketType == Linux.SOCK_STREAM ? Linux.IPPROTO_TCP : socketType == Linux.SOCK_DGRAM ? Linux.IPPROTO_UDP : 0,
        "", new InetSocketAddress(a, 0));
  }

  private static List<String> strings(List<InetAddress> addresses) {
    return addresses.stream().map(InetAddress::toString).toList();
  }
}
