package dev.addrinfo.internal.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Accepted and rejected forms checked against glibc 2.36's inet_pton and inet_aton (python3 socket). */
class AddressTextTest {
  private static byte[] v4(int a, int b, int c, int d) {
    return new byte[] {(byte) a, (byte) b, (byte) c, (byte) d};
  }

  @Test
  void pton4AcceptsOnlyFourDecimalOctetsWithoutLeadingZeros() {
    assertArrayEquals(v4(192, 0, 2, 1), AddressText.pton4("192.0.2.1"));
    assertArrayEquals(v4(0, 0, 0, 0), AddressText.pton4("0.0.0.0"));
    for (String bad : new String[] {"127.1", "192.0.2.04", "256.0.0.1", "1.2.3.4.", ".1.2.3", "1..2.3", "1.2.3.4 ",
        "0x7f.0.0.1", "", "1.2.3"}) {
      assertNull(AddressText.pton4(bad), bad);
    }
  }

  @Test
  void pton6AcceptsCompressionAndEmbeddedIpv4() throws Exception {
    for (String ok : new String[] {"::", "::1", "2001:db8::1", "2001:DB8:0:0:0:0:0:1", "fe80::", "::ffff:192.0.2.7",
        "2001:db8::192.0.2.1", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:192.0.2.1", "0001:db8::"}) {
      assertArrayEquals(InetAddress.getByName(ok).getAddress().length == 16
          ? InetAddress.getByName(ok).getAddress() : mappedOf(InetAddress.getByName(ok).getAddress()),
          AddressText.pton6(ok), ok);
    }
    for (String bad : new String[] {":::", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", ":1::", "1::2::3", "1:", "12345::",
        "fe80::1%lo", "::192.0.2.04", "1:2:3:4:5:6:7:192.0.2.1", "::g", "", "1:2:3:4:5:6:7:8::"}) {
      assertNull(AddressText.pton6(bad), bad);
    }
  }

  private static byte[] mappedOf(byte[] v4) {
    byte[] b = new byte[16];
    b[10] = (byte) 0xff;
    b[11] = (byte) 0xff;
    System.arraycopy(v4, 0, b, 12, 4);
    return b;
  }

  @Test
  void atonExactAcceptsShortHexAndOctalForms() {
    assertArrayEquals(v4(127, 0, 0, 1), AddressText.atonExact("127.1"));
    assertArrayEquals(v4(127, 0, 0, 3), AddressText.atonExact("0x7f.0.0.3"));
    assertArrayEquals(v4(127, 0, 0, 5), AddressText.atonExact("0177.0.0.5"));
    assertArrayEquals(v4(127, 0, 0, 6), AddressText.atonExact("2130706438"));
    assertArrayEquals(v4(1, 2, 0, 3), AddressText.atonExact("1.2.3"));
    assertArrayEquals(v4(0, 0, 0, 0), AddressText.atonExact("0"));
    for (String bad : new String[] {"127.0.0.1\r", "127.0.0.8#x", "08", "0x", "256.1", "1.2.3.4.5", "4294967296",
        "1.2.3.256", "", "a", "1.2.3.4 "}) {
      assertNull(AddressText.atonExact(bad), bad);
    }
  }
}
