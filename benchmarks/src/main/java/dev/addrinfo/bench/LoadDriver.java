package dev.addrinfo.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps a fixed number of look-ups in flight over a list of names, each name once: K start at
 * once and every completion starts the next. Stops starting new ones at the deadline and waits a
 * bounded grace period for those in flight, so a run always ends.
 *
 * <p>With a lead-in, the first K look-ups (or as many as the lead-in has names) are of other names
 * and are not measured: each measured
 * name then starts as a look-up ends, as in the steady state, rather than all K at once from an
 * idle resolver. Time, latencies and failures count from the first measured start; CPU and
 * allocation from the lead-in's (K look-ups in a run of thousands).
 */
final class LoadDriver {
  private static final Duration GRACE = Duration.ofSeconds(12);

  private final Peer peer;
  private final List<String> leadIn;
  private final List<String> names;
  private final int inFlight;
  private final long deadlineNanos;
  private final long[] latencies;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicInteger addresses = new AtomicInteger();
  private final AtomicLong lastDone = new AtomicLong();
  /** When the first measured look-up started (the earliest, should a later index start first). */
  private final AtomicLong firstStart = new AtomicLong(Long.MAX_VALUE);
  private final CountDownLatch finished;

  private LoadDriver(Peer peer, List<String> leadIn, List<String> names, int inFlight, Duration limit) {
    this.peer = peer;
    this.names = names;
    this.inFlight = Math.min(inFlight, names.size());
    this.leadIn = leadIn.subList(0, Math.min(this.inFlight, leadIn.size()));
    this.deadlineNanos = System.nanoTime() + limit.toNanos();
    this.latencies = new long[names.size()];
    this.finished = new CountDownLatch(this.inFlight);
  }

  /** Runs {@code names} through {@code peer} with {@code inFlight} concurrent look-ups. */
  static RunResult run(Peer peer, List<String> names, int inFlight, Duration limit) throws InterruptedException {
    return run(peer, List.of(), names, inFlight, limit);
  }

  /** The same, after a lead-in of up to {@code inFlight} names from {@code leadIn}, not measured. */
  static RunResult run(Peer peer, List<String> leadIn, List<String> names, int inFlight, Duration limit)
      throws InterruptedException {
    return new LoadDriver(peer, leadIn, names, inFlight, limit).run();
  }

  private RunResult run() throws InterruptedException {
    Costs before = Costs.now();
    for (int i = 0; i < inFlight; i++) {
      startNext();
    }
    long wait = deadlineNanos - System.nanoTime() + GRACE.toNanos();
    boolean complete = finished.await(Math.max(wait, 0), TimeUnit.NANOSECONDS);
    long end = complete ? lastDone.get() : System.nanoTime();
    long start = Math.min(firstStart.get(), end);
    int count = done.get();
    // Only latencies of finished look-ups are read: each slot is written before done is counted.
    long[] measured = new long[count];
    int m = 0;
    for (long l : latencies) {
      if (l > 0 && m < count) {
        measured[m++] = l;
      }
    }
    return new RunResult(peer.label(), names.size(), count, failed.get(), addresses.get(),
        end - start, java.util.Arrays.copyOf(measured, m), complete, Costs.now().since(before));
  }

  /** Starts the next name, or retires this lane when the names or the time are used up. */
  private void startNext() {
    int started = next.getAndIncrement();
    int i = started - leadIn.size();
    if (i >= names.size() || System.nanoTime() - deadlineNanos > 0) {
      finished.countDown();
      return;
    }
    if (i < 0) {
      startLeadIn(leadIn.get(started));
      return;
    }
    long t0 = System.nanoTime();
    if (i < inFlight) {
      firstStart.accumulateAndGet(t0, Math::min);
    }
    ask(names.get(i)).whenComplete((n, error) -> {
      long t1 = System.nanoTime();
      latencies[i] = Math.max(t1 - t0, 1);
      if (error != null) {
        failed.incrementAndGet();
      } else {
        addresses.addAndGet(n);
      }
      lastDone.accumulateAndGet(t1, Math::max);
      done.incrementAndGet();
      startNext();
    });
  }

  /** A look-up of the lead-in: when it ends, measured or not, the next name starts. */
  private void startLeadIn(String name) {
    ask(name).whenComplete((n, error) -> startNext());
  }

  /** The peer's look-up of {@code name}; one that throws instead of failing its future fails it. */
  private java.util.concurrent.CompletableFuture<Integer> ask(String name) {
    try {
      return peer.lookup(name);
    } catch (RuntimeException e) {
      return java.util.concurrent.CompletableFuture.failedFuture(e);
    }
  }
}
