package dev.addrinfo.internal.sort;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class InetPtonTest {

  private static byte[] v6(String hex) {
    byte[] out = new byte[16];
    for (int i = 0; i < 16; i++) {
      out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return out;
  }

  @Test
  void parsesTheIpv6FormsInetPtonAccepts() {
    assertArrayEquals(v6("00000000000000000000000000000000"), InetPton.ipv6("::"));
    assertArrayEquals(v6("00000000000000000000000000000001"), InetPton.ipv6("::1"));
    assertArrayEquals(v6("20010db8000000000000000000000000"), InetPton.ipv6("2001:DB8::"));
    assertArrayEquals(v6("00000000000000000000ffffc0000201"), InetPton.ipv6("::ffff:192.0.2.1"));
    assertArrayEquals(v6("00010002000300040005000600070008"), InetPton.ipv6("1:2:3:4:5:6:7:8"));
    assertArrayEquals(v6("00010000000000000000000000000008"), InetPton.ipv6("1::8"));
  }

  @Test
  void rejectsWhatInetPtonRejects() {
    for (String bad : new String[] {"", ":", ":::", "1:", ":1", "1::2::3", "1:2:3:4:5:6:7:8:9",
        "1::2:3:4:5:6:7:8", "12345::", "[::1]", "::1%lo", "192.0.2.1", "::g", "::ffff:1.2.3",
        "::1.2.3.4:5", "localhost"}) {
      assertNull(InetPton.ipv6(bad), bad);
    }
  }

  @Test
  void ipv4IsStrictDottedQuad() {
    assertArrayEquals(new byte[] {(byte) 192, 0, 2, 1}, InetPton.ipv4("192.0.2.1"));
    for (String bad : new String[] {"192.0.2", "192.0.2.1.", "01.2.3.4", "256.1.1.1", "1..2.3", "0x1.2.3.4"}) {
      assertNull(InetPton.ipv4(bad), bad);
    }
  }
}
