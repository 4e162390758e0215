package dev.addrinfo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The result-cache hit counter stays exact and never goes back, with more threads than cells. */
class HitCounterTest {
  @Test
  void manyThreadsSharingCellsLoseNoCountAndTheSumNeverDecreases() throws Exception {
    HitCounter counter = new HitCounter();
    int threads = 150; // more than the 64 cells: some threads must count in the shared adder
    int each = 20_000;
    CountDownLatch start = new CountDownLatch(1);
    AtomicBoolean wentBack = new AtomicBoolean();
    AtomicBoolean done = new AtomicBoolean();
    Thread reader = new Thread(() -> {
      long last = 0;
      while (!done.get()) {
        long now = counter.sum();
        if (now < last) {
          wentBack.set(true);
        }
        last = now;
      }
    });
    reader.start();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread w = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          return;
        }
        for (int i = 0; i < each; i++) {
          counter.increment();
        }
      });
      w.start();
      workers.add(w);
    }
    start.countDown();
    for (Thread w : workers) {
      w.join();
    }
    done.set(true);
    reader.join();
    assertEquals((long) threads * each, counter.sum());
    assertTrue(!wentBack.get(), "a reader saw the sum decrease");
  }
}
