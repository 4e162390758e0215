package dev.addrinfo.internal.idn;

/**
 * Punycode (RFC 3492) with libidn2 2.3.3's limits and leniencies: '_' counts as a basic code
 * point (and, after the last delimiter, as the digit 0), a decoded label holds at most 63 code
 * points, an encoded one at most 59 characters (63 with "xn--"), a leading or trailing delimiter
 * is refused, and arithmetic overflows at 2^32 as in C's uint32_t.
 */
final class Punycode {
  static final int MAX_DECODED = 63;
  static final int MAX_ENCODED = 59;

  private static final long MAX = 0xFFFF_FFFFL;
  private static final int BASE = 36;
  private static final int TMIN = 1;
  private static final int TMAX = 26;
  private static final int SKEW = 38;
  private static final int DAMP = 700;
  private static final int INITIAL_BIAS = 72;
  private static final int INITIAL_N = 0x80;

  private Punycode() {}

  static boolean isBasic(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  }

  /** The code points that {@code s[from, to)} (the part after "xn--") stands for. */
  static int[] decode(CharSequence s, int from, int to) throws IdnaFailure {
    int length = to - from;
    if (length == 0) {
      throw new IdnaFailure("empty Punycode");
    }
    int delimiter = 0;
    for (int j = 0; j < length; j++) {
      char c = s.charAt(from + j);
      if (!isBasic(c)) {
        throw new IdnaFailure("Punycode holds '" + c + "'");
      }
      if (c == '-') {
        delimiter = j;
      }
    }
    int[] output = new int[MAX_DECODED];
    int out = 0;
    int in = 0;
    if (s.charAt(from + delimiter) == '-') {
      if (delimiter == 0 || delimiter == length - 1) {
        throw new IdnaFailure("Punycode starts or ends with its delimiter");
      }
      if (delimiter >= MAX_DECODED) {
        throw new IdnaFailure("Punycode decodes to more than 63 code points");
      }
      for (; out < delimiter; out++) {
        output[out] = s.charAt(from + out);
      }
      in = delimiter + 1;
    }
    long n = INITIAL_N;
    long i = 0;
    long bias = INITIAL_BIAS;
    for (; in < length; out++) {
      long oldi = i;
      long w = 1;
      for (int k = BASE;; k += BASE) {
        if (in >= length) {
          throw new IdnaFailure("Punycode ends inside a number");
        }
        long digit = digit(s.charAt(from + in++));
        if (digit > (MAX - i) / w) {
          throw new IdnaFailure("Punycode overflows");
        }
        i += digit * w;
        long t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
        if (digit < t) {
          break;
        }
        if (w > MAX / (BASE - t)) {
          throw new IdnaFailure("Punycode overflows");
        }
        w *= BASE - t;
      }
      bias = adapt(i - oldi, out + 1, oldi == 0);
      if (i / (out + 1) > MAX - n) {
        throw new IdnaFailure("Punycode overflows");
      }
      n += i / (out + 1);
      if (n > 0x10FFFF || (n >= 0xD800 && n <= 0xDBFF)) {
        throw new IdnaFailure("Punycode decodes to U+" + Long.toHexString(n).toUpperCase());
      }
      i %= out + 1;
      if (out >= MAX_DECODED) {
        throw new IdnaFailure("Punycode decodes to more than 63 code points");
      }
      System.arraycopy(output, (int) i, output, (int) i + 1, out - (int) i);
      output[(int) i++] = (int) n;
    }
    return java.util.Arrays.copyOf(output, out);
  }

  /** Appends the Punycode of {@code label} (without "xn--") to {@code out}. */
  static void encode(int[] label, StringBuilder out) throws IdnaFailure {
    int start = out.length();
    for (int c : label) {
      if (isBasic(c)) {
        if (MAX_ENCODED - (out.length() - start) < 2) {
          throw new IdnaFailure("label too long for Punycode");
        }
        out.append((char) c);
      } else if (c < INITIAL_N) {
        // never encoded, so libidn2's loop ends in an overflow or a failed round trip
        throw new IdnaFailure("'" + (char) c + "' in a label that is not ASCII");
      }
    }
    int basic = out.length() - start;
    int handled = basic;
    if (basic > 0) {
      out.append('-');
    }
    long n = INITIAL_N;
    long delta = 0;
    long bias = INITIAL_BIAS;
    while (handled < label.length) {
      long m = MAX;
      for (int c : label) {
        if (c >= n && c < m) {
          m = c;
        }
      }
      if (m - n > (MAX - delta) / (handled + 1)) {
        throw new IdnaFailure("Punycode overflows");
      }
      delta += (m - n) * (handled + 1);
      n = m;
      for (int c : label) {
        if (c < n && ++delta > MAX) {
          throw new IdnaFailure("Punycode overflows");
        }
        if (c == n) {
          long q = delta;
          for (int k = BASE;; k += BASE) {
            if (out.length() - start >= MAX_ENCODED) {
              throw new IdnaFailure("label too long for Punycode");
            }
            long t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
            if (q < t) {
              break;
            }
            out.append(digitChar(t + (q - t) % (BASE - t)));
            q = (q - t) / (BASE - t);
          }
          out.append(digitChar(q));
          bias = adapt(delta, handled + 1, handled == basic);
          delta = 0;
          handled++;
        }
      }
      delta++;
      n++;
    }
  }

  private static long digit(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 26;
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    return 0; // '-' or '_', as libidn2 reads them
  }

  private static char digitChar(long d) {
    return (char) (d < 26 ? 'a' + d : '0' + d - 26);
  }

  private static long adapt(long delta, long points, boolean first) {
    delta = first ? delta / DAMP : delta >> 1;
    delta += delta / points;
    long k = 0;
    while (delta > ((BASE - TMIN) * TMAX) / 2) {
      delta /= BASE - TMIN;
      k += BASE;
    }
    return k + (BASE - TMIN + 1) * delta / (delta + SKEW);
  }
}
