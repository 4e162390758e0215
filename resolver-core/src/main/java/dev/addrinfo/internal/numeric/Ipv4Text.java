package dev.addrinfo.internal.numeric;

/**
 * The two IPv4 text grammars of glibc: the loose one of inet_aton(3), which getaddrinfo(3) uses for
 * host names, and the strict dotted quad of inet_pton(3), which IPv6 literals embed. Both scan
 * characters without allocating, so a host name that is not numeric costs a character or two.
 */
final class Ipv4Text {
  /** inet_aton's limit on the last part, indexed by the number of parts before it. */
  private static final long[] LAST_PART_MAX = {0xffff_ffffL, 0xff_ffffL, 0xffffL, 0xffL};

  private Ipv4Text() {}

  /**
   * inet_aton(3) as getaddrinfo(3) applies it (glibc's __inet_aton_exact): one to four parts, each
   * decimal, octal after a leading 0 or hex after 0x/0X; the last part fills the remaining bytes.
   * Unlike inet_aton itself, nothing may follow the last part, not even whitespace.
   *
   * @return the four bytes, or null when the text is not of that form
   */
  static byte[] parseLoose(String s) {
    int n = s.length();
    if (n == 0 || !isDigit(s.charAt(0))) {
      return null; // the common case: a host name
    }
    byte[] out = new byte[4];
    int parts = 0;
    int i = 0;
    while (true) {
      if (i >= n || !isDigit(s.charAt(i))) {
        return null; // every part starts with a digit: rejects "", ".", "1..2", "1.", "+1"
      }
      int base = 10;
      boolean digitSeen = false;
      if (s.charAt(i) == '0') {
        i++;
        if (i < n && (s.charAt(i) == 'x' || s.charAt(i) == 'X')) {
          base = 16; // "0x" alone has no digit yet and is rejected below
          i++;
        } else {
          base = 8;
          digitSeen = true; // the "0" itself
        }
      }
      long value = 0;
      for (; i < n; i++) {
        int d = digitValue(s.charAt(i), base);
        if (d == -2) {
          return null; // '8' or '9' in an octal part: glibc rejects rather than ending the part
        }
        if (d < 0) {
          break;
        }
        value = value * base + d;
        if (value > 0xffff_ffffL) {
          return null;
        }
        digitSeen = true;
      }
      if (!digitSeen) {
        return null;
      }
      if (i < n && s.charAt(i) == '.') {
        if (parts == 3 || value > 0xff) {
          return null;
        }
        out[parts++] = (byte) value;
        i++;
        continue;
      }
      if (i < n || value > LAST_PART_MAX[parts]) {
        return null; // trailing characters (getaddrinfo's exactness), or a last part too big
      }
      for (int b = 3; b >= parts; b--) {
        out[b] = (byte) value;
        value >>>= 8;
      }
      return out;
    }
  }

  /**
   * inet_pton(AF_INET) over {@code s[from, to)}: exactly four decimal parts of 0..255 without
   * leading zeros, written to {@code dst[offset..offset+3]}.
   *
   * @return whether the text was such a dotted quad; dst is untouched when it was not
   */
  static boolean parseDottedQuad(String s, int from, int to, byte[] dst, int offset) {
    int octets = 0;
    int value = 0;
    int packed = 0; // the finished octets, so that a failure allocates and writes nothing
    boolean sawDigit = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (isDigit(c)) {
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

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The value of c as a digit in base, -1 if it ends the part, -2 for 8 or 9 in base 8. */
  private static int digitValue(char c, int base) {
    if (isDigit(c)) {
      int d = c - '0';
      return base == 8 && d >= 8 ? -2 : d;
    }
    if (base == 16) {
      if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
      }
      if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
      }
    }
    return -1;
  }
}
