package dev.addrinfo.netty.transport;

import dev.addrinfo.spi.DnsRefusedException;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.DnsStreamException;
import dev.addrinfo.spi.DnsTimeoutException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.unix.Errors;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.util.concurrent.RejectedExecutionException;

/**
 * Everything the transport does on one event loop: its UDP sockets, its TCP connections, the
 * timeouts, and the tries in flight on them. All state is confined to the loop, so nothing here
 * takes a lock; a query from another thread arrives as one task.
 *
 * <p>Every way a try can end goes through {@link #endExchange}: the answer, the timeout, a socket
 * error, a send that cannot happen, the transport closing, or an exception thrown by any step,
 * which fails the try instead of leaving it waiting.
 */
final class TransportShard implements UdpSocketPool.PacketSink, TcpConnections.Sink {
  private final EventLoop loop;
  private final TransportContext context;
  private final Counters counters;
  private final UdpSocketPool udp;
  private final TcpConnections tcp;
  private final Deadlines deadlines;
  private final RandomBits random;
  private final ExchangeOutcomes outcomes;
  private final ByteBufAllocator alloc;
  private final boolean randomizeCase;
  private TransportShard[] peers = {this};
  private boolean closed;

  public TransportShard(EventLoop loop, ChannelKind kind, TransportContext context, ByteBufAllocator alloc) {
    this.loop = loop;
    this.context = context;
    this.counters = context.counters();
    this.udp = new UdpSocketPool(loop, kind, context.udpSocketPoolSize(), context.udpSocketUses(), this);
    this.tcp = new TcpConnections(loop, kind, context.maxTcpMessageLength(), this);
    this.deadlines = new Deadlines(loop, this::onTimeout);
    this.random = new RandomBits(context.random());
    this.outcomes = new ExchangeOutcomes(context);
    this.alloc = alloc;
    this.randomizeCase = context.randomizeCase();
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
  TransportShard tcpShardFor(InetSocketAddress server) {
    return peers[Math.floorMod(server.hashCode(), peers.length)];
  }

  /** Starts {@code query} on this shard's loop (or, for TCP only, on the server's TCP shard); any thread. */
  public void submit(Query query) {
    if (query.options.tcpOnly()) {
      TransportShard owner = tcpShardFor(query.server);
      owner.run(query, false);
    } else {
      run(query, true);
    }
  }

  private void run(Query query, boolean overUdp) {
    if (loop.inEventLoop()) {
      start(query, overUdp);
      return;
    }
    try {
      loop.execute(() -> start(query, overUdp));
    } catch (RejectedExecutionException e) {
      query.completeExceptionally(closedError(query));
    }
  }

  /** Starts an exchange of {@code query}; whatever this throws ends the try instead of leaving it waiting. */
  private void start(Query query, boolean overUdp) {
    if (closed) {
      query.completeExceptionally(closedError(query));
      return;
    }
    try {
      if (overUdp) {
        sendUdp(query);
      } else {
        sendTcp(query);
      }
    } catch (RuntimeException | Error e) {
      endExchange(query);
      query.completeExceptionally(new IOException("cannot ask " + query.describeServer() + " for "
          + query.question.name() + " " + query.question.type() + ": " + e, e));
    }
  }

  private void sendUdp(Query query) {
    ServerLane lane = udp.lane(query.server);
    if (lane.onWire >= context.udpWindow()) {
      lane.enqueue(query);
      return;
    }
    long now = System.nanoTime();
    UdpSocket socket = udp.pick(lane, random, now);
    int id = socket.inFlight.freshId(random);
    lane.onWire++;
    begin(query, socket, id, false);
    if (randomizeCase && !query.caseNotKept && lane.caseMemory.randomize(now)) {
      query.caseBits = QuestionCase.draw(query.question.name(), random);
      counters.caseRandomized.increment();
    }
    ByteBuf message = QueryMessages.udp(alloc, id, query.question, query.options.recursionDesired(), query.edns,
        query.caseBits);
    send(query, socket, id, socket.bound, socket.writes, message);
  }

  private void sendTcp(Query query) {
    TcpConnection c = tcp.get(query.server, query.options.timeout().toMillis());
    int id = c.inFlight.freshId(random);
    begin(query, c, id, true);
    ByteBuf message = QueryMessages.tcp(alloc, id, query.question, query.options.recursionDesired(), query.edns);
    send(query, c, id, c.connected, c.writes, message);
  }

  private void begin(Query query, ExchangeHost host, int id, boolean overTcp) {
    query.host = host;
    query.id = id;
    query.caseBits = 0;
    query.tcp = overTcp;
    query.sent = false;
    host.inFlight().put(query);
  }

  /**
   * Writes once the socket is bound or connected (a UDP bind ends at once; a TCP connect within its
   * timeout, which is the try's), and starts the try's timeout then: the wait is for the answer, not
   * for the socket. The message is released on every path.
   */
  private void send(Query query, ExchangeHost host, int id, ChannelFuture ready, WriteBatcher writes,
      ByteBuf message) {
    if (ready.isDone()) {
      write(query, host, id, ready, writes, message);
    } else {
      ready.addListener(f -> write(query, host, id, ready, writes, message));
    }
  }

  private void write(Query query, ExchangeHost host, int id, ChannelFuture ready, WriteBatcher writes,
      ByteBuf message) {
    if (query.host != host || query.id != id) {
      message.release(); // the exchange already ended (timeout, close)
      return;
    }
    if (!ready.isSuccess()) {
      message.release();
      String why = "cannot open " + query.transport() + " socket to " + query.describeServer();
      fail(query, refused(ready.cause()) ? new DnsRefusedException(why + ": connection refused" + asking(query))
          : new IOException(why + asking(query)),
          ready.cause());
      return;
    }
    counters.sent.increment();
    query.sentNanos = System.nanoTime();
    query.sent = true;
    deadlines.arm(query, query.sentNanos);
    writes.write(message);
  }

  @Override
  public void onPacket(UdpSocket socket, DatagramPacket packet) {
    ByteBuf msg = packet.content();
    if (msg.readableBytes() < ResponseReader.HEADER_LENGTH) {
      counters.droppedMalformed.increment();
      return;
    }
    Query query = socket.inFlight.get(msg.getUnsignedShort(msg.readerIndex()));
    if (query == null) {
      counters.droppedWrongId.increment();
    } else if (!Servers.sameEndpoint(packet.sender(), query.server)) {
      counters.droppedWrongSource.increment();
    } else {
      onMessage(query, msg);
    }
  }

  @Override
  public void onMessage(TcpConnection connection, ByteBuf msg) {
    if (msg.readableBytes() < ResponseReader.HEADER_LENGTH) {
      counters.droppedMalformed.increment();
      return;
    }
    Query query = connection.inFlight.get(msg.getUnsignedShort(msg.readerIndex()));
    if (query == null) {
      counters.droppedWrongId.increment();
    } else {
      onMessage(query, msg);
    }
  }

  private void onMessage(Query query, ByteBuf msg) {
    long arrived = System.nanoTime();
    int echo = QuestionCase.echo(msg, query);
    DecodedMessage decoded;
    try {
      decoded = ResponseReader.read(msg, query.server, query.tcp);
    } catch (RuntimeException e) {
      // CorruptedFrameException for what the reader rejects; anything else would be our bug, and the same.
      counters.droppedMalformed.increment();
      return;
    }
    if (!outcomes.answers(query, decoded, msg, echo)) {
      counters.droppedWrongQuestion.increment();
      return;
    }
    if (echo == QuestionCase.CASE_CHANGED) {
      askAgainAsGiven(query, arrived, decoded);
      return;
    }
    boolean overTcp = query.tcp;
    endExchange(query);
    outcomes.trace(query, arrived, decoded.rcode(), decoded.answerCount(), decoded.truncated(), "ok");
    if (decoded.truncated() && !overTcp) {
      counters.tcpFallbacks.increment();
      tcpShardFor(query.server).run(query, false);
    } else if (decoded.rcode() == DnsResponse.FORMERR && query.edns) {
      counters.ednsFallbacks.increment();
      query.edns = false;
      start(query, !overTcp);
    } else {
      counters.answered.increment();
      query.complete(decoded.response());
    }
  }

  /**
   * DNS 0x20: an answer that changed only the letter case of the question is dropped; the try asks
   * again at once with the name as given (see {@link QuestionCase} for why).
   */
  private void askAgainAsGiven(Query query, long arrived, DecodedMessage decoded) {
    counters.droppedWrongQuestion.increment();
    counters.droppedWrongCase.increment();
    if (((UdpSocket) query.host).lane.caseMemory.changed(arrived)) {
      counters.caseNotKept.increment();
    }
    endExchange(query);
    outcomes.trace(query, arrived, decoded.rcode(), decoded.answerCount(), decoded.truncated(),
        "answer changed the letter case of the question; asking again with the name as given");
    query.caseNotKept = true;
    start(query, true);
  }

  /**
   * The socket cannot reach its server: a refusal (ICMP port unreachable, so nothing listens on the
   * server's port), another ICMP error, or a failed send. Every try waiting on the socket (all to
   * that server) fails now rather than at its timeout, as glibc's res_send gives up on a server at
   * ECONNREFUSED. An off-path forger of ICMP can do no more than a forged answer.
   */
  @Override
  public void onSocketError(UdpSocket socket, Throwable cause) {
    for (Query q : socket.inFlight.snapshot()) {
      fail(q, refused(cause)
          ? new DnsRefusedException("connection refused by " + Servers.describe(socket.server)
              + " over udp (ICMP port unreachable)" + asking(q))
          : new IOException("udp socket to " + Servers.describe(socket.server) + " failed: " + cause.getMessage()
              + asking(q)), cause);
    }
  }

  /**
   * A refusal: ICMP port unreachable (NIO says so with its own exception, epoll with the errno of a
   * send or read) or a TCP connection refused.
   */
  private static boolean refused(Throwable cause) {
    return cause instanceof PortUnreachableException || cause instanceof java.net.ConnectException
        || (cause instanceof Errors.NativeIoException e && e.expectedErr() == Errors.ERROR_ECONNREFUSED_NEGATIVE);
  }

  @Override
  public void onLaneRetired(ServerLane lane) {
    for (Query q = lane.drain(); q != null; ) {
      Query next = q.nextWaiting;
      q.completeExceptionally(new IOException("more than " + UdpSocketPool.MAX_SERVERS
          + " servers asked at once; gave up waiting to ask " + q.describeServer()));
      q = next;
    }
  }

  @Override
  public void onFailure(TcpConnection connection, String why, boolean malformed) {
    if (malformed) {
      counters.droppedMalformed.increment();
    }
    for (Query q : connection.inFlight.snapshot()) {
      fail(q, new DnsStreamException(why + asking(q)), null);
    }
  }

  private void onTimeout(Query query) {
    if (query.host == null) {
      return;
    }
    long now = System.nanoTime();
    endExchange(query);
    counters.timeouts.increment();
    outcomes.trace(query, now, -1, 0, false, "timeout");
    query.completeExceptionally(new DnsTimeoutException(
        "no answer from " + query.describeServer() + " over " + query.transport() + " within "
            + query.options.timeout().toMillis() + " ms for " + query.question.name() + " " + query.question.type()));
  }

  private void fail(Query query, IOException e, Throwable cause) {
    if (query.host == null) {
      return;
    }
    long now = System.nanoTime();
    endExchange(query);
    outcomes.trace(query, now, -1, 0, false, e.getMessage());
    if (cause != null && e.getCause() == null) {
      e.initCause(cause);
    }
    query.completeExceptionally(e);
  }

  private static String asking(Query query) {
    return " (asking " + query.question.name() + " " + query.question.type() + ")";
  }

  /**
   * Ends the exchange in progress: stops its timeout, frees its ID, and for UDP gives its place on
   * the wire to the server's longest-waiting try. Nothing if no exchange is in progress.
   */
  private void endExchange(Query query) {
    ExchangeHost host = query.host;
    if (host == null) {
      return;
    }
    query.host = null;
    deadlines.disarm(query);
    host.forget(query);
    if (host instanceof UdpSocket socket) {
      ServerLane lane = socket.lane;
      lane.onWire--;
      Query waiting = lane.dequeue();
      if (waiting != null) {
        start(waiting, true);
      }
    }
  }

  /** Fails every try in flight or waiting and closes every socket; runs on the loop. */
  public void close() {
    closed = true;
    udp.close();
    for (ServerLane lane : udp.lanes()) {
      for (Query q = lane.drain(); q != null; ) {
        Query next = q.nextWaiting;
        q.completeExceptionally(closedError(q));
        q = next;
      }
    }
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
    for (Query q : table.snapshot()) {
      fail(q, new IOException("transport closed while asking " + q.describeServer() + asking(q)), null);
    }
  }

  private static IOException closedError(Query query) {
    return new IOException("transport closed; not asking " + query.describeServer());
  }
}
