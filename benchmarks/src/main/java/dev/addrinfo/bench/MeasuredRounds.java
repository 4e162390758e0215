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
 * Reports each resolver's median round, addrinfo's ratio to each peer round by round (the lowest,
 * the median and the highest), and the ratio over all rounds pooled. A round's p99 rests on its
 * slowest 1% (200 look-ups of the default 20,000), and one collector pause or compilation burst in a round moves it; pooled,
 * every resolver's p99 rests on all its rounds' look-ups, its noise spread over them.
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
      RunResult mine = pooled(us.subList(0, rounds()));
      RunResult theirs = pooled(e.getValue().subList(0, rounds()));
      lines.add(String.format(Locale.ROOT,
          "addrinfo / %-14s all %d rounds pooled: throughput x%.2f   p99 x%.2f (%.2f against %.2f ms)", e.getKey(),
          rounds(), mine.perSecond() / theirs.perSecond(), mine.quantileMillis(0.99) / theirs.quantileMillis(0.99),
          mine.quantileMillis(0.99), theirs.quantileMillis(0.99)));
    }
    if (ceiling != null) {
      double[] shares = us.subList(0, rounds()).stream()
          .mapToDouble(r -> 100 * 2 * r.perSecond() / ceiling.queriesPerSecond()).toArray();
      lines.add(String.format(Locale.ROOT, "addrinfo / dnsperf ceiling over %d rounds: %s", shares.length,
          range(shares, "%.0f%%")));
    }
    return lines;
  }

  /** The rounds as one run: their look-ups, time, latencies and costs added up. */
  static RunResult pooled(List<RunResult> runs) {
    long[] latencies = runs.stream().flatMapToLong(r -> java.util.Arrays.stream(r.latencies())).toArray();
    return new RunResult(runs.get(0).label(), runs.stream().mapToInt(RunResult::asked).sum(),
        runs.stream().mapToInt(RunResult::done).sum(), runs.stream().mapToInt(RunResult::failed).sum(),
        runs.stream().mapToInt(RunResult::addresses).sum(), runs.stream().mapToLong(RunResult::elapsedNanos).sum(),
        latencies, runs.stream().allMatch(RunResult::complete),
        new Costs(runs.stream().mapToLong(r -> r.costs().cpuNanos()).sum(),
            runs.stream().mapToLong(r -> r.costs().allocatedBytes()).sum()));
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
