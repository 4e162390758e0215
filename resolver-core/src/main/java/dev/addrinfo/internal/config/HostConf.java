package dev.addrinfo.internal.config;

import dev.addrinfo.internal.numeric.CType;
import dev.addrinfo.services.LineProblem;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * /etc/host.conf as glibc 2.36 reads it. Only {@code multi} changes what getaddrinfo returns:
 * with it on, every /etc/hosts line naming the host contributes an address; glibc's default, when
 * the file or the keyword is missing, is off. Keywords match case-insensitively; the last
 * {@code multi} line wins. {@code order}, {@code trim} and {@code reorder} are accepted and
 * ignored ({@code trim} only trims DNS answers to gethostbyname, {@code reorder} only reorders
 * gethostbyname's IPv4 list). {@code nospoof}, {@code spoofalert} and {@code spoof} were removed in
 * glibc 2.26 and are reported as glibc reports them ("bad command"), as is any unknown keyword.
 *
 * @param multi whether all matching hosts lines are used
 */
public record HostConf(boolean multi) {
  /** glibc's settings without a host.conf: multi off. */
  public static final HostConf DEFAULT = new HostConf(false);

  private static final List<String> REMOVED = List.of("nospoof", "spoofalert", "spoof");

  /** Parses host.conf text; null text (missing file) gives {@link #DEFAULT}. */
  public static HostConf parse(String text, String source, Consumer<LineProblem> problems) {
    boolean multi = DEFAULT.multi();
    List<String> lines = Text.lines(text);
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      int i = skipSpace(line, 0);
      if (i == line.length() || line.charAt(i) == '#') {
        continue;
      }
      int start = i;
      while (i < line.length() && !CType.isSpace(line.charAt(i)) && line.charAt(i) != '#' && line.charAt(i) != ',') {
        i++;
      }
      String keyword = line.substring(start, i).toLowerCase(Locale.ROOT);
      int lineNumber = n + 1;
      Consumer<String> report = why -> problems.accept(new LineProblem(source, lineNumber, line, why));
      switch (keyword) {
        case "order":
        case "trim":
          break;
        case "multi":
          Boolean on = onOff(line, skipSpace(line, i), report);
          multi = on == null ? multi : on;
          break;
        case "reorder":
          onOff(line, skipSpace(line, i), report);
          break;
        default:
          report.accept((REMOVED.contains(keyword) ? "keyword removed in glibc 2.26, ignored: "
              : "unknown keyword, ignored: ") + line.substring(start, i));
      }
    }
    return new HostConf(multi);
  }

  /** glibc's arg_bool: a prefix "on" or "off" in any case; anything else after it is garbage. */
  private static Boolean onOff(String line, int i, Consumer<String> report) {
    String rest = line.substring(i);
    Boolean value;
    int end;
    if (rest.regionMatches(true, 0, "on", 0, 2)) {
      value = Boolean.TRUE;
      end = i + 2;
    } else if (rest.regionMatches(true, 0, "off", 0, 3)) {
      value = Boolean.FALSE;
      end = i + 3;
    } else {
      report.accept("expected 'on' or 'off', found '" + rest + "'");
      return null;
    }
    int j = skipSpace(line, end);
    if (j < line.length() && line.charAt(j) != '#') {
      report.accept("trailing garbage ignored (glibc still applies '" + line.substring(i, end) + "'): "
          + line.substring(j));
    }
    return value;
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && CType.isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
