package dev.addrinfo.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The measured rounds of a run, the resolvers having taken turns round by round, so that a spell
 * of noise on the machine (two cores shared with BIND) falls on every resolver rather than on one.
 * Reports each resolver's median round, and addrinfo's ratio to each peer round by round: the
 * lowest, the median and the highest.
 */
final class MeasuredRounds {
  private final Map<String, List<RunResult>> byPeer = new LinkedHashMap<>();

  void add(RunResult r) {
    byPeer.computeIfAbsent(r.label(), k -> new ArrayList<>()).add(r);
  }

  int rounds() {
    return byPeer.values().stream().mapToInt(List::size).min().orElse(0);
  }

  /** Each resolver's round with the median look-ups per second (the lower middle of an even count). */
  List<RunResult> medians() {
    List<RunResult> out = new ArrayList<>();
    for (List<RunResult> runs : byPeer.values()) {
      List<RunResult> sorted = new ArrayList<>(runs);
      sorted.sort(Comparator.comparingDouble(RunResult::perSecond));
      out.add(sorted.get((sorted.size() - 1) / 2));
    }
    return out;
  }

  /** Every round, for the record: complete only if each was. */
  List<RunResult> all() {
    return byPeer.values().stream().flatMap(List::stream).toList();
  }

  /**
   * addrinfo's throughput ratio to each peer over the rounds, paired by round, and its share of the
   * ceiling over the rounds (when measured); one line each, nothing without addrinfo or with one round.
   */
  List<String> spread(Ceiling.Result ceiling) {
    List<RunResult> us = byPeer.get("addrinfo");
    if (us == null || rounds() < 2) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, List<RunResult>> e : byPeer.entrySet()) {
      if (e.getKey().equals("addrinfo")) {
        continue;
      }
      double[] ratios = new double[rounds()];
      double[] p99 = new double[rounds()];
      for (int i = 0; i < ratios.length; i++) {
        ratios[i] = us.get(i).perSecond() / e.getValue().get(i).perSecond();
        p99[i] = us.get(i).quantileMillis(0.99) / e.getValue().get(i).quantileMillis(0.99);
      }
      lines.add(String.format(Locale.ROOT, "addrinfo / %-14s over %d rounds: throughput %s   p99 %s", e.getKey(),
          ratios.length, range(ratios, "x%.2f"), range(p99, "x%.2f")));
    }
    if (ceiling != null) {
      double[] shares = us.subList(0, rounds()).stream()
          .mapToDouble(r -> 100 * 2 * r.perSecond() / ceiling.queriesPerSecond()).toArray();
      lines.add(String.format(Locale.ROOT, "addrinfo / dnsperf ceiling over %d rounds: %s", shares.length,
          range(shares, "%.0f%%")));
    }
    return lines;
  }

  /** "min / median / max" of the values, each in the format. */
  static String range(double[] values, String format) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    return String.format(Locale.ROOT, "lowest " + format + ", median " + format + ", highest " + format, sorted[0],
        median, sorted[sorted.length - 1]);
  }
}
