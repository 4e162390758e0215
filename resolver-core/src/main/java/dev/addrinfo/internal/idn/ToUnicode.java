package dev.addrinfo.internal.idn;

/**
 * A name to Unicode as libidn2 2.3.3's idn2_to_unicode_8z8z does it: each label starting with
 * "xn--" (x and n in either case) is Punycode-decoded, without any check of what it decodes to;
 * other labels are kept as they are. Fails on bad Punycode, a label over 63 code points or a
 * name over 255, or a decoded surrogate (which glibc cannot write as UTF-8).
 */
final class ToUnicode {
  private static final int MAX_NAME = 255;

  private ToUnicode() {}

  /** Whether {@code name} has a label starting with "xn--", the only labels conversion changes. */
  static boolean hasAceLabel(String name) {
    for (int start = 0; start < name.length(); ) {
      if (isAce(name, start)) {
        return true;
      }
      int dot = name.indexOf('.', start);
      start = dot < 0 ? name.length() : dot + 1;
    }
    return false;
  }

  static String convert(String name) throws IdnaFailure {
    StringBuilder out = new StringBuilder(name.length());
    int codePoints = 0;
    for (int start = 0; start < name.length(); ) {
      int dot = name.indexOf('.', start);
      int end = dot < 0 ? name.length() : dot;
      int more = dot < 0 ? 0 : 1;
      if (isAce(name, start) && end - start >= 4) {
        int[] decoded = Punycode.decode(name, start + 4, end);
        if (codePoints + decoded.length + more > MAX_NAME) {
          throw new IdnaFailure("longer than 255 code points in Unicode");
        }
        for (int cp : decoded) {
          if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            throw new IdnaFailure("Punycode decodes to the surrogate " + LabelRules.name(cp));
          }
          out.appendCodePoint(cp);
        }
        codePoints += decoded.length;
      } else {
        if (hasLoneSurrogate(name, start, end)) {
          throw new IdnaFailure("a label is not valid UTF-16");
        }
        int length = name.codePointCount(start, end);
        if (length > Punycode.MAX_DECODED) {
          throw new IdnaFailure("a label is longer than 63 code points");
        }
        if (codePoints + length + more > MAX_NAME) {
          throw new IdnaFailure("longer than 255 code points in Unicode");
        }
        out.append(name, start, end);
        codePoints += length;
      }
      if (dot >= 0) {
        out.append('.');
        codePoints++;
      }
      start = end + more;
    }
    return out.toString();
  }

  static boolean hasLoneSurrogate(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAce(String name, int start) {
    return name.length() - start >= 4 && (name.charAt(start) | 0x20) == 'x' && (name.charAt(start + 1) | 0x20) == 'n'
        && name.charAt(start + 2) == '-' && name.charAt(start + 3) == '-';
  }
}
