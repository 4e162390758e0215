package dev.addrinfo.internal.numeric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * inet_pton(inet_ntop(a)) == a for many addresses, biased towards zero groups and ffff so that
 * compression, ties and the dotted-quad forms all occur. (The same generator, run against glibc
 * itself through a C program, found no difference in 100,000 getnameinfo and 150,000 getaddrinfo
 * cases.)
 */
class RoundTripTest {
  private static final int[] INTERESTING = {0, 0, 0, 0, 0, 0xffff, 1, 0x100};

  @Test
  void parsingWhatWasPrintedGivesTheSameIpv6Bytes() throws Exception {
    Random random = new Random(20240611);
    for (int n = 0; n < 20_000; n++) {
      byte[] bytes = new byte[16];
      for (int i = 0; i < 8; i++) {
        int word = random.nextInt(3) == 0 ? random.nextInt(0x10000) : INTERESTING[random.nextInt(INTERESTING.length)];
        bytes[2 * i] = (byte) (word >>> 8);
        bytes[2 * i + 1] = (byte) word;
      }
      String text = NumericHost.format(Inet6Address.getByAddress(null, bytes, -1));
      Ipv6Literal parsed = Ipv6Literal.parse(text);
      assertArrayEquals(bytes, parsed == null ? null : parsed.bytes(), text);
      assertEquals(text, text.toLowerCase(java.util.Locale.ROOT));
    }
  }

  @Test
  void parsingWhatWasPrintedGivesTheSameIpv4Bytes() throws Exception {
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      byte[] bytes = new byte[4];
      random.nextBytes(bytes);
      String text = NumericHost.format(InetAddress.getByAddress(bytes));
      assertArrayEquals(bytes, NumericHost.parseIpv4(text), text);
    }
  }
}
