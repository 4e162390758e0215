package dev.addrinfo.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.DoubleSupplier;

/** Reads meters by name and tags, and waits for a count to be reached. */
final class Meters {
  private static final long DEADLINE_NANOS = 10_000_000_000L;

  private Meters() {}

  /**
   * The count of the one counter, function counter or timer with this name and tags ({@code key,
   * value, ...}); fails when there is none.
   */
  static double count(MeterRegistry registry, String name, String... tags) {
    Meter m = registry.get(name).tags(tags).meter();
    if (m instanceof Counter c) {
      return c.count();
    } else if (m instanceof FunctionCounter f) {
      return f.count();
    } else if (m instanceof Timer t) {
      return t.count();
    }
    throw new AssertionError(name + " is a " + m.getClass().getName());
  }

  /**
   * Waits until the meter counts {@code expected} (counters the transport updates on its event loop
   * may lag the future a test waited on), then asserts it does.
   */
  static void assertCount(double expected, MeterRegistry registry, String name, String... tags) {
    awaitThenAssert(expected, () -> count(registry, name, tags), name + " " + String.join(",", tags));
  }

  private static void awaitThenAssert(double expected, DoubleSupplier actual, String what) {
    long start = System.nanoTime();
    while (actual.getAsDouble() != expected && System.nanoTime() - start < DEADLINE_NANOS) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what, e);
      }
    }
    assertEquals(expected, actual.getAsDouble(), what);
  }
}
