package dev.addrinfo.netty.internal;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import java.net.InetSocketAddress;

/**
 * One UDP socket of the pool, bound to a kernel-chosen ephemeral port and connected to one server,
 * with the exchanges waiting on it. Once retired it takes no new queries and closes when its last
 * exchange ends.
 */
final class UdpSocket implements ExchangeHost {
  final InetSocketAddress server;
  final long createdNanos;
  final InFlightTable inFlight = new InFlightTable();
  Channel channel;
  ChannelFuture bound;
  WriteBatcher writes;
  int uses;
  boolean retired;

  UdpSocket(InetSocketAddress server, long createdNanos) {
    this.server = server;
    this.createdNanos = createdNanos;
  }

  /** Takes the channel being bound and connected. */
  void attach(ChannelFuture bound) {
    this.bound = bound;
    this.channel = bound.channel();
    this.writes = new WriteBatcher(channel);
  }

  void retire() {
    if (retired) {
      return;
    }
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
