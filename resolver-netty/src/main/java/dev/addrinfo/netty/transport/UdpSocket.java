package dev.addrinfo.netty.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import java.net.InetSocketAddress;
import java.util.concurrent.RejectedExecutionException;

/**
 * One UDP socket of a pool, bound to a kernel-chosen ephemeral port and connected to one server,
 * with the tries waiting on it. Once retired it takes no new queries and closes when its last
 * exchange ends. Confined to its event loop.
 */
final class UdpSocket implements ExchangeHost {
  final ServerLane lane;
  final InetSocketAddress server;
  final long createdNanos;
  final InFlightTable inFlight = new InFlightTable();
  final ChannelFuture bound;
  final Channel channel;
  final WriteBatcher writes;
  int uses;
  /** Queries it carries before it is retired. */
  private final int maxUses;
  boolean retired;

  UdpSocket(ServerLane lane, long createdNanos, int maxUses, ChannelFuture bound) {
    this.lane = lane;
    this.maxUses = maxUses;
    this.server = lane.server;
    this.createdNanos = createdNanos;
    this.bound = bound;
    this.channel = bound.channel();
    this.writes = new WriteBatcher(channel);
  }

  /** Whether it may take one more query at {@code nowNanos}. */
  boolean usable(long nowNanos) {
    return !retired && uses < maxUses && nowNanos - createdNanos <= UdpSocketPool.MAX_AGE_NANOS
        && !(bound.isDone() && !channel.isOpen());
  }

  void retire() {
    if (retired) {
      return;
    }
    retired = true;
    if (inFlight.isEmpty()) {
      closeLater();
    }
  }

  @Override
  public InFlightTable inFlight() {
    return inFlight;
  }

  @Override
  public void forget(Query query) {
    inFlight.remove(query);
    if (retired && inFlight.isEmpty()) {
      closeLater();
    }
  }

  /**
   * Closes the channel in a task of its own: its last answer is often being read when it is
   * forgotten, and the epoll transport, still in its read loop, would read again from the closed
   * descriptor and make (and report) an exception, with its stack trace, before the loop turn's
   * queries are flushed.
   */
  private void closeLater() {
    if (!channel.isRegistered()) {
      channel.close(); // never got a loop (it failed to open): nothing can be reading it
      return;
    }
    try {
      channel.eventLoop().execute(() -> channel.close());
    } catch (RejectedExecutionException e) {
      channel.close(); // the loop has shut down
    }
  }
}
