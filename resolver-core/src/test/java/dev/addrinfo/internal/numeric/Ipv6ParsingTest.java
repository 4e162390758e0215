package dev.addrinfo.internal.numeric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.addrinfo.AddrInfoException;
import java.net.Inet6Address;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every row was checked against inet_pton(AF_INET6) of Debian's glibc 2.36 with a small C program
 * or python3's socket.inet_pton. {@link InetPton} is the grammar of /etc/hosts and gai.conf;
 * {@link Ipv6Literal} adds getaddrinfo's "%scope" on top of it.
 */
class Ipv6ParsingTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "::, 0:0:0:0:0:0:0:0",
      "::1, 0:0:0:0:0:0:0:1",
      "1::, 1:0:0:0:0:0:0:0",
      "1::2, 1:0:0:0:0:0:0:2",
      "2001:db8::1, 2001:db8:0:0:0:0:0:1",
      "2001:DB8:0:0:1:0:0:1, 2001:db8:0:0:1:0:0:1",
      "AbCd::, abcd:0:0:0:0:0:0:0",
      "0001::, 1:0:0:0:0:0:0:0",               // four digits with leading zeros are fine
      "1:2:3:4:5:6:7:8, 1:2:3:4:5:6:7:8",
      "1:2:3:4:5:6:7::, 1:2:3:4:5:6:7:0",      // "::" may stand for a single group, even at the end
      "::2:3:4:5:6:7:8, 0:2:3:4:5:6:7:8",
      "1::3:4:5:6:7:8, 1:0:3:4:5:6:7:8",
      "::ffff:192.0.2.1, 0:0:0:0:0:ffff:c000:201",
      "::192.0.2.1, 0:0:0:0:0:0:c000:201",
      "::0.0.0.0, 0:0:0:0:0:0:0:0",
      "::0:192.0.2.1, 0:0:0:0:0:0:c000:201",
      "1:2:3:4:5:6:192.0.2.1, 1:2:3:4:5:6:c000:201",
      "1:2:3:4:5::192.0.2.1, 1:2:3:4:5:0:c000:201",
      "::ffff:0:192.0.2.1, 0:0:0:0:ffff:0:c000:201",
      "64:ff9b::192.0.2.1, 64:ff9b:0:0:0:0:c000:201",
      "fe80::1, fe80:0:0:0:0:0:0:1",
      "fe80::, fe80:0:0:0:0:0:0:0",
      "2001:DB8::, 2001:db8:0:0:0:0:0:0",
      "1::8, 1:0:0:0:0:0:0:8",
      "::ffff:192.0.2.7, 0:0:0:0:0:ffff:c000:207",
      "2001:db8::192.0.2.1, 2001:db8:0:0:0:0:c000:201",
  })
  void acceptsWhatInetPtonAccepts(String text, String expected) {
    Ipv6Literal literal = Ipv6Literal.parse(text);
    assertArrayEquals(Addresses.groups(expected), literal.bytes());
    assertNull(literal.scope());
    assertArrayEquals(Addresses.groups(expected), InetPton.ipv6(text));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {
      "", ":", ":::", "1:::2", ":1", ":1::2", "1:", "1::2:", "::1::", "1::2::3",
      "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7:8::", "::1:2:3:4:5:6:7:8",
      "1::2:3:4:5:6:7:8", "1:2:3:4::5:6:7:8",  // "::" must stand for at least one group
      "00001::", "12345::", "g::", "::g",
      "::1.2.3", "::1.2.3.4.5", "::1.2.3.4.", "::01.2.3.4", "::1.2.3.04", "::1.2.3.00", "::256.2.3.4",
      "::a.2.3.4", "::1111.2.3.4", "::0x1", "::1.2.3.0x4", "::ffff:0x1.2.3.4",
      "1:2:3:4:5:6:7:1.2.3.4", "1:2:3:4:5:6::1.2.3.4", "::ffff:1.2.3.4:1", "::1.2.3.4::", "::1.2.3.4x",
      "::ffff:1.2.3", "::1.2.3.4:5", "::192.0.2.04", ":1::",
      "::1 ", " ::1", "[::1]", "192.0.2.1", "127.1",
      "www.example.com", "localhost", "deadbeef", "cafe.example", "face:b00c.example", "%lo",
  })
  void rejectsWhatInetPtonRejects(String text) {
    assertNull(Ipv6Literal.parse(text));
    assertNull(InetPton.ipv6(text));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"::1%lo", "fe80::1%lo", "fe80::1%1", "fe80::1%"})
  void inetPtonTakesNoScopeThatOnlyGetaddrinfoSplitsOff(String text) {
    assertNull(InetPton.ipv6(text));
  }

  @Test
  void splitsTheScopeAtTheFirstPercentSign() {
    Ipv6Literal literal = Ipv6Literal.parse("fe80::1%lo%1");
    assertArrayEquals(Addresses.groups("fe80:0:0:0:0:0:0:1"), literal.bytes());
    assertEquals("lo%1", literal.scope());
    assertEquals("", Ipv6Literal.parse("fe80::1%").scope());
  }

  @Test
  void aBadAddressBeforeTheScopeIsNoIpv6Literal() throws AddrInfoException {
    assertNull(NumericHost.parseIpv6("gg::1%lo", FakeScopeIds.HOST));
    assertNull(NumericHost.parseIpv6("fe80::1 %lo", FakeScopeIds.HOST));
    assertNull(NumericHost.parseIpv6("192.0.2.1%lo", FakeScopeIds.HOST));
  }

  @Test
  void aMappedAddressStaysAnInet6Address() throws AddrInfoException {
    Inet6Address address = NumericHost.parseIpv6("::ffff:192.0.2.1", FakeScopeIds.HOST);
    assertArrayEquals(Addresses.groups("0:0:0:0:0:ffff:c000:201"), address.getAddress());
    assertEquals(0, address.getScopeId());
  }
}
