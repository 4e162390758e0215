package dev.addrinfo.internal.numeric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both IPv4 grammars: {@link InetAton} (getaddrinfo, resolv.conf) and {@link InetPton} (/etc/hosts,
 * gai.conf). Every row was checked against getaddrinfo(host, NULL, {AI_NUMERICHOST}), inet_aton(3)
 * and inet_pton(3) of Debian's glibc 2.36 with a small C program or python3's socket module.
 */
class Ipv4ParsingTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "127.0.0.1, 127.0.0.1",
      "127.1, 127.0.0.1",                      // a.b: b fills the last three bytes
      "0x7f.1, 127.0.0.1",
      "0X7F.1, 127.0.0.1",
      "2130706433, 127.0.0.1",                 // a: one 32-bit number
      "0177.0.0.1, 127.0.0.1",                 // a leading 0 means octal
      "0177.0.0.5, 127.0.0.5",
      "0x7f.0.0.3, 127.0.0.3",
      "2130706438, 127.0.0.6",
      "0xa.0xB.0xc.0xD, 10.11.12.13",
      "1.2.3, 1.2.0.3",                        // a.b.c: c fills the last two bytes
      "1.65535, 1.0.255.255",
      "1.65536, 1.1.0.0",
      "1.2.65535, 1.2.255.255",
      "1.16777215, 1.255.255.255",
      "4294967295, 255.255.255.255",
      "0xFFFFFFFF, 255.255.255.255",
      "0377.0377.0377.0377, 255.255.255.255",
      "0x0000000000000000000001, 0.0.0.1",     // leading zeros do not count towards overflow
      "000000000000000000000001, 0.0.0.1",
      "0, 0.0.0.0",
      "00, 0.0.0.0",
      "0x0, 0.0.0.0",
      "0.0.0.0, 0.0.0.0",
      "192.0.2.255, 192.0.2.255",
  })
  void acceptsWhatGetaddrinfoAccepts(String text, String expected) {
    assertArrayEquals(Addresses.quad(expected), NumericHost.parseIpv4(text));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {
      "", ".", "1..2", "1.2.3.4.", "1.2.3.", "1.2.3.4.5", "0x", "0x.1", "1.0x", "1.2.0x", "0xg",
      "08", "09", "1.08",                      // 8 and 9 are no octal digits: rejected, not a new part
      "4294967296", "4294967297", "0x100000000", "18446744073709551617",
      "0x7fffffffffffffffffffffffff",
      "256.1.1.1", "0400.0.0.0", "1.256.1", "1.2.65536", "1.16777216", "256.1", "1.2.3.256",
      "0x.0.0.1", "1.0x.1", "1.2.3.0x",        // "0x" without a hex digit is no part, also before a '.'
      "a", "127.0.0.8#x", "127.0.0.1\r",
      " 192.0.2.1", "+1", "-1", "1.-1", "1.+1", "1e3",
      "www.example.com", "localhost", "deadbeef", "1.2.3.4:80", "192.0.2.1%lo", "::1", "::ffff:127.0.0.1",
      "\u0661.2.3.4",                          // ARABIC-INDIC DIGIT ONE is no digit to glibc
  })
  void rejectsWhatGetaddrinfoRejects(String text) {
    assertNull(NumericHost.parseIpv4(text));
  }

  /**
   * inet_aton(3) stops at whitespace and accepts "192.0.2.1 junk" as 192.0.2.1, but glibc's
   * getaddrinfo uses __inet_aton_exact and returns EAI_NONAME under AI_NUMERICHOST (without it, the
   * text is looked up as a name). Only the getaddrinfo rule is implemented.
   */
  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"192.0.2.1 junk", "192.0.2.1 ", "192.0.2.1\t", "192.0.2.1\tx", "192.0.2.1\n", "192.0.2.1\nx",
      "127.1 "})
  void rejectsTrailingWhitespaceAndGarbageThatInetAtonWouldIgnore(String text) {
    assertNull(NumericHost.parseIpv4(text));
  }

  /** C cannot pass a NUL inside a host name; here the text is taken whole, so it is not numeric. */
  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"192.0.2.1\u0000", "192.0.2.1\u0000junk", "\u0000"})
  void rejectsAnEmbeddedNulInsteadOfCuttingTheTextThere(String text) {
    assertNull(NumericHost.parseIpv4(text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"192.0.2.1", "0.0.0.0", "255.255.255.255"})
  void inetPtonTakesFourDecimalOctets(String text) {
    assertArrayEquals(Addresses.quad(text), InetPton.ipv4(text));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"127.1", "1.2.3", "192.0.2", "192.0.2.04", "01.2.3.4", "256.0.0.1", "256.1.1.1",
      "1.2.3.4.", "192.0.2.1.", ".1.2.3", "1..2.3", "1.2.3.4 ", "0x7f.0.0.1", "0x1.2.3.4", ""})
  void inetPtonRejectsTheShortOctalAndHexFormsThatInetAtonTakes(String text) {
    assertNull(InetPton.ipv4(text));
  }
}
