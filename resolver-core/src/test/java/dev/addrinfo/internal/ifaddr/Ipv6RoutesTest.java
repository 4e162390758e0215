package dev.addrinfo.internal.ifaddr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.addrinfo.NumericAddresses;
import java.net.Inet6Address;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * /proc/net/ipv6_route as Linux 6.18 wrote it on the build machine (a host with an IPv6 default
 * route), in a network namespace with loopback only, and in one with a blackhole route and an
 * unreachable default: which destinations some route holds.
 */
class Ipv6RoutesTest {
  private static final String HOST = ""
      + "fd000000000000000000000000000000 40 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000001 00000000 00000001     eth0\n"
      + "fe800000000000000000000000000000 40 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000002 00000000 00000001     eth0\n"
      + "00000000000000000000000000000000 00 00000000000000000000000000000000 00 fd000000000000000000000000000001 00000400 00000003 00000000 00000003     eth0\n"
      + "00000000000000000000000000000001 80 00000000000000000000000000000000 00 00000000000000000000000000000000 00000000 00000004 00000000 80200001       lo\n"
      + "fd000000000000000000000000000002 80 00000000000000000000000000000000 00 00000000000000000000000000000000 00000000 00000004 00000000 80200001     eth0\n"
      + "ff000000000000000000000000000000 08 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000003 00000000 00000001     eth0\n"
      + "00000000000000000000000000000000 00 00000000000000000000000000000000 00 00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo\n";
  private static final String LOOPBACK_ONLY = ""
      + "00000000000000000000000000000000 00 00000000000000000000000000000000 00 00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo\n"
      + "00000000000000000000000000000001 80 00000000000000000000000000000000 00 00000000000000000000000000000000 00000000 00000002 00000000 80200001       lo\n"
      + "00000000000000000000000000000000 00 00000000000000000000000000000000 00 00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo\n";
  private static final String BLACKHOLE_AND_UNREACHABLE = ""
      + "20010db80bad00000000000000000000 30 00000000000000000000000000000000 00 00000000000000000000000000000000 00000400 00000001 00000000 00200200       lo\n"
      + "00000000000000000000000000000001 80 00000000000000000000000000000000 00 00000000000000000000000000000000 00000000 00000002 00000000 80200001       lo\n"
      + "00000000000000000000000000000000 00 00000000000000000000000000000000 00 00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo\n";
  private static final String BLACKHOLE_ONLY = ""
      + "20010db80bad00000000000000000000 30 00000000000000000000000000000000 00 00000000000000000000000000000000 00000400 00000001 00000000 00200200       lo\n"
      + "00000000000000000000000000000000 00 00000000000000000000000000000000 00 00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo\n";

  private static boolean covers(String table, String address) {
    Ipv6Routes routes = Ipv6Routes.parse(table);
    assertNotNull(routes);
    return routes.covers((Inet6Address) NumericAddresses.forString(address));
  }

  @ParameterizedTest
  @CsvSource({
      "2001:db8::1, true",   // the default route
      "fd00::2, true",
      "::1, true",
      "ff02::1, true",
  })
  void aHostWithADefaultRouteReachesEverything(String address, boolean covered) {
    assertEquals(covered, covers(HOST, address));
  }

  @ParameterizedTest
  @CsvSource({
      "2001:db8::1, false",
      "fd00::2, false",
      "fe80::1, false",
      "ff02::1, false",
      "::2, false",
      "::1, true",
  })
  void withLoopbackOnlyTheNullEntriesHoldNothing(String address, boolean covered) {
    assertEquals(covered, covers(LOOPBACK_ONLY, address));
  }

  @ParameterizedTest
  @CsvSource({
      "2001:db8:bad::1, true",         // blackhole /48: a connect there succeeds
      "2001:db8:bad:ffff::1, true",
      "2001:db8:bae::1, false",        // first address past the /48
      "2001:db8:bac::1, false",
  })
  void aBlackholeRouteHoldsItsPrefixAndNoMore(String address, boolean covered) {
    assertEquals(covered, covers(BLACKHOLE_ONLY, address));
  }

  @Test
  void aUserUnreachableDefaultIsARouteLikeAnyOther() {
    String withUnreachableDefault = BLACKHOLE_AND_UNREACHABLE.replace(
        "20010db80bad00000000000000000000 30", "00000000000000000000000000000000 00").replace(
        "00000400 00000001 00000000 00200200", "00000800 00000001 00000000 00200200");
    assertEquals(true, covers(withUnreachableDefault, "2001:db8::1"));
  }

  @ParameterizedTest
  @CsvSource({
      "2001:db8::1, 2001:db8::/33 is 20010db8000000000000000000000000 21, true",
      "2001:db8:8000::1, the same /33, false",
  })
  void aPrefixLengthThatIsNotWholeBytesComparesItsBits(String address, String what, boolean covered) {
    String table = "20010db8000000000000000000000000 21 00000000000000000000000000000000 00 "
        + "00000000000000000000000000000000 00000400 00000001 00000000 00000001     eth0\n";
    assertEquals(covered, covers(table, address), what);
  }

  @Test
  void aLineOfAnotherFormatMakesTheTableUnknown() {
    assertNull(Ipv6Routes.parse(HOST + "not a route line\n"));
    assertNull(Ipv6Routes.parse("fd000000000000000000000000000000 81 00000000000000000000000000000000 00 "
        + "00000000000000000000000000000000 00000100 00000001 00000000 00000001     eth0\n"));
  }

  @Test
  void aRoutersFullTableIsNotKept() {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i <= Ipv6Routes.MAX_ROUTES; i++) {
      many.append(String.format("2001%04x000000000000000000000000 20 00000000000000000000000000000000 00 "
          + "00000000000000000000000000000000 00000400 00000001 00000000 00000001     eth0%n", i));
    }
    assertNull(Ipv6Routes.parse(many.toString()));
  }
}
