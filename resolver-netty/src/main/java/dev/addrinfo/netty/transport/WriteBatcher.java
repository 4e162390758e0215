package dev.addrinfo.netty.transport;

import io.netty.channel.Channel;

/**
 * Writes without flushing and flushes once, after the tasks already queued on the event loop have
 * run: the queries of one loop turn that go to one socket (A and AAAA, and every lookup the turn's
 * answers started) leave in one flush, which the epoll transport turns into one {@code sendmmsg}.
 * Writes use the void promise: a failed write reaches the channel's handler instead. Confined to
 * the channel's event loop.
 */
final class WriteBatcher {
  private final Channel channel;
  private final Runnable flushTask;
  private boolean flushPending;

  WriteBatcher(Channel channel) {
    this.channel = channel;
    this.flushTask = () -> {
      flushPending = false;
      channel.flush();
    };
  }

  void write(Object message) {
    channel.write(message, channel.voidPromise());
    if (!flushPending) {
      flushPending = true;
      channel.eventLoop().execute(flushTask);
    }
  }

  /** Whether writes made now leave with the ones before them, in the flush not yet run. */
  boolean batchOpen() {
    return flushPending;
  }
}
