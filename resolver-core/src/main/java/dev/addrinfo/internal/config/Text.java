package dev.addrinfo.internal.config;

import dev.addrinfo.internal.numeric.CType;
import java.util.ArrayList;
import java.util.List;

/** Small text helpers shared by the parsers, with C-locale meanings (as glibc reads these files). */
public final class Text {
  private Text() {}

  /** ASCII lower case; returns the same string when nothing changes, so lookups rarely allocate. */
  public static String toLowerAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        char[] chars = s.toCharArray();
        for (int j = i; j < chars.length; j++) {
          if (chars[j] >= 'A' && chars[j] <= 'Z') {
            chars[j] = (char) (chars[j] + ('a' - 'A'));
          }
        }
        return new String(chars);
      }
    }
    return s;
  }

  /** The lines of text split at '\n' (as getline does), without terminators; null text has none. */
  public static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    if (text == null) {
      return lines;
    }
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      if (nl < 0) {
        lines.add(text.substring(start));
        break;
      }
      lines.add(text.substring(start, nl));
      start = nl + 1;
    }
    return lines;
  }

  /** Words separated by C isspace characters. */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = line.length();
    while (i < n) {
      while (i < n && CType.isSpace(line.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !CType.isSpace(line.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(line.substring(start, i));
      }
    }
    return words;
  }
}
