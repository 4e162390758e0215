package dev.addrinfo.internal.numeric;

import java.util.Arrays;

/**
 * inet_pton(3) as Debian's glibc 2.36 accepts it, the strict grammar of /etc/hosts, gai.conf and
 * IPv6 host literals. AF_INET: exactly four decimal parts of 0 to 255 without leading zeros
 * ("192.0.2.04" and "127.1" are rejected). AF_INET6: up to eight groups of one to four hex digits,
 * one "::" standing for one or more zero groups (so "1:2:3:4:5:6:7::" is accepted), and a strict
 * dotted quad in place of the last two groups ("::ffff:192.0.2.1"); no brackets, no "%scope". Scans
 * without allocating on failure, so a host name is rejected at its first letter past 'f'.
 */
public final class InetPton {
  private static final int SIZE = 16;

  private InetPton() {}

  /** The 4 bytes of a strict dotted quad, or null when {@code s} is not exactly one. */
  public static byte[] ipv4(String s) {
    byte[] out = new byte[4];
    return dottedQuad(s, 0, s.length(), out, 0) ? out : null;
  }

  /** The 16 bytes of IPv6 text, or null when {@code s} is not exactly that. */
  public static byte[] ipv6(String s) {
    return ipv6(s, 0, s.length());
  }

  /** The 16 bytes of {@code s[from, to)}, or null when that is not an IPv6 address in text. */
  public static byte[] ipv6(String s, int from, int to) {
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
      int d = CType.hexValue(c);
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
      if (c == '.' && tp + 4 <= SIZE && CType.isDigit(s.charAt(tokenStart))) {
        // The digit test rejects names such as "cdn.example" without allocating.
        tmp = tmp == null ? new byte[SIZE] : tmp;
        if (!dottedQuad(s, tokenStart, to, tmp, tp)) {
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
      Arrays.fill(tmp, colonp, SIZE - n, (byte) 0);
      tp = SIZE;
    }
    return tp == SIZE ? tmp : null;
  }

  /**
   * inet_pton(AF_INET) over {@code s[from, to)}, written to {@code dst[offset..offset+3]}.
   *
   * @return whether the text was a strict dotted quad; dst is untouched when it was not
   */
  static boolean dottedQuad(String s, int from, int to, byte[] dst, int offset) {
    int octets = 0;
    int value = 0;
    int packed = 0; // the finished octets, so that a failure writes nothing
    boolean sawDigit = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (CType.isDigit(c)) {
        if (sawDigit && value == 0) {
          return false; // a leading zero
        }
        value = value * 10 + (c - '0');
        if (value > 255) {
          return false;
        }
        if (!sawDigit) {
          if (++octets > 4) {
            return false;
          }
          sawDigit = true;
        }
      } else if (c == '.' && sawDigit) {
        if (octets == 4) {
          return false;
        }
        packed = (packed << 8) | value;
        value = 0;
        sawDigit = false;
      } else {
        return false;
      }
    }
    if (octets < 4 || !sawDigit) {
      return false;
    }
    packed = (packed << 8) | value;
    for (int b = 3; b >= 0; b--) {
      dst[offset + b] = (byte) packed;
      packed >>>= 8;
    }
    return true;
  }

  private static byte[] put16(byte[] tmp, int tp, int value) {
    byte[] out = tmp == null ? new byte[SIZE] : tmp;
    out[tp] = (byte) (value >>> 8);
    out[tp + 1] = (byte) value;
    return out;
  }
}
