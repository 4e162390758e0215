package dev.addrinfo.services.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the lines of a services(5) file into entries, in file order, duplicates kept. A line is
 * {@code name port/protocol [alias...]}; fields are separated by any run of C's isspace()
 * characters (so a CR before the LF is just more whitespace, as in glibc); a {@code #} anywhere
 * starts a comment that runs to the end of the line. A line that cannot be read is reported and
 * skipped.
 */
public final class ServicesParser {
  private ServicesParser() {}

  /** Passes each entry of {@code text} to {@code sink}, and each line it cannot read. */
  public static void parse(String text, EntrySink sink) {
    int lineNumber = 0;
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      lineNumber++;
      String line = text.substring(start, end);
      try {
        parseLine(line, sink);
      } catch (IllegalArgumentException e) {
        sink.problem(lineNumber, withoutCr(line), e.getMessage());
      }
      start = end + 1;
    }
  }

  /** Passes the entry on {@code line} to {@code sink}; a blank or comment-only line has none. */
  private static void parseLine(String line, EntrySink sink) {
    int hash = line.indexOf('#');
    List<String> fields = split(hash < 0 ? line : line.substring(0, hash));
    if (fields.isEmpty()) {
      return;
    }
    String name = fields.get(0);
    if (fields.size() < 2) {
      throw new IllegalArgumentException("missing port/protocol after service name '" + name + "'");
    }
    String portAndProtocol = fields.get(1);
    int slash = portAndProtocol.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("expected port/protocol, found '" + portAndProtocol + "'");
    }
    int port = parsePort(portAndProtocol.substring(0, slash));
    String protocol = portAndProtocol.substring(slash + 1);
    if (protocol.isEmpty()) {
      throw new IllegalArgumentException("missing protocol after '" + portAndProtocol + "'");
    }
    sink.entry(name, port, protocol, fields.subList(2, fields.size()));
  }

  /**
   * A port in plain decimal. glibc reads this field with strtoul(base 0), so it takes {@code 025}
   * as octal 21, {@code 0x19} as 25 and {@code +25} as 25, and keeps only the low 16 bits of a
   * number past 65535; we reject all of those rather than guess what the writer meant.
   */
  public static int parsePort(String text) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("missing port before '/'");
    }
    if (!isDigits(text)) {
      throw new IllegalArgumentException("port is not a decimal number: '" + text + "'");
    }
    if (text.length() > 1 && text.charAt(0) == '0') {
      throw new IllegalArgumentException("port has a leading zero (glibc would read it as octal): '" + text + "'");
    }
    // At most five digits first, so that no number overflows an int.
    if (text.length() > 5 || Integer.parseInt(text) > 65535) {
      throw new IllegalArgumentException("port out of range 0-65535: " + text);
    }
    return Integer.parseInt(text);
  }

  /** C's isspace() in the "C" locale: the characters that separate fields. */
  public static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
  }

  private static boolean isDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static List<String> split(String text) {
    List<String> fields = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && isSpace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && !isSpace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        fields.add(text.substring(start, i));
      }
    }
    return fields;
  }

  private static String withoutCr(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
