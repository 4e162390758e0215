package dev.addrinfo.internal.numeric;

/**
 * inet_pton(AF_INET6) as glibc 2.36 accepts it: up to eight groups of one to four hex digits, one
 * "::" standing for one or more zero groups (so "1:2:3:4:5:6:7::" is accepted), and a strict dotted
 * quad in place of the last two groups ("::ffff:192.0.2.1", "1:2:3:4:5::192.0.2.1"). It scans
 * without allocating on failure, so a host name is rejected at its first letter past 'f'.
 */
final class Ipv6Text {
  private static final int SIZE = 16;

  private Ipv6Text() {}

  /** The 16 bytes of {@code s[from, to)}, or null when that is not an IPv6 address in text. */
  static byte[] parse(String s, int from, int to) {
    if (from == to) {
      return null;
    }
    int i = from;
    if (s.charAt(i) == ':') {
      // A leading colon is only allowed as the first half of "::".
      if (i + 1 == to || s.charAt(i + 1) != ':') {
        return null;
      }
      i++;
    }
    byte[] tmp = null;
    int tp = 0;
    int colonp = -1;
    int tokenStart = i;
    int digits = 0;
    int value = 0;
    while (i < to) {
      char c = s.charAt(i++);
      int d = hexValue(c);
      if (d >= 0) {
        if (digits == 4) {
          return null;
        }
        value = (value << 4) | d;
        digits++;
        continue;
      }
      if (c == ':') {
        tokenStart = i;
        if (digits == 0) {
          if (colonp >= 0) {
            return null; // a second "::", or ":::"
          }
          colonp = tp;
          continue;
        }
        if (i == to || tp + 2 > SIZE) {
          return null; // a trailing single colon, or a ninth group
        }
        tmp = put16(tmp, tp, value);
        tp += 2;
        digits = 0;
        value = 0;
        continue;
      }
      if (c == '.' && tp + 4 <= SIZE && Ipv4Text.isDigit(s.charAt(tokenStart))) {
        // The digit test rejects names such as "cdn.example" without allocating.
        tmp = tmp == null ? new byte[SIZE] : tmp;
        if (!Ipv4Text.parseDottedQuad(s, tokenStart, to, tmp, tp)) {
          return null;
        }
        tp += 4;
        digits = 0;
        break;
      }
      return null;
    }
    if (digits > 0) {
      if (tp + 2 > SIZE) {
        return null;
      }
      tmp = put16(tmp, tp, value);
      tp += 2;
    }
    tmp = tmp == null ? new byte[SIZE] : tmp;
    if (colonp >= 0) {
      if (tp == SIZE) {
        return null; // "::" must stand for at least one group
      }
      int n = tp - colonp;
      System.arraycopy(tmp, colonp, tmp, SIZE - n, n);
      java.util.Arrays.fill(tmp, colonp, SIZE - n, (byte) 0);
      tp = SIZE;
    }
    return tp == SIZE ? tmp : null;
  }

  private static byte[] put16(byte[] tmp, int tp, int value) {
    byte[] out = tmp == null ? new byte[SIZE] : tmp;
    out[tp] = (byte) (value >>> 8);
    out[tp + 1] = (byte) value;
    return out;
  }

  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
