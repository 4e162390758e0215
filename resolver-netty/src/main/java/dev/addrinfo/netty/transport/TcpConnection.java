package dev.addrinfo.netty.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import java.net.InetSocketAddress;

/**
 * One TCP connection to one server, carrying several exchanges told apart by ID (RFC 7766
 * pipelining). It stays open {@link TcpConnections#IDLE_MILLIS} ms after its last exchange ends, so
 * that back-to-back truncated answers from one server share the handshake.
 */
final class TcpConnection implements ExchangeHost {
  final InetSocketAddress server;
  final InFlightTable inFlight = new InFlightTable();
  final ChannelFuture connected;
  final Channel channel;
  final WriteBatcher writes;
  private final Runnable onIdle;
  long idleSinceNanos;

  TcpConnection(InetSocketAddress server, ChannelFuture connected, Runnable onIdle) {
    this.server = server;
    this.connected = connected;
    this.channel = connected.channel();
    this.writes = new WriteBatcher(channel);
    this.onIdle = onIdle;
  }

  boolean usable() {
    return channel.isOpen();
  }

  @Override
  public InFlightTable inFlight() {
    return inFlight;
  }

  @Override
  public void forget(Query query) {
    inFlight.remove(query);
    if (inFlight.isEmpty()) {
      idleSinceNanos = System.nanoTime();
      onIdle.run();
    }
  }
}
