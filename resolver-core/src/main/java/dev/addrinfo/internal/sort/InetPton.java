package dev.addrinfo.internal.sort;

/**
 * Strict numeric address parsing with the acceptance rules of glibc's {@code inet_pton}, which
 * gai.conf values go through: no host names, no brackets, no {@code %scope}, no octal or leading
 * zeros in dotted quads. Never touches DNS.
 */
final class InetPton {

  private InetPton() {}

  /** The 16 bytes of an IPv6 literal (possibly with a dotted IPv4 tail), or null if not one. */
  static byte[] ipv6(String text) {
    byte[] out = new byte[16];
    int pos = 0;
    int gap = -1;
    int i = 0;
    int n = text.length();
    if (n >= 1 && text.charAt(0) == ':') {
      if (n < 2 || text.charAt(1) != ':') {
        return null;
      }
      i = 1;
    }
    int groupStart = i;
    int value = 0;
    int digits = 0;
    while (i < n) {
      char c = text.charAt(i++);
      int hex = Character.digit(c, 16);
      if (hex >= 0 && c < 128) {
        value = value << 4 | hex;
        if (++digits > 4) {
          return null;
        }
      } else if (c == ':') {
        groupStart = i;
        if (digits == 0) {
          if (gap >= 0) {
            return null;
          }
          gap = pos;
          continue;
        }
        if (i == n || pos + 2 > 16) {
          return null;
        }
        out[pos++] = (byte) (value >> 8);
        out[pos++] = (byte) value;
        value = 0;
        digits = 0;
      } else if (c == '.' && pos + 4 <= 16) {
        byte[] four = ipv4(text.substring(groupStart));
        if (four == null) {
          return null;
        }
        System.arraycopy(four, 0, out, pos, 4);
        pos += 4;
        digits = 0;
        break;
      } else {
        return null;
      }
    }
    if (digits > 0) {
      if (pos + 2 > 16) {
        return null;
      }
      out[pos++] = (byte) (value >> 8);
      out[pos++] = (byte) value;
    }
    if (gap >= 0) {
      if (pos == 16) {
        return null;
      }
      int tail = pos - gap;
      System.arraycopy(out, gap, out, 16 - tail, tail);
      java.util.Arrays.fill(out, gap, 16 - tail, (byte) 0);
      pos = 16;
    }
    return pos == 16 ? out : null;
  }

  /** The 4 bytes of a dotted quad, or null if not exactly one (glibc rejects "01" and "1.2.3"). */
  static byte[] ipv4(String text) {
    byte[] out = new byte[4];
    int octets = 0;
    int value = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (value == 0) {
          return null;
        }
        value = (value < 0 ? 0 : value * 10) + (c - '0');
        if (value > 255) {
          return null;
        }
      } else if (c == '.' && value >= 0 && octets < 3) {
        out[octets++] = (byte) value;
        value = -1;
      } else {
        return null;
      }
    }
    if (value < 0 || octets != 3) {
      return null;
    }
    out[3] = (byte) value;
    return out;
  }
}
