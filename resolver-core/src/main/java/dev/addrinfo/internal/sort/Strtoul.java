package dev.addrinfo.internal.sort;

/**
 * The numbers glibc's gai.conf reader accepts: it calls {@code strtoul(s, &end, 10)} and wants
 * {@code *end == '\0'}. So an empty string is 0, one leading {@code +} or {@code -} is allowed,
 * {@code -0} is 0, and any other negative number wraps to a huge value and fails the range check.
 */
final class Strtoul {

  private Strtoul() {}

  /** The value of {@code text} if glibc accepts it and it is at most {@code max}; -1 otherwise. */
  static long parse(String text, long max) {
    if (text.isEmpty()) {
      return 0;
    }
    int i = text.charAt(0) == '+' || text.charAt(0) == '-' ? 1 : 0;
    boolean negative = text.charAt(0) == '-';
    if (i == text.length()) {
      return -1;
    }
    long value = 0;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
      if (value > max) {
        return -1;
      }
    }
    return negative && value != 0 ? -1 : value;
  }
}
