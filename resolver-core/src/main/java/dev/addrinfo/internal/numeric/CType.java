package dev.addrinfo.internal.numeric;

/**
 * The character classes of C's {@code <ctype.h>} in the C locale, which is how glibc reads address
 * text and its configuration files: only ASCII counts, so a Unicode digit such as U+0661 is no digit.
 */
public final class CType {
  private CType() {}

  /** isdigit: '0' to '9'. */
  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** isspace: space, \t, \n, \v, \f, \r. */
  public static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** The value of an ASCII hex digit (either case), or -1 for any other character. */
  public static int hexValue(char c) {
    if (isDigit(c)) {
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
