package dev.addrinfo.netty.internal;

import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.DnsTimeoutException;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.DatagramPacket;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Everything the transport does on one event loop: its UDP socket pool, its TCP connections, and the
 * exchanges in flight on them. All state is confined to the loop, so nothing here takes a lock;
 * queries from other threads arrive as one task each.
 */
public final class TransportShard implements UdpSocketPool.PacketSink, TcpConnections.Sink {
  private final EventLoop loop;
  private final TransportContext context;
  private final UdpSocketPool udp;
  private final TcpConnections tcp;
  private final ExchangeOutcomes outcomes;
  private TransportShard[] peers = {this};
  private boolean closed;

  public TransportShard(EventLoop loop, TransportContext context) {
    this.loop = loop;
    this.context = context;
    this.udp = new UdpSocketPool(loop, context.udpSocketPoolSize(), this);
    this.tcp = new TcpConnections(loop, context.maxTcpMessageLength(), this);
    this.outcomes = new ExchangeOutcomes(context);
  }

  public EventLoop loop() {
    return loop;
  }

  /** All shards of the transport, this one included; set once before the first query. */
  public void peers(TransportShard[] all) {
    this.peers = all.clone();
  }

  /**
   * The shard that owns TCP to {@code server}: one per server, so that truncations to it share a
   * connection whichever loop their UDP exchange ran on, while UDP spreads over all loops.
   */
  public TransportShard tcpShardFor(InetSocketAddress server) {
    return peers[Math.floorMod(server.hashCode(), peers.length)];
  }

  /** Starts {@code query} on this shard's loop; callable from any thread. */
  public void submit(Query query) {
    if (query.options.tcpOnly()) {
      tcpShardFor(query.server).run(query, this::sendTcp);
    } else {
      run(query, this::sendUdp);
    }
  }

  private void run(Query query, Consumer<Query> step) {
    if (loop.inEventLoop()) {
      guarded(query, step);
      return;
    }
    try {
      loop.execute(() -> guarded(query, step));
    } catch (RejectedExecutionException e) {
      query.result.completeExceptionally(closedError(query));
    }
  }

  /** Runs a step of {@code query}; whatever it throws ends the query instead of leaving it waiting. */
  private void guarded(Query query, Consumer<Query> step) {
    if (closed) {
      query.result.completeExceptionally(closedError(query));
      return;
    }
    try {
      step.accept(query);
    } catch (RuntimeException | Error e) {
      query.result.completeExceptionally(new IOException("cannot ask " + query.describeServer() + " for "
          + query.question.name() + " " + query.question.type() + ": " + e, e));
    }
  }

  private void sendUdp(Query query) {
    long now = System.nanoTime();
    UdpSocket socket = udp.pick(query.server, context.random(), now);
    Exchange ex = new Exchange(query, false, socket.inFlight.freshId(context.random()), socket, now);
    socket.inFlight.put(ex);
    arm(ex);
    Object packet = message(ex, () -> QueryMessages.udp(query.server, ex.id, query.question,
        query.options.recursionDesired(), query.edns));
    if (packet == null) {
      return;
    }
    if (socket.bound.isDone()) {
      write(ex, socket.bound, socket.writes, packet);
    } else {
      socket.bound.addListener(f -> write(ex, socket.bound, socket.writes, packet));
    }
  }

  private void sendTcp(Query query) {
    long now = System.nanoTime();
    TcpConnection c = tcp.get(query.server, query.options.timeout().toMillis());
    Exchange ex = new Exchange(query, true, c.inFlight.freshId(context.random()), c, now);
    c.inFlight.put(ex);
    arm(ex);
    Object message = message(ex, () -> QueryMessages.tcp(ex.id, query.question, query.options.recursionDesired(),
        query.edns));
    if (message == null) {
      return;
    }
    if (c.connected.isDone()) {
      write(ex, c.connected, c.writes, message);
    } else {
      c.connected.addListener(f -> write(ex, c.connected, c.writes, message));
    }
  }

  /**
   * The query message, or null after failing the exchange: Netty checks the name again (and puts it
   * through IDN) when it builds the question; {@link QueryMessages#problemWith} should have refused
   * anything it would, but a surprise must fail the try, not the event loop.
   */
  private Object message(Exchange ex, Supplier<Object> build) {
    try {
      return build.get();
    } catch (RuntimeException e) {
      failIo(ex, "cannot write a query for " + ex.query.question.name() + ": " + e.getMessage(), e);
      return null;
    }
  }

  // Runs once the socket is bound or connected (or failed to be). The message is released here on
  // every path: by Netty once handed to write, by us when it never is.
  private void write(Exchange ex, ChannelFuture ready, WriteBatcher writes, Object message) {
    if (ex.done || !ready.isSuccess()) {
      ReferenceCountUtil.release(message);
      if (!ex.done) {
        failIo(ex, "cannot open " + ex.transport() + " socket to " + ex.query.describeServer(), ready.cause());
      }
      return;
    }
    context.counters().sent.increment();
    writes.write(message).addListener(f -> {
      if (f.cause() instanceof PortUnreachableException refused && ex.host instanceof UdpSocket socket) {
        // The kernel reports the refusal of an earlier datagram at this send instead of at a read.
        onRefused(socket, refused);
      } else if (!f.isSuccess()) {
        failIo(ex, "cannot send to " + ex.query.describeServer() + " over " + ex.transport(), f.cause());
      }
    });
  }

  private void arm(Exchange ex) {
    ex.timeout = context.timer().schedule(loop, () -> onTimeout(ex), ex.query.options.timeout().toNanos());
  }

  @Override
  public void onPacket(UdpSocket socket, DatagramPacket packet) {
    ByteBuf msg = packet.content();
    if (msg.readableBytes() < ResponseReader.HEADER_LENGTH) {
      context.counters().droppedMalformed.increment();
      return;
    }
    Exchange ex = socket.inFlight.get(msg.getUnsignedShort(msg.readerIndex()));
    if (ex == null) {
      context.counters().droppedWrongId.increment();
    } else if (!Servers.sameEndpoint(packet.sender(), ex.query.server)) {
      context.counters().droppedWrongSource.increment();
    } else {
      onMessage(ex, msg);
    }
  }

  @Override
  public void onMessage(TcpConnection connection, ByteBuf msg) {
    if (msg.readableBytes() < ResponseReader.HEADER_LENGTH) {
      context.counters().droppedMalformed.increment();
      return;
    }
    Exchange ex = connection.inFlight.get(msg.getUnsignedShort(msg.readerIndex()));
    if (ex == null) {
      context.counters().droppedWrongId.increment();
    } else {
      onMessage(ex, msg);
    }
  }

  private void onMessage(Exchange ex, ByteBuf msg) {
    DecodedMessage decoded;
    try {
      decoded = ResponseReader.read(msg, ex.query.server);
    } catch (RuntimeException e) {
      // CorruptedFrameException for what the reader rejects; anything else Netty throws is the same.
      context.counters().droppedMalformed.increment();
      return;
    }
    if (!outcomes.answers(ex, decoded, msg)) {
      context.counters().droppedWrongQuestion.increment();
      return;
    }
    ex.finish();
    outcomes.trace(ex, decoded.rcode(), decoded.answerCount(), decoded.truncated(), "ok");
    Query query = ex.query;
    if (decoded.truncated() && !ex.tcp) {
      context.counters().tcpFallbacks.increment();
      TransportShard owner = tcpShardFor(query.server);
      owner.run(query, owner::sendTcp);
    } else if (decoded.rcode() == DnsResponse.FORMERR && query.edns) {
      context.counters().ednsFallbacks.increment();
      query.edns = false;
      guarded(query, ex.tcp ? this::sendTcp : this::sendUdp);
    } else {
      context.counters().answered.increment();
      query.result.complete(decoded.response());
    }
  }

  /**
   * ICMP port unreachable: nothing listens on the server's port, so every exchange waiting on the
   * socket (all to that server) fails now rather than at its timeout, as glibc's res_send gives up
   * on a server at ECONNREFUSED. An off-path forger of ICMP can do no more than a forged answer.
   */
  @Override
  public void onRefused(UdpSocket socket, PortUnreachableException cause) {
    for (Exchange ex : socket.inFlight.snapshot()) {
      failIo(ex, refusedBy(ex.query), cause);
    }
  }

  private static String refusedBy(Query query) {
    return "connection refused by " + query.describeServer() + " over udp (ICMP port unreachable)";
  }

  @Override
  public void onFailure(TcpConnection connection, String why, boolean malformed) {
    if (malformed) {
      context.counters().droppedMalformed.increment();
    }
    for (Exchange ex : connection.inFlight.snapshot()) {
      failIo(ex, why, null);
    }
  }

  private void onTimeout(Exchange ex) {
    if (!ex.finish()) {
      return;
    }
    context.counters().timeouts.increment();
    outcomes.trace(ex, -1, 0, false, "timeout");
    Query q = ex.query;
    ex.query.result.completeExceptionally(new DnsTimeoutException(
        "no answer from " + q.describeServer() + " over " + ex.transport() + " within "
            + q.options.timeout().toMillis() + " ms for " + q.question.name() + " " + q.question.type()));
  }

  private void failIo(Exchange ex, String why, Throwable cause) {
    if (!ex.finish()) {
      return;
    }
    outcomes.trace(ex, -1, 0, false, why);
    IOException e = new IOException(why + " (asking " + ex.query.question.name() + " " + ex.query.question.type() + ")");
    if (cause != null) {
      e.initCause(cause);
    }
    ex.query.result.completeExceptionally(e);
  }

  /** Fails every exchange in flight and closes every socket; runs on the loop. */
  public void close() {
    closed = true;
    for (UdpSocket s : udp.openSockets()) {
      failAll(s.inFlight);
      s.channel.close();
    }
    for (TcpConnection c : tcp.all()) {
      failAll(c.inFlight);
      c.channel.close();
    }
  }

  private void failAll(InFlightTable table) {
    for (Exchange ex : table.snapshot()) {
      failIo(ex, "transport closed while asking " + ex.query.describeServer(), null);
    }
  }

  private static IOException closedError(Query query) {
    return new IOException("transport closed; not asking " + query.describeServer());
  }
}
