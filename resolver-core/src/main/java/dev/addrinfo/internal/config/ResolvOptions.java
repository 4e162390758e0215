package dev.addrinfo.internal.config;

import dev.addrinfo.ResolverConfig;
import dev.addrinfo.internal.numeric.DecimalText;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * glibc 2.36's res_setoptions: words separated by spaces or tabs, {@code ndots:}, {@code timeout:}
 * and {@code attempts:} read with atoi, flags matched by prefix (so {@code rotatex} is rotate), and
 * unknown words ignored ({@code inet6} and {@code debug} are unknown in 2.36). Flags only turn on.
 */
final class ResolvOptions {
  private ResolvOptions() {}

  /** glibc's table, in glibc's order: single-request-reopen must be tried before single-request. */
  private static final String[] FLAGS = {"rotate", "edns0", "single-request-reopen", "single-request",
      "no_tld_query", "no-tld-query", "no-reload", "use-vc", "trust-ad", "no-aaaa"};

  static void apply(String options, ResolverConfig.Builder b, Consumer<String> report) {
    int i = 0;
    int n = options.length();
    while (i < n) {
      while (i < n && (options.charAt(i) == ' ' || options.charAt(i) == '\t')) {
        i++;
      }
      int start = i;
      while (i < n && options.charAt(i) != ' ' && options.charAt(i) != '\t') {
        i++;
      }
      if (i > start) {
        one(options.substring(start, i), b, report);
      }
    }
  }

  private static void one(String word, ResolverConfig.Builder b, Consumer<String> report) {
    if (word.startsWith("ndots:")) {
      long v = DecimalText.atoi(word, 6);
      if (v > ResolverConfig.MAX_NDOTS) {
        report.accept("ndots capped at " + ResolverConfig.MAX_NDOTS + ": " + word);
        b.ndots(ResolverConfig.MAX_NDOTS);
      } else if (v < 0) {
        // glibc stores ndots in a 4-bit field: ndots:-1 acts as 15, ndots:-16 as 0.
        report.accept("negative ndots, taken modulo 16 as glibc does: " + word);
        b.ndots((int) (v & 15));
      } else {
        b.ndots((int) v);
      }
    } else if (word.startsWith("timeout:")) {
      long v = DecimalText.atoi(word, 8);
      long max = ResolverConfig.MAX_TIMEOUT.toSeconds();
      if (v > max) {
        report.accept("timeout capped at " + max + " seconds: " + word);
      } else if (v < 1) {
        // glibc's res_send waits at least one second whatever retrans says.
        report.accept("timeout below 1 second, glibc waits 1 second: " + word);
      }
      b.timeout(Duration.ofSeconds(Math.max(1, Math.min(max, v))));
    } else if (word.startsWith("attempts:")) {
      long v = DecimalText.atoi(word, 9);
      if (v > ResolverConfig.MAX_ATTEMPTS) {
        report.accept("attempts capped at " + ResolverConfig.MAX_ATTEMPTS + ": " + word);
      } else if (v < 1) {
        report.accept("attempts below 1: no query will be sent, and every DNS lookup fails (as with glibc): " + word);
      }
      b.attempts((int) Math.max(0, Math.min(ResolverConfig.MAX_ATTEMPTS, v)));
    } else {
      flag(word, b, report);
    }
  }

  private static void flag(String word, ResolverConfig.Builder b, Consumer<String> report) {
    for (String f : FLAGS) {
      if (word.startsWith(f)) {
        switch (f) {
          case "rotate": b.rotate(true); break;
          case "edns0": b.edns0(true); break;
          case "single-request-reopen": b.singleRequestReopen(true); break;
          case "single-request": b.singleRequest(true); break;
          case "no_tld_query": case "no-tld-query": b.noTldQuery(true); break;
          case "use-vc": b.useVc(true); break;
          case "trust-ad": b.trustAd(true); break;
          case "no-aaaa": b.noAaaa(true); break;
          default: break; // no-reload: a stub that re-reads on change has nothing to switch off here
        }
        return;
      }
    }
    report.accept("unknown option, ignored (as glibc 2.36 does): " + word);
  }
}
