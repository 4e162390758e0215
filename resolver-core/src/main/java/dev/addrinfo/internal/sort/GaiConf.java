package dev.addrinfo.internal.sort;

import dev.addrinfo.services.LineProblem;
import java.util.List;
import java.util.function.Consumer;

/**
 * The destination-sorting policy of {@code /etc/gai.conf}, as glibc 2.36 reads it: the tables in
 * the order they are searched (first match wins), ready for {@link AddressSorter}.
 *
 * <p>A {@code label}, {@code precedence} or {@code scopev4} line replaces the whole built-in table
 * of its kind (it does not merge into it); a kind with no valid line keeps glibc's built-in table.
 *
 * @param labels the label table, most specific prefix first
 * @param precedences the precedence table, most specific prefix first
 * @param scopev4 the IPv4 scope table, most specific network first
 * @param reload whether the file asked to be re-read when it changes ({@code reload yes}); the
 *     caller that owns the file acts on it, this value only records it
 */
public record GaiConf(
    List<PolicyEntry> labels, List<PolicyEntry> precedences, List<ScopeEntry> scopev4, boolean reload) {

  /** An empty or missing gai.conf: glibc's built-in tables. */
  public static final GaiConf DEFAULT =
      new GaiConf(DefaultPolicy.LABELS, DefaultPolicy.PRECEDENCES, DefaultPolicy.SCOPES_V4, false);

  public GaiConf {
    labels = nonEmpty(labels, "labels");
    precedences = nonEmpty(precedences, "precedences");
    scopev4 = nonEmpty(scopev4, "scopev4");
  }

  /**
   * Reads gai.conf text. Lines glibc ignores (unknown keywords, bad prefixes or values) are
   * reported to {@code problems} with their line number and skipped; parsing never fails.
   *
   * @param text the whole file
   * @param source the file name, for the reports
   */
  public static GaiConf parse(String text, String source, Consumer<LineProblem> problems) {
    return new GaiConfParser(source, problems).parse(text);
  }

  private static <T> List<T> nonEmpty(List<T> list, String name) {
    List<T> copy = List.copyOf(list);
    if (copy.isEmpty()) {
      // glibc's lookups run off the end of an empty table; every table it builds has a catch-all.
      throw new IllegalArgumentException("Empty " + name + " table");
    }
    return copy;
  }
}
