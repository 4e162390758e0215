package dev.addrinfo.internal.config;

/**
 * The address syntaxes glibc accepts in its configuration files, as raw bytes: strict
 * {@code inet_pton} for /etc/hosts, and the exact {@code inet_aton} forms ({@code 127.1},
 * {@code 0x7f.0.0.1}, {@code 0177.0.0.1}, {@code 2130706433}) for resolv.conf name servers.
 * Each method returns null for text that is not such an address; none resolves a name.
 */
final class AddressText {
  private AddressText() {}

  /** inet_pton(AF_INET): four decimal octets, no leading zeros (glibc rejects {@code 192.0.2.04}). */
  static byte[] pton4(CharSequence s, int from, int to) {
    byte[] out = new byte[4];
    int octets = 0;
    int val = -1;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (val == 0) {
          return null;
        }
        val = (val < 0 ? 0 : val * 10) + (c - '0');
        if (val > 255) {
          return null;
        }
      } else if (c == '.' && val >= 0 && octets < 3) {
        out[octets++] = (byte) val;
        val = -1;
      } else {
        return null;
      }
    }
    if (val < 0 || octets != 3) {
      return null;
    }
    out[3] = (byte) val;
    return out;
  }

  static byte[] pton4(String s) {
    return pton4(s, 0, s.length());
  }

  /** inet_pton(AF_INET6): hex groups, one {@code ::}, an optional dotted quad at the end; no scope. */
  static byte[] pton6(String s) {
    int n = s.length();
    if (n == 0 || (s.charAt(0) == ':' && (n < 2 || s.charAt(1) != ':'))) {
      return null;
    }
    byte[] out = new byte[16];
    int tp = 0;
    int gap = -1;
    int i = s.charAt(0) == ':' ? 1 : 0;
    int tokenStart = i;
    int val = 0;
    int digits = 0;
    while (i < n) {
      char c = s.charAt(i++);
      int d = hexDigit(c);
      if (d >= 0) {
        if (++digits > 4) {
          return null;
        }
        val = (val << 4) | d;
      } else if (c == ':') {
        tokenStart = i;
        if (digits == 0) {
          if (gap >= 0) {
            return null;
          }
          gap = tp;
          continue;
        }
        if (i == n || tp + 2 > 16) {
          return null;
        }
        out[tp++] = (byte) (val >> 8);
        out[tp++] = (byte) val;
        val = 0;
        digits = 0;
      } else if (c == '.' && tp + 4 <= 16) {
        byte[] v4 = pton4(s, tokenStart, n);
        if (v4 == null) {
          return null;
        }
        System.arraycopy(v4, 0, out, tp, 4);
        tp += 4;
        digits = 0;
        break;
      } else {
        return null;
      }
    }
    if (digits > 0) {
      if (tp + 2 > 16) {
        return null;
      }
      out[tp++] = (byte) (val >> 8);
      out[tp++] = (byte) val;
    }
    if (gap >= 0) {
      if (tp == 16) {
        return null;
      }
      int moved = tp - gap;
      System.arraycopy(out, gap, out, 16 - moved, moved);
      java.util.Arrays.fill(out, gap, 16 - moved, (byte) 0);
      tp = 16;
    }
    return tp == 16 ? out : null;
  }

  /**
   * glibc's inet_aton_exact: one to four parts, each decimal, octal (leading 0) or hex (0x), the
   * last part filling the remaining bytes, and nothing after the address.
   */
  static byte[] atonExact(String s) {
    long[] parts = new long[3];
    int nparts = 0;
    int i = 0;
    int n = s.length();
    long val;
    boolean digit;
    while (true) {
      if (i >= n || !isDigit(s.charAt(i))) {
        return null;
      }
      val = 0;
      int base = 10;
      digit = false;
      if (s.charAt(i) == '0') {
        i++;
        if (i < n && (s.charAt(i) == 'x' || s.charAt(i) == 'X')) {
          base = 16;
          i++;
        } else {
          base = 8;
          digit = true;
        }
      }
      for (; i < n; i++) {
        char c = s.charAt(i);
        int d = base == 16 ? hexDigit(c) : isDigit(c) ? c - '0' : -1;
        if (d < 0) {
          break;
        }
        if (base == 8 && d > 7) {
          return null;
        }
        val = val * base + d;
        digit = true;
        if (val > 0xffffffffL) {
          return null;
        }
      }
      if (i < n && s.charAt(i) == '.') {
        if (nparts > 2 || val > 0xff) {
          return null;
        }
        parts[nparts++] = val;
        i++;
      } else {
        break;
      }
    }
    if (!digit || i != n) {
      return null;
    }
    long max = nparts == 0 ? 0xffffffffL : nparts == 1 ? 0xffffff : nparts == 2 ? 0xffff : 0xff;
    if (val > max) {
      return null;
    }
    for (int p = 0; p < nparts; p++) {
      val |= parts[p] << (24 - 8 * p);
    }
    return new byte[] {(byte) (val >> 24), (byte) (val >> 16), (byte) (val >> 8), (byte) val};
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int hexDigit(char c) {
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
