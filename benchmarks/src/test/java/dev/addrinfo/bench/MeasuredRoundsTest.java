package dev.addrinfo.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Picking each resolver's median round and pairing addrinfo's rounds with its peers'. */
class MeasuredRoundsTest {
  /** A round of {@code label} that did 1,000 look-ups in {@code millis} ms, each taking {@code p99Millis}. */
  private static RunResult round(String label, long millis, long p99Millis) {
    long[] latencies = new long[1000];
    java.util.Arrays.fill(latencies, p99Millis * 1_000_000);
    return new RunResult(label, 1000, 1000, 0, 2000, millis * 1_000_000, latencies, true, new Costs(0, 0));
  }

  @Test
  void eachResolverIsReportedByItsMedianRound() {
    MeasuredRounds m = new MeasuredRounds();
    for (long millis : new long[] {100, 50, 400}) {
      m.add(round("addrinfo", millis, 1));
      m.add(round("netty", millis * 2, 1));
    }
    List<RunResult> medians = m.medians();
    assertEquals(List.of("addrinfo", "netty"), medians.stream().map(RunResult::label).toList());
    assertEquals(10_000, medians.get(0).perSecond(), 1e-6);
    assertEquals(5_000, medians.get(1).perSecond(), 1e-6);
    assertEquals(3, m.rounds());
  }

  @Test
  void ratiosArePairedByRound() {
    MeasuredRounds m = new MeasuredRounds();
    // addrinfo twice as fast in rounds 1 and 3, half as fast in round 2.
    m.add(round("addrinfo", 100, 2));
    m.add(round("netty", 200, 1));
    m.add(round("addrinfo", 400, 2));
    m.add(round("netty", 200, 1));
    m.add(round("addrinfo", 100, 2));
    m.add(round("netty", 200, 1));
    List<String> lines = m.spread(new Ceiling.Result(40_000, "dnsperf", Double.NaN));
    assertEquals(3, lines.size());
    assertEquals("addrinfo / netty          over 3 rounds: throughput lowest x0.50, median x2.00, highest x2.00"
        + "   p99 lowest x2.00, median x2.00, highest x2.00", lines.get(0));
    // Pooled: 3,000 look-ups in 600 ms against 3,000 in 600 ms.
    assertEquals("addrinfo / netty          all 3 rounds pooled: throughput x1.00   p99 x2.00 (2.00 against 1.00 ms)",
        lines.get(1));
    assertEquals("addrinfo / dnsperf ceiling over 3 rounds: lowest 13%, median 50%, highest 50%", lines.get(2));
  }

  @Test
  void pooledRoundsAddUpAndTheirP99RestsOnEveryLookup() {
    long[] fast = new long[1000];
    java.util.Arrays.fill(fast, 1_000_000);
    long[] slow = fast.clone();
    java.util.Arrays.fill(slow, 980, 1000, 9_000_000); // 2% slow in this round alone
    RunResult a = new RunResult("addrinfo", 1000, 1000, 1, 2000, 100_000_000, fast, true, new Costs(5, 7));
    RunResult b = new RunResult("addrinfo", 1000, 998, 2, 1996, 300_000_000, slow, false, new Costs(1, 1));
    RunResult p = MeasuredRounds.pooled(List.of(a, b));
    assertEquals(1998, p.done());
    assertEquals(3, p.failed());
    assertEquals(2000 * 1e9 / 400_000_000 - 2 * 1e9 / 400_000_000, p.perSecond(), 1e-6);
    assertEquals(2000, p.latencies().length);
    assertEquals(9.0, b.quantileMillis(0.99), 1e-9); // the round alone
    assertEquals(1.0, p.quantileMillis(0.99), 1e-9); // 20 slow of 2,000 is the slowest 1%, not its edge
    assertEquals(new Costs(6, 8), p.costs());
    assertTrue(!p.complete());
  }

  @Test
  void oneRoundHasNoSpread() {
    MeasuredRounds m = new MeasuredRounds();
    m.add(round("addrinfo", 100, 1));
    m.add(round("netty", 100, 1));
    assertTrue(m.spread(null).isEmpty());
  }

  @Test
  void anEvenCountHasTheMeanOfItsMiddlePairAsMedian() {
    assertEquals("lowest 1.0, median 2.5, highest 9.0", MeasuredRounds.range(new double[] {9, 2, 1, 3}, "%.1f"));
  }
}
