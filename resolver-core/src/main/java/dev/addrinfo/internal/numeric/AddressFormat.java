package dev.addrinfo.internal.numeric;

/** glibc's inet_ntop(3) text for raw address bytes. */
final class AddressFormat {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private AddressFormat() {}

  /** The dotted quad of a[off..off+3]. */
  static void ipv4(byte[] a, int off, StringBuilder out) {
    for (int i = 0; i < 4; i++) {
      if (i > 0) {
        out.append('.');
      }
      out.append(a[off + i] & 0xff);
    }
  }

  static String ipv6(byte[] a) {
    StringBuilder out = new StringBuilder(39);
    ipv6(a, out);
    return out.toString();
  }

  /**
   * inet_ntop(AF_INET6): lowercase hex without leading zeros; the longest run of at least two zero
   * groups, the first of equally long runs, becomes "::"; the last 32 bits are a dotted quad when
   * the first six groups are zero (IPv4-compatible, but not "::" or "::1", whose zero run is longer)
   * or the first five are zero and the sixth is ffff (IPv4-mapped).
   */
  static void ipv6(byte[] a, StringBuilder out) {
    int[] words = new int[8];
    for (int i = 0; i < 8; i++) {
      words[i] = ((a[2 * i] & 0xff) << 8) | (a[2 * i + 1] & 0xff);
    }
    int bestBase = -1;
    int bestLen = 0;
    int curBase = -1;
    for (int i = 0; i <= 8; i++) {
      if (i < 8 && words[i] == 0) {
        if (curBase < 0) {
          curBase = i;
        }
      } else if (curBase >= 0) {
        if (i - curBase > bestLen) {
          bestBase = curBase;
          bestLen = i - curBase;
        }
        curBase = -1;
      }
    }
    if (bestLen < 2) {
      bestBase = -1;
    }
    for (int i = 0; i < 8; i++) {
      if (bestBase >= 0 && i >= bestBase && i < bestBase + bestLen) {
        if (i == bestBase) {
          out.append(':');
        }
        continue;
      }
      if (i != 0) {
        out.append(':');
      }
      if (i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 5 && words[5] == 0xffff))) {
        ipv4(a, 12, out);
        return;
      }
      appendHex(words[i], out);
    }
    if (bestBase >= 0 && bestBase + bestLen == 8) {
      out.append(':');
    }
  }

  private static void appendHex(int word, StringBuilder out) {
    boolean started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
      int nibble = (word >>> shift) & 0xf;
      if (nibble != 0 || started || shift == 0) {
        out.append(HEX[nibble]);
        started = true;
      }
    }
  }
}
