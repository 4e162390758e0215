package dev.addrinfo.internal.numeric;

/**
 * glibc's __inet_aton_exact, the inet_aton(3) grammar that getaddrinfo(3) applies to host names and
 * res_init to resolv.conf name servers: one to four parts, each decimal, octal after a leading 0 or
 * hex after 0x/0X, the last part filling the remaining bytes ("127.1" is 127.0.0.1). Unlike
 * inet_aton itself, nothing may follow the last part, not even whitespace. Scans characters without
 * allocating, so a host name that is not numeric costs a character or two.
 */
public final class InetAton {
  /** inet_aton's limit on the last part, indexed by the number of parts before it. */
  private static final long[] LAST_PART_MAX = {0xffff_ffffL, 0xff_ffffL, 0xffffL, 0xffL};

  private InetAton() {}

  /** The four bytes of {@code s}, or null when the whole text is not of that form. */
  public static byte[] exact(String s) {
    int n = s.length();
    if (n == 0 || !CType.isDigit(s.charAt(0))) {
      return null; // the common case: a host name
    }
    byte[] out = new byte[4];
    int parts = 0;
    int i = 0;
    while (true) {
      if (i >= n || !CType.isDigit(s.charAt(i))) {
        return null; // every part starts with a digit: rejects "", ".", "1..2", "1.", "+1"
      }
      int base = 10;
      boolean digitSeen = false;
      if (s.charAt(i) == '0') {
        i++;
        if (i < n && (s.charAt(i) == 'x' || s.charAt(i) == 'X')) {
          base = 16; // "0x" alone has no digit yet and is rejected below, also before a '.'
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
        return null; // trailing characters (the exactness), or a last part too big
      }
      for (int b = 3; b >= parts; b--) {
        out[b] = (byte) value;
        value >>>= 8;
      }
      return out;
    }
  }

  /** The value of c as a digit in base, -1 if it ends the part, -2 for 8 or 9 in base 8. */
  private static int digitValue(char c, int base) {
    if (base == 16) {
      return CType.hexValue(c);
    }
    if (CType.isDigit(c)) {
      int d = c - '0';
      return base == 8 && d >= 8 ? -2 : d;
    }
    return -1;
  }
}
