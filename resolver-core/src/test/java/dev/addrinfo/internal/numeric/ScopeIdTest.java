package dev.addrinfo.internal.numeric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.addrinfo.AddrInfoException;
import dev.addrinfo.EaiError;
import java.net.Inet6Address;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scope suffixes as glibc 2.36's getaddrinfo(AI_NUMERICHOST) resolves them, checked with a C program
 * on a host where lo is index 1 and eth0 index 4 (the fake has the same two). A scope it rejects
 * gives EAI_NONAME, and glibc does not fall back to a name lookup then (checked with an /etc/hosts
 * that held "fe80::1%nosuch" as a name).
 */
class ScopeIdTest {

  @ParameterizedTest(name = "{0} has scope {1}")
  @CsvSource({
      "fe80::1, 0",
      "fe80::1%lo, 1",
      "fe80::1%eth0, 4",
      "fe80::1%1, 1",
      "fe80::1%0, 0",
      "fe80::1%007, 7",                        // strtoull: leading zeros are fine
      "fe80::1%4294967295, 4294967295",
      "febf::1%lo, 1",                         // fe80::/10 reaches febf
      "ff02::1%lo, 1",                         // link-local multicast
      "ff12::1%lo, 1",                         // ... with any flags
      "ff01::1%lo, 1",                         // node-local multicast: names accepted on input
      "ff11::1%lo, 1",
      "::1%1, 1",                              // numbers are accepted for any address
      "2001:db8::1%5, 5",
      "::ffff:127.0.0.1%3, 3",
      "fe80::1%9, 3",                          // an interface named "9" wins over the number (checked with a tun device named 9)
      "2001:db8::1%9, 9",                      // ... but only where names are looked up
      "fe80::1%lo:, 1",                        // Linux's SIOCGIFINDEX drops an alias suffix
      "fe80::1%eth0:0, 4",
      "fe80::1%lo:xxxxxxxxxxxx, 1",            // 15 bytes: still asked
  })
  void resolvesScopesAsGetaddrinfoDoes(String text, long expected) {
    assertEquals(expected, Ipv6Literal.parse(text).scopeId(FakeScopeIds.HOST));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "fe80::1%nosuch", "fe80::1%", "fe80::1%4294967296", "fe80::1%99999999999999999999999", "fe80::1%1x",
      "fe80::1%+1", "fe80::1% 1", "fe80::1%-1", "fe80::1%lo%1", "fe80::1%%lo", "fe80::1%lo ",
      "::1%lo", "2001:db8::1%lo", "ff05::1%lo", "fec0::1%lo", "::ffff:127.0.0.1%lo",  // names only for link scopes
      "fe80::1%lo:xxxxxxxxxxxxx",              // 16 bytes: if_nametoindex gives up (IFNAMSIZ)
      "fe80::1%:", "fe80::1%1:", "2001:db8::1%lo:",
      "fe80::1%\u0661",                        // a digit to Java, not to glibc
  })
  void rejectsScopesThatGetaddrinfoAnswersWithEaiNoname(String text) {
    assertEquals(Ipv6Literal.INVALID_SCOPE, Ipv6Literal.parse(text).scopeId(FakeScopeIds.HOST));
    AddrInfoException e = assertThrows(AddrInfoException.class, () -> NumericHost.parseIpv6(text, FakeScopeIds.HOST));
    assertEquals(EaiError.EAI_NONAME, e.error());
    assertEquals(true, e.getMessage().contains("'" + text + "'"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"fe80::1%2147483648", "fe80::1%4294967295"})
  void rejectsScopeIdsThatGlibcAcceptsButInet6AddressCannotHold(String text) {
    assertEquals(Long.parseLong(text.substring(8)), Ipv6Literal.parse(text).scopeId(FakeScopeIds.HOST));
    AddrInfoException e = assertThrows(AddrInfoException.class, () -> NumericHost.parseIpv6(text, FakeScopeIds.HOST));
    assertEquals(EaiError.EAI_NONAME, e.error());
  }

  @ParameterizedTest(name = "{0} has scope {1}")
  @CsvSource({"fe80::1%lo, 1", "fe80::1%2147483647, 2147483647", "::1%1, 1"})
  void carriesTheScopeIdIntoTheAddress(String text, int expected) throws AddrInfoException {
    Inet6Address address = NumericHost.parseIpv6(text, FakeScopeIds.HOST);
    assertEquals(expected, address.getScopeId());
    assertArrayEquals(Ipv6Literal.parse(text).bytes(), address.getAddress());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"fe80::1", "fe80::1%0"})
  void leavesScopeZeroUnscoped(String text) throws AddrInfoException {
    Inet6Address address = NumericHost.parseIpv6(text, FakeScopeIds.HOST);
    assertEquals(0, address.getScopeId());
    assertEquals("fe80:0:0:0:0:0:0:1", address.getHostAddress());
  }
}
