package dev.addrinfo.internal.numeric;

import static dev.addrinfo.Linux.AF_INET;
import static dev.addrinfo.Linux.AF_INET6;
import static dev.addrinfo.Linux.AF_UNSPEC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.addrinfo.AddrInfoException;
import dev.addrinfo.EaiError;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The numeric-host step of getaddrinfo with each hint family, checked against Debian glibc 2.36's
 * getaddrinfo(AI_NUMERICHOST [| AI_V4MAPPED]) with a C program.
 */
class ToAddressTest {

  @ParameterizedTest(name = "{0} with family {1} and v4mapped {2} is {3}")
  @CsvSource({
      "127.1, 0, false, 127.0.0.1",
      "127.1, 2, false, 127.0.0.1",
      "127.1, 10, true, ::ffff:127.0.0.1",     // AI_V4MAPPED turns IPv4 text into a mapped address
      "::1, 0, false, ::1",
      "::1, 10, false, ::1",
      "::ffff:127.0.0.1, 0, false, ::ffff:127.0.0.1", // stays IPv6 without a family
      "::ffff:127.0.0.1, 10, false, ::ffff:127.0.0.1",
      "::ffff:127.0.0.1, 2, false, 127.0.0.1", // AF_INET takes the IPv4 address out of a mapped one
      "::ffff:127.0.0.1%3, 2, false, 127.0.0.1", // ... after checking its scope
      "fe80::1%lo, 0, false, fe80::1%lo",
  })
  void givesTheAddressGetaddrinfoGives(String text, int family, boolean v4Mapped, String expected)
      throws AddrInfoException {
    InetAddress address = NumericHost.toAddress(text, family, v4Mapped, FakeScopeIds.HOST);
    String printed = address instanceof Inet6Address
        ? NumericHost.formatWithScope((Inet6Address) address, FakeScopeIds.HOST)
        : NumericHost.format(address);
    assertEquals(expected, printed);
    Class<? extends InetAddress> type = expected.contains(":") ? Inet6Address.class : Inet4Address.class;
    assertEquals(type, address.getClass());
  }

  @ParameterizedTest(name = "{0} with family {1} and v4mapped {2} fails with {3}")
  @CsvSource({
      "127.1, 10, false, EAI_ADDRFAMILY",
      "::1, 2, false, EAI_ADDRFAMILY",
      "::1, 2, true, EAI_ADDRFAMILY",
      "::1%nosuch, 2, false, EAI_ADDRFAMILY",  // the family is checked before the scope
      "::ffff:127.0.0.1%nosuch, 2, false, EAI_NONAME",
      "fe80::1%nosuch, 0, false, EAI_NONAME",
      "fe80::1%nosuch, 10, false, EAI_NONAME",
  })
  void failsAsGetaddrinfoFails(String text, int family, boolean v4Mapped, EaiError expected) {
    AddrInfoException e = assertThrows(AddrInfoException.class,
        () -> NumericHost.toAddress(text, family, v4Mapped, FakeScopeIds.HOST));
    assertEquals(expected, e.error());
    assertEquals(true, e.getMessage().contains(text), e.getMessage());
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource({"www.example.com", "192.0.2.1 junk", "1.2.3.4.", "127.0.0.1%lo", "127.0.0.1%nosuch", "''", "[::1]"})
  void leavesNamesToTheNameLookup(String text) throws AddrInfoException {
    for (int family : new int[] {AF_UNSPEC, AF_INET, AF_INET6}) {
      assertNull(NumericHost.toAddress(text, family, false, FakeScopeIds.HOST));
    }
  }
}
