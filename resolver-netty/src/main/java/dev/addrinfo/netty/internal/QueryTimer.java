package dev.addrinfo.netty.internal;

import io.netty.channel.EventLoop;
import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The one timer for every try's timeout: a hashed wheel of 512 slots ticking every 10 ms, on one
 * daemon thread per transport.
 *
 * <p>Why a wheel and not the event loop's scheduler: with 64 to thousands of tries in flight and
 * nearly all answered within milliseconds, almost every timeout is cancelled. On the event loop each
 * try would cost a scheduled-task object in a priority queue (O(log n) insert and remove, on the
 * hot thread); on the wheel, arming and cancelling are a lock-free queue offer each, and the wheel
 * thread does the bookkeeping off the event loop. The price is up to one tick (10 ms) of lateness,
 * nothing against timeouts of seconds. A timeout that does fire hops to the exchange's event loop,
 * where all its state lives.
 */
public final class QueryTimer implements AutoCloseable {
  private final HashedWheelTimer wheel = new HashedWheelTimer(
      new DefaultThreadFactory("addrinfo-dns-timer", true), 10, TimeUnit.MILLISECONDS, 512);

  /** Runs {@code task} on {@code loop} after {@code nanos}, unless cancelled first. */
  Timeout schedule(EventLoop loop, Runnable task, long nanos) {
    return wheel.newTimeout(t -> {
      try {
        loop.execute(task);
      } catch (RejectedExecutionException shutDown) {
        // The loop is gone: close() has already failed every exchange that was waiting.
      }
    }, nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void close() {
    wheel.stop();
  }
}
