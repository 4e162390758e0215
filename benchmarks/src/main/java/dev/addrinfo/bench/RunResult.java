package dev.addrinfo.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What one peer did in one run: how many look-ups finished and failed in how long, the latency of
 * each finished one (nanoseconds, unsorted), and what the process spent meanwhile.
 */
record RunResult(String label, int asked, int done, int failed, int addresses, long elapsedNanos,
    long[] latencies, boolean complete, Costs costs) {

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

  /** Process CPU microseconds per finished look-up (JIT and collector included). */
  double cpuMicrosPerLookup() {
    return done == 0 ? Double.NaN : costs.cpuNanos() / 1e3 / done;
  }

  /** Bytes allocated per finished look-up. */
  double bytesPerLookup() {
    return done == 0 ? Double.NaN : (double) costs.allocatedBytes() / done;
  }

  String row() {
    return String.format(Locale.ROOT, "%-14s %8d %7d %8.2f %10.0f %9.2f %9.2f %8.2f %10.1f %10.0f%s", label, done,
        failed, done == 0 ? 0.0 : (double) addresses / done, perSecond(), quantileMillis(0.5), quantileMillis(0.99),
        elapsedNanos / 1e9, cpuMicrosPerLookup(), bytesPerLookup(), complete ? "" : "  (stopped at the time limit)");
  }

  static String header() {
    return String.format(Locale.ROOT, "%-14s %8s %7s %8s %10s %9s %9s %8s %10s %10s", "resolver", "lookups", "failed",
        "addr/lk", "lookups/s", "p50 ms", "p99 ms", "secs", "cpu us/lk", "alloc B/lk");
  }

  /** One line for a child JVM to hand its result to its parent. */
  String serialize() {
    return String.join("|", label, String.valueOf(asked), String.valueOf(done), String.valueOf(failed),
        String.valueOf(addresses), String.valueOf(elapsedNanos), String.valueOf(complete),
        String.valueOf(costs.cpuNanos()), String.valueOf(costs.allocatedBytes()),
        Arrays.stream(latencies).mapToObj(Long::toString).collect(Collectors.joining(",")));
  }

  static RunResult parse(String line) {
    String[] f = line.split("\\|", -1);
    long[] latencies = f[9].isEmpty() ? new long[0] : Arrays.stream(f[9].split(",")).mapToLong(Long::parseLong).toArray();
    return new RunResult(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
        Integer.parseInt(f[4]), Long.parseLong(f[5]), latencies, Boolean.parseBoolean(f[6]),
        new Costs(Long.parseLong(f[7]), Long.parseLong(f[8])));
  }
}
