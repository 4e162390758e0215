package dev.addrinfo.netty.transport;

import io.netty.channel.EventLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The timeouts of every exchange on one event loop, without a timer thread or an object per
 * exchange. Exchanges with the same timeout expire in the order they started, so each distinct
 * timeout is one FIFO lane, a list linked through the {@link Query} objects themselves: arming
 * appends, disarming unlinks, both O(1). One task scheduled on the loop wakes at the earliest
 * deadline, expires what is due and sleeps until the next; with nearly every exchange answered in
 * milliseconds it runs about once per timeout period. Confined to the loop.
 */
final class Deadlines {
  /** One timeout length's exchanges, oldest first. */
  static final class Lane {
    final long timeoutNanos;
    Query oldest;
    Query newest;

    Lane(long timeoutNanos) {
      this.timeoutNanos = timeoutNanos;
    }
  }

  private final EventLoop loop;
  private final Consumer<Query> onExpiry;
  private final List<Lane> lanes = new ArrayList<>(4);
  private final Runnable check = this::expireDue;
  private boolean wakePending;
  private long wakeAtNanos;

  Deadlines(EventLoop loop, Consumer<Query> onExpiry) {
    this.loop = loop;
    this.onExpiry = onExpiry;
  }

  /** Starts {@code query}'s timeout at {@code nowNanos}. */
  void arm(Query query, long nowNanos) {
    Lane lane = laneFor(query.timeoutNanos);
    query.deadlineNanos = nowNanos + query.timeoutNanos;
    query.lane = lane;
    query.earlier = lane.newest;
    query.later = null;
    if (lane.newest == null) {
      lane.oldest = query;
    } else {
      lane.newest.later = query;
    }
    lane.newest = query;
    if (!wakePending || query.deadlineNanos - wakeAtNanos < 0) {
      wakeAt(query.deadlineNanos, nowNanos);
    }
  }

  /** Stops {@code query}'s timeout; nothing if it has none. */
  void disarm(Query query) {
    Lane lane = query.lane;
    if (lane == null) {
      return;
    }
    if (query.earlier == null) {
      lane.oldest = query.later;
    } else {
      query.earlier.later = query.later;
    }
    if (query.later == null) {
      lane.newest = query.earlier;
    } else {
      query.later.earlier = query.earlier;
    }
    query.lane = null;
    query.earlier = null;
    query.later = null;
  }

  private Lane laneFor(long timeoutNanos) {
    for (int i = 0; i < lanes.size(); i++) {
      if (lanes.get(i).timeoutNanos == timeoutNanos) {
        return lanes.get(i);
      }
    }
    Lane lane = new Lane(timeoutNanos);
    lanes.add(lane);
    return lane;
  }

  // An earlier wake-up may stay scheduled as well; it then finds nothing due and sleeps again.
  private void wakeAt(long deadlineNanos, long nowNanos) {
    wakePending = true;
    wakeAtNanos = deadlineNanos;
    loop.schedule(check, Math.max(0, deadlineNanos - nowNanos), TimeUnit.NANOSECONDS);
  }

  private void expireDue() {
    long now = System.nanoTime();
    wakePending = false;
    for (int i = 0; i < lanes.size(); i++) {
      Lane lane = lanes.get(i);
      while (lane.oldest != null && lane.oldest.deadlineNanos - now <= 0) {
        Query due = lane.oldest;
        disarm(due);
        onExpiry.accept(due);
      }
    }
    long next = Long.MAX_VALUE;
    boolean any = false;
    for (int i = 0; i < lanes.size(); i++) {
      Query oldest = lanes.get(i).oldest;
      if (oldest != null && (!any || oldest.deadlineNanos - next < 0)) {
        next = oldest.deadlineNanos;
        any = true;
      }
    }
    if (any) {
      wakeAt(next, now);
    }
  }
}
