package dev.addrinfo.internal.numeric;

/**
 * Decimal numbers in text as the glibc functions that read them do, in the C locale; each caller
 * names the variant its glibc code path uses, since they differ on signs, empty text and overflow.
 */
public final class DecimalText {
  private DecimalText() {}

  /**
   * {@code strtoul(text, &end, 10)} wanting {@code *end == '\0'}, as glibc's gai.conf reader calls
   * it: empty text is 0, one leading '+' or '-' is allowed, "-0" is 0, and any other negative number
   * wraps to a huge value and so fails the range check.
   *
   * @return the value if it is at most max, else -1
   */
  public static long strtoulWhole(String text, long max) {
    if (text.isEmpty()) {
      return 0;
    }
    boolean negative = text.charAt(0) == '-';
    int from = negative || text.charAt(0) == '+' ? 1 : 0;
    long value = digitsOnly(text.substring(from), max);
    return negative && value != 0 ? -1 : value;
  }

  /**
   * The number __inet6_scopeid_pton reads: a first character that is a digit, then
   * {@code strtoull(text, &end, 10)} wanting {@code *end == '\0'}; so digits only, leading zeros
   * allowed, no sign, not empty.
   *
   * @return the value if it is at most max, else -1
   */
  public static long digitsOnly(String text, long max) {
    if (text.isEmpty()) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!CType.isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
      if (value > max) {
        return -1;
      }
    }
    return value;
  }

  /**
   * C atoi of {@code text} from index {@code from}, as res_setoptions reads "ndots:" and the like: an
   * optional sign, then decimal digits up to the first other character; 0 when there are none. The
   * magnitude stops growing at {@link Integer#MAX_VALUE} rather than wrapping as the C int would.
   */
  public static long atoi(String text, int from) {
    int i = from;
    boolean negative = false;
    if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      negative = text.charAt(i) == '-';
      i++;
    }
    long v = 0;
    while (i < text.length() && CType.isDigit(text.charAt(i))) {
      v = Math.min(v * 10 + (text.charAt(i) - '0'), Integer.MAX_VALUE);
      i++;
    }
    return negative ? -v : v;
  }
}
