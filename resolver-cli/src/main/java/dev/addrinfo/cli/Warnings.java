package dev.addrinfo.cli;

import dev.addrinfo.services.LineProblem;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Problems with the configuration files, one stderr line each:
 * {@code resolve: warning: /etc/hosts:3: not an IPv4 or IPv6 address ...}. A file full of bad lines
 * (a hosts file pointed at /etc/shadow) shows its first {@value #SHOWN_PER_FILE}, and at the end
 * one line with how many more there were. Safe to call from any thread.
 */
final class Warnings implements Consumer<LineProblem> {
  static final int SHOWN_PER_FILE = 5;

  private final PrintStream err;
  private final Predicate<String> relevant;
  private final Map<String, Integer> counts = new LinkedHashMap<>();

  /**
   * @param relevant which sources to report: a run that reads only resolv.conf ignores the rest
   */
  Warnings(PrintStream err, Predicate<String> relevant) {
    this.err = err;
    this.relevant = relevant;
  }

  @Override
  public synchronized void accept(LineProblem p) {
    if (!relevant.test(p.source())) {
      return;
    }
    int n = counts.merge(p.source(), 1, Integer::sum);
    if (n <= SHOWN_PER_FILE) {
      String where = p.lineNumber() == 0 ? p.source() : p.source() + ":" + p.lineNumber();
      err.print("resolve: warning: " + where + ": " + p.reason() + "\n");
    }
  }

  /** One line per file with more problems than were shown. */
  synchronized void finish() {
    counts.forEach((source, n) -> {
      if (n > SHOWN_PER_FILE) {
        int more = n - SHOWN_PER_FILE;
        err.print("resolve: warning: " + source + ": " + more + " more problem" + (more == 1 ? "" : "s")
            + " not shown\n");
      }
    });
  }
}
