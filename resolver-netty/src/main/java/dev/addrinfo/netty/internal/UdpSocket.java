package dev.addrinfo.netty.internal;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;

/**
 * One UDP socket of the pool, bound to a kernel-chosen ephemeral port, with the exchanges waiting on
 * it. Once retired it takes no new queries and closes when its last exchange ends.
 */
final class UdpSocket implements ExchangeHost {
  final long createdNanos;
  final InFlightTable inFlight = new InFlightTable();
  Channel channel;
  ChannelFuture bound;
  WriteBatcher writes;
  int uses;
  boolean retired;

  UdpSocket(long createdNanos) {
    this.createdNanos = createdNanos;
  }

  void attach(ChannelFuture bound) {
    this.bound = bound;
    this.channel = bound.channel();
    this.writes = new WriteBatcher(channel);
  }

  void retire() {
    retired = true;
    if (inFlight.isEmpty()) {
      channel.close();
    }
  }

  @Override
  public void forget(Exchange exchange) {
    inFlight.remove(exchange);
    if (retired && inFlight.isEmpty()) {
      channel.close();
    }
  }
}
