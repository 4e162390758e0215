package dev.addrinfo.testing.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for a condition instead of sleeping a fixed time: polls every 5 ms up to a generous
 * deadline, so a busy machine makes a test slower, never wrong.
 */
public final class Await {
  /** Long enough for a loaded 2-core machine; a healthy run returns in milliseconds. */
  public static final Duration GENEROUS = Duration.ofSeconds(20);

  private Await() {}

  /** Returns once {@code condition} holds; fails naming {@code what} after {@link #GENEROUS}. */
  public static void until(String what, BooleanSupplier condition) {
    until(what, GENEROUS, condition, () -> "");
  }

  /** As {@link #until(String, BooleanSupplier)}, with a description of the state on failure. */
  public static void until(String what, Duration limit, BooleanSupplier condition, Supplier<String> state) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited " + limit.toMillis() + " ms for: " + what + " " + state.get());
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for: " + what, e);
      }
    }
  }
}
