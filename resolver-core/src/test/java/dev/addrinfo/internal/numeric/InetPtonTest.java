package dev.addrinfo.internal.numeric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The strict grammar of /etc/hosts and gai.conf. Every row was checked against inet_pton of Debian's
 * glibc 2.36 through python3's socket.inet_pton; {@link Ipv6ParsingTest} has the IPv6 corner cases.
 */
class InetPtonTest {

  @ParameterizedTest(name = "{0} is {0}")
  @ValueSource(strings = {"192.0.2.1", "0.0.0.0", "255.255.255.255"})
  void ipv4AcceptsFourDecimalOctets(String text) {
    assertArrayEquals(Addresses.quad(text), InetPton.ipv4(text));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"127.1", "1.2.3", "192.0.2", "192.0.2.04", "01.2.3.4", "256.0.0.1", "256.1.1.1",
      "1.2.3.4.", "192.0.2.1.", ".1.2.3", "1..2.3", "1.2.3.4 ", "0x7f.0.0.1", "0x1.2.3.4", ""})
  void ipv4RejectsShortFormsLeadingZerosAndHex(String text) {
    assertNull(InetPton.ipv4(text));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "::, 0:0:0:0:0:0:0:0",
      "::1, 0:0:0:0:0:0:0:1",
      "2001:db8::1, 2001:db8:0:0:0:0:0:1",
      "2001:DB8:0:0:0:0:0:1, 2001:db8:0:0:0:0:0:1",
      "2001:DB8::, 2001:db8:0:0:0:0:0:0",
      "fe80::, fe80:0:0:0:0:0:0:0",
      "0001:db8::, 1:db8:0:0:0:0:0:0",
      "1::8, 1:0:0:0:0:0:0:8",
      "1:2:3:4:5:6:7:8, 1:2:3:4:5:6:7:8",
      "::ffff:192.0.2.7, 0:0:0:0:0:ffff:c000:207",
      "2001:db8::192.0.2.1, 2001:db8:0:0:0:0:c000:201",
      "1:2:3:4:5:6:192.0.2.1, 1:2:3:4:5:6:c000:201",
  })
  void ipv6AcceptsCompressionAndAnEmbeddedDottedQuad(String text, String expected) {
    assertArrayEquals(Addresses.groups(expected), InetPton.ipv6(text));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", ":", ":::", ":1", ":1::", "1:", "1::2::3", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9",
      "1:2:3:4:5:6:7:8::", "1::2:3:4:5:6:7:8", "12345::", "::g", "[::1]", "::1%lo", "fe80::1%lo",
      "192.0.2.1", "::192.0.2.04", "::ffff:1.2.3", "::1.2.3.4:5", "1:2:3:4:5:6:7:192.0.2.1", "localhost"})
  void ipv6RejectsWhatInetPtonRejectsIncludingScopesAndBrackets(String text) {
    assertNull(InetPton.ipv6(text));
  }
}
