package dev.addrinfo.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoadDriverTest {
  private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);

  @AfterEach
  void stop() {
    timer.shutdownNow();
  }

  /** Answers every name with two addresses after a millisecond; fails names starting with "bad". */
  private final class SlowPeer implements Peer {
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger mostInFlight = new AtomicInteger();
    final Set<String> asked = ConcurrentHashMap.newKeySet();
    final AtomicInteger calls = new AtomicInteger();
    final List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());

    @Override
    public String label() {
      return "slow";
    }

    @Override
    public CompletableFuture<Integer> lookup(String name) {
      calls.incrementAndGet();
      asked.add(name);
      order.add(name);
      mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      CompletableFuture<Integer> f = new CompletableFuture<>();
      timer.schedule(() -> {
        inFlight.decrementAndGet();
        if (name.startsWith("bad")) {
          f.completeExceptionally(new IllegalStateException(name));
        } else {
          f.complete(2);
        }
      }, 1, TimeUnit.MILLISECONDS);
      return f;
    }

    @Override
    public void close() {}
  }

  private static List<String> names(String prefix, int n) {
    List<String> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(prefix + i);
    }
    return list;
  }

  @Test
  void everyNameIsAskedOnceWithNoMoreThanTheGivenNumberInFlight() throws InterruptedException {
    SlowPeer peer = new SlowPeer();
    RunResult r = LoadDriver.run(peer, names("n", 200), 8, Duration.ofSeconds(20));
    assertEquals(200, peer.calls.get());
    assertEquals(200, peer.asked.size());
    assertTrue(peer.mostInFlight.get() <= 8, "most in flight: " + peer.mostInFlight.get());
    assertEquals(200, r.done());
    assertEquals(400, r.addresses());
    assertEquals(200, r.latencies().length);
    assertTrue(r.complete());
    assertTrue(r.quantileMillis(0.5) >= 1.0, "p50 " + r.quantileMillis(0.5));
  }

  @Test
  void failedLookupsAreCountedAndTheRunGoesOn() throws InterruptedException {
    List<String> names = new ArrayList<>(names("n", 10));
    names.addAll(names("bad", 5));
    RunResult r = LoadDriver.run(new SlowPeer(), names, 4, Duration.ofSeconds(20));
    assertEquals(15, r.done());
    assertEquals(5, r.failed());
    assertEquals(20, r.addresses());
  }

  @Test
  void aPastDeadlineStartsNothing() throws InterruptedException {
    SlowPeer peer = new SlowPeer();
    RunResult r = LoadDriver.run(peer, names("n", 50), 4, Duration.ZERO);
    assertEquals(0, peer.calls.get());
    assertEquals(0, r.done());
    assertFalse(r.latencies().length > 0);
  }

  @Test
  void aLeadInFillsTheWindowFirstAndIsNotMeasured() throws InterruptedException {
    SlowPeer peer = new SlowPeer();
    List<String> leadIn = new ArrayList<>(names("lead", 8));
    leadIn.set(3, "bad-lead"); // a failing lead-in look-up is not a failure of the run
    long before = System.nanoTime();
    RunResult r = LoadDriver.run(peer, leadIn, names("n", 100), 4, Duration.ofSeconds(20));
    long wall = System.nanoTime() - before;
    assertEquals(104, peer.calls.get()); // only as many lead-in names as look-ups in flight
    assertEquals(List.of("lead0", "lead1", "lead2", "bad-lead"), peer.order.subList(0, 4));
    assertFalse(peer.asked.contains("lead4"));
    // The run's time starts with the first measured look-up, when a lead-in one has ended: at least
    // a millisecond (the peer's delay) after the run began; and 100 look-ups, 4 at a time, of a
    // millisecond each take at least 25 ms of it.
    assertTrue(r.elapsedNanos() <= wall - 1_000_000L, "elapsed " + r.elapsedNanos() + " of " + wall);
    assertTrue(r.elapsedNanos() >= 25_000_000L, "elapsed " + r.elapsedNanos());
    assertTrue(peer.mostInFlight.get() <= 4, "most in flight: " + peer.mostInFlight.get());
    assertEquals(100, r.done());
    assertEquals(0, r.failed());
    assertEquals(200, r.addresses());
    assertEquals(100, r.latencies().length);
    assertTrue(r.complete());
  }

  @Test
  void aPastDeadlineStartsNoLeadInEither() throws InterruptedException {
    SlowPeer peer = new SlowPeer();
    RunResult r = LoadDriver.run(peer, names("lead", 4), names("n", 50), 4, Duration.ZERO);
    assertEquals(0, peer.calls.get());
    assertEquals(0, r.done());
    assertTrue(r.complete());
  }

  @Test
  void quantilesUseTheNearestRank() {
    long[] ms = {5_000_000, 1_000_000, 3_000_000, 2_000_000, 4_000_000};
    RunResult r = new RunResult("x", 5, 5, 0, 10, 1_000_000_000L, ms, true, new Costs(5_000_000, 5_000));
    assertEquals(3.0, r.quantileMillis(0.5));
    assertEquals(5.0, r.quantileMillis(0.99));
    assertEquals(5.0, r.perSecond());
  }
}
