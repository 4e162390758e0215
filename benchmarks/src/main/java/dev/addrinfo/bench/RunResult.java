package dev.addrinfo.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * What one peer did in one run: how many look-ups finished and failed in how long, and the
 * latency of each finished one (nanoseconds, unsorted).
 */
record RunResult(String label, int asked, int done, int failed, int addresses, long elapsedNanos,
    long[] latencies, boolean complete) {

  double perSecond() {
    return elapsedNanos <= 0 ? 0 : done * 1e9 / elapsedNanos;
  }

  /** The q-quantile latency in milliseconds (nearest rank), NaN with no samples. */
  double quantileMillis(double q) {
    if (latencies.length == 0) {
      return Double.NaN;
    }
    long[] sorted = latencies.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(rank, sorted.length - 1))] / 1e6;
  }

  String row() {
    return String.format(Locale.ROOT, "%-12s %8d %7d %8.2f %10.0f %9.2f %9.2f %8.2f%s", label, done, failed,
        done == 0 ? 0.0 : (double) addresses / done, perSecond(), quantileMillis(0.5), quantileMillis(0.99), elapsedNanos / 1e9,
        complete ? "" : "  (stopped at the time limit)");
  }

  static String header() {
    return String.format(Locale.ROOT, "%-12s %8s %7s %8s %10s %9s %9s %8s", "resolver", "lookups", "failed",
        "addr/lk", "lookups/s", "p50 ms", "p99 ms", "secs");
  }
}
