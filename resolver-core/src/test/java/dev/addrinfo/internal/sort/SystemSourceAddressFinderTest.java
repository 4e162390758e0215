package dev.addrinfo.internal.sort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.internal.ifaddr.Ipv6Routes;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which destinations the finder probes, and what it remembers, with the routes of its choosing. */
class SystemSourceAddressFinderTest {
  /** A host with IPv6 on loopback and link-local only: ::1/128, fe80::/64, and the table's null entry. */
  private static final String LOOPBACK_ONLY = route("00000000000000000000000000000001", "80", "00000000", "lo")
      + route("fe800000000000000000000000000000", "40", "00000001", "eth0")
      + route("00000000000000000000000000000000", "00", "00200200", "lo").replace(" 00000000 00000001 00000000 00200200",
          " ffffffff 00000001 00000000 00200200");

  private final List<InetAddress> probed = new ArrayList<>();
  /** The finder's clock: still unless a test moves it. */
  private long clock = 1_000_000_000L;

  private static String route(String prefix, String length, String flags, String device) {
    return prefix + " " + length + " 00000000000000000000000000000000 00 00000000000000000000000000000000"
        + " 00000000 00000001 00000000 " + flags + " " + device + "\n";
  }

  private SystemSourceAddressFinder finder(String routes) {
    Ipv6Routes table = Ipv6Routes.parse(routes);
    return new SystemSourceAddressFinder(destination -> {
      probed.add(destination);
      return loopbackOf(destination);
    }, () -> null, () -> table, () -> clock);
  }

  private static InetAddress loopbackOf(InetAddress destination) {
    return ip(destination.getAddress().length == 4 ? "127.0.0.1" : "::1");
  }

  private static InetAddress ip(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (java.net.UnknownHostException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theFixtureIsAShortRouteListWithoutItsNullEntry() {
    assertEquals(2, Ipv6Routes.parse(LOOPBACK_ONLY).size());
  }

  @Test
  void anIpv6DestinationNoRouteHoldsIsAnsweredWithoutAProbe() {
    assertEquals(Optional.empty(), finder(LOOPBACK_ONLY).find(ip("2001:db8::1")));
    assertEquals(List.of(), probed);
  }

  @Test
  void manyUnroutableDestinationsDoNotEvictARememberedOne() {
    SystemSourceAddressFinder finder = finder(LOOPBACK_ONLY);
    InetAddress v4 = ip("192.0.2.1");
    assertEquals(ip("127.0.0.1"), finder.find(v4).orElseThrow().address());
    // More distinct AAAA addresses than the cache holds (16,384), as a client resolving many names sees.
    for (int i = 0; i < 40_000; i++) {
      InetAddress v6 = ip("2001:db8::" + Integer.toHexString(i >>> 16) + ":" + Integer.toHexString(i & 0xffff));
      assertTrue(finder.find(v6).isEmpty(), v6::toString);
    }
    assertEquals(ip("127.0.0.1"), finder.find(v4).orElseThrow().address());
    assertEquals(List.of(v4), probed, "the IPv4 destination was probed again: the unroutable ones evicted it");
  }

  @Test
  void anIpv6DestinationARouteHoldsIsProbedOnceASecond() {
    SystemSourceAddressFinder finder = finder(LOOPBACK_ONLY
        + route("20010db8000000000000000000000000", "20", "00000001", "eth0"));
    assertEquals(ip("::1"), finder.find(ip("2001:db8::1")).orElseThrow().address());
    clock += SystemSourceAddressFinder.MAX_AGE_NANOS;
    assertEquals(ip("::1"), finder.find(ip("2001:db8::1")).orElseThrow().address());
    assertEquals(List.of(ip("2001:db8::1")), probed);
    clock += 1;
    assertEquals(ip("::1"), finder.find(ip("2001:db8::1")).orElseThrow().address());
    assertEquals(List.of(ip("2001:db8::1"), ip("2001:db8::1")), probed, "probed again after a second");
  }

  @Test
  void anIpv4MappedDestinationIsAlwaysProbed() throws Exception {
    // InetAddress.getByName would make an Inet4Address of it; this keeps the IPv6 form.
    InetAddress mapped = java.net.Inet6Address.getByAddress(null,
        new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 192, 0, 2, 1}, -1);
    assertEquals(ip("::1"), finder(LOOPBACK_ONLY).find(mapped).orElseThrow().address());
    assertEquals(List.of(mapped), probed);
  }

  @Test
  void withALongRouteListAnUnroutableDestinationIsStillNotProbed() {
    StringBuilder routes = new StringBuilder(LOOPBACK_ONLY);
    for (int i = 0; i < SystemSourceAddressFinder.FEW_ROUTES; i++) {
      routes.append(route(String.format("fd%030x", i), "80", "00000001", "eth0"));
    }
    SystemSourceAddressFinder finder = finder(routes.toString());
    assertTrue(Ipv6Routes.parse(routes.toString()).size() > SystemSourceAddressFinder.FEW_ROUTES);
    assertEquals(Optional.empty(), finder.find(ip("2001:db8::1")));
    assertEquals(Optional.empty(), finder.find(ip("2001:db8::1")));
    assertEquals(ip("::1"), finder.find(ip("fd00::")).orElseThrow().address());
    assertEquals(List.of(ip("fd00::")), probed);
  }

  @Test
  void unknownRoutesMeanEveryDestinationIsProbed() {
    SystemSourceAddressFinder finder = new SystemSourceAddressFinder(destination -> {
      probed.add(destination);
      return null;
    }, () -> null, () -> null, () -> clock);
    assertEquals(Optional.empty(), finder.find(ip("2001:db8::1")));
    assertEquals(List.of(ip("2001:db8::1")), probed);
  }
}
