package dev.addrinfo.netty.transport;

import dev.addrinfo.netty.internal.Counters;
import dev.addrinfo.netty.internal.Query;
import dev.addrinfo.netty.internal.QueryMessages;
import dev.addrinfo.netty.internal.QueryTimer;
import dev.addrinfo.netty.internal.TransportContext;
import dev.addrinfo.netty.internal.TransportShard;
import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.DnsTransport;
import dev.addrinfo.spi.QueryOptions;
import dev.addrinfo.spi.QueryTrace;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Future;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * The {@link DnsTransport} on Netty: one try of one question over UDP, then TCP if the answer is
 * truncated (or TCP only, for {@code use-vc}), with EDNS0 and its FORMERR fallback, validated
 * against forgery and decoded strictly.
 *
 * <p><b>Sockets.</b> Each event loop of the group owns, per server asked (up to 8), a pool of
 * {@code udpSocketPoolSize} UDP sockets (default {@value #DEFAULT_UDP_SOCKET_POOL_SIZE}), bound to
 * kernel-chosen ephemeral ports (Linux picks them at random in 32768-60999, about 28,000 ports) and
 * connected to that server. Each query takes a socket at random; a socket is retired and replaced
 * by a fresh one after 64 queries or 10 seconds. Connecting is what lets the kernel report an ICMP
 * port unreachable: a try to a server with nothing listening on its port fails at once with an
 * {@link IOException} saying "connection refused by" the server, as with glibc, instead of at its
 * timeout; every try then waiting on that socket (all to that server) fails with it. A fresh
 * socket per query was the alternative: it costs a socket, bind, epoll registration and close (four
 * syscalls and a Netty channel) per query, which at the 60,000 queries/s this transport is built for
 * (30,000 A+AAAA lookups/s) would double the syscalls of the exchanges themselves on a 2-core
 * machine. The pool pays that once per 64 queries (under 1,000 socket opens/s at that rate). An
 * off-path forger who does not know the port must guess port and ID: 1 in 28,000 x 65,536, about
 * 2^31, the same as with a socket per query; one who learns a port through a side channel (as in
 * SAD DNS, which takes seconds of probing) can use it for at most 64 queries or 10 seconds, each
 * still guarded by a random ID and the question check. IDs come from the random source (default
 * {@link SecureRandom}) and are unique among the queries waiting on a socket.
 *
 * <p><b>Acceptance.</b> A UDP answer counts only from the exact address and port asked, with the ID
 * and question (name ignoring case, type, class IN) sent; anything else, and any message the strict
 * decoder rejects, is dropped and counted in {@link #stats()}, and the query keeps waiting. TCP
 * answers on a connection to the server are matched by ID and question. TCP to a server is owned by
 * one event loop (chosen by the server address), holds at most one connection to it, multiplexed by
 * ID, and keeps it 2 seconds after its last exchange, so back-to-back truncations share one.
 *
 * <p><b>Costs.</b> No thread per query: all state of a socket lives on its event loop; the one extra
 * thread is the timeout wheel (see {@code QueryTimer}: 10 ms ticks, so a timeout fires up to 10 ms
 * late). Writes are flushed once per event-loop turn. Buffers are pooled and released on every
 * path. A query from a thread outside the group costs one task hand-off.
 *
 * <p><b>Codec.</b> Messages are written and read by netty-codec-dns, with checks added where it is
 * more lenient than the hostile-network design asks (names over 255 bytes, record data not filled by
 * its name, fewer records than the header counts); compression loops, pointers out of the message,
 * labels over 63 bytes and anything cut off are Netty's own errors. Reading one answer costs Netty's
 * message and record objects and an {@code IDN.toASCII} per record name, about 2 microseconds for a
 * CNAME + A + SOA answer.
 *
 * @since 0.1
 */
public final class NettyDnsTransport implements DnsTransport {
  public static final int DEFAULT_UDP_SOCKET_POOL_SIZE = 32;
  public static final int DEFAULT_MAX_TCP_MESSAGE_LENGTH = 65_535;

  private final EventLoopGroup ownedGroup;
  private final TransportShard[] shards;
  private final QueryTimer timer;
  private final Counters counters = new Counters();
  private final AtomicInteger nextShard = new AtomicInteger();
  private volatile boolean closed;

  private NettyDnsTransport(Builder b) {
    EventLoopGroup group = b.group;
    if (group == null) {
      int threads = Math.min(2, Runtime.getRuntime().availableProcessors());
      group = new MultiThreadIoEventLoopGroup(threads, NioIoHandler.newFactory());
      ownedGroup = group;
    } else {
      ownedGroup = null;
    }
    timer = new QueryTimer();
    TransportContext context = new TransportContext(
        b.random != null ? b.random : new SecureRandom(), b.trace, b.udpSocketPoolSize, b.maxTcpMessageLength,
        timer, counters);
    List<TransportShard> list = new ArrayList<>();
    for (EventExecutor e : group) {
      list.add(new TransportShard((EventLoop) e, context));
    }
    shards = list.toArray(new TransportShard[0]);
    for (TransportShard s : shards) {
      s.peers(shards);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Sends one try. The stage completes on an event-loop thread (callbacks must not block), with
   * the response, or a {@link dev.addrinfo.spi.DnsTimeoutException}, or an {@link IOException}
   * naming the server; with an {@link IllegalArgumentException} at once when the name cannot be
   * sent (a label over 63 bytes, a name over 255, an empty label, a byte outside printable ASCII
   * or a backslash).
   */
  @Override
  public CompletionStage<DnsResponse> query(DnsQuestion question, InetSocketAddress server, QueryOptions options) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(options, "options");
    if (server.isUnresolved()) {
      return CompletableFuture.failedFuture(new IllegalArgumentException("server address is unresolved: " + server));
    }
    String problem = QueryMessages.problemWith(question.name());
    if (problem != null) {
      return CompletableFuture.failedFuture(new IllegalArgumentException(problem));
    }
    Query query = new Query(question, server, options);
    if (closed) {
      query.result().completeExceptionally(new IOException("transport closed; not asking " + server));
      return query.result();
    }
    shardForCaller().submit(query);
    return query.result();
  }

  private TransportShard shardForCaller() {
    for (TransportShard s : shards) {
      if (s.loop().inEventLoop()) {
        return s;
      }
    }
    return shards[Math.floorMod(nextShard.getAndIncrement(), shards.length)];
  }

  public TransportStats stats() {
    return new TransportStats(counters.sent.sum(), counters.answered.sum(), counters.timeouts.sum(),
        counters.droppedWrongSource.sum(), counters.droppedWrongId.sum(), counters.droppedWrongQuestion.sum(),
        counters.droppedMalformed.sum(), counters.tcpFallbacks.sum(), counters.ednsFallbacks.sum());
  }

  /**
   * Fails every try in flight with an IOException, closes every socket, stops the timer and shuts
   * down the event loops if the transport created them. Waits up to 5 seconds for the loops to
   * run the closing (not when called on one of them). Idempotent.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    List<Future<?>> pending = new ArrayList<>();
    for (TransportShard s : shards) {
      if (s.loop().inEventLoop()) {
        s.close();
      } else if (!s.loop().isShuttingDown()) {
        pending.add(s.loop().submit(s::close));
      }
    }
    for (Future<?> f : pending) {
      f.awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
    timer.close();
    if (ownedGroup != null) {
      ownedGroup.shutdownGracefully(0, 5, TimeUnit.SECONDS);
    }
  }

  /** Builds a {@link NettyDnsTransport}. */
  public static final class Builder {
    private EventLoopGroup group;
    private Consumer<QueryTrace> trace;
    private RandomGenerator random;
    private int udpSocketPoolSize = DEFAULT_UDP_SOCKET_POOL_SIZE;
    private int maxTcpMessageLength = DEFAULT_MAX_TCP_MESSAGE_LENGTH;

    private Builder() {}

    /**
     * The event loops to run on (NIO ones: the transport opens NIO channels); the caller keeps
     * ownership. Without it the transport owns 1 to 2 NIO loops, shut down on close.
     */
    public Builder eventLoopGroup(EventLoopGroup group) {
      this.group = Objects.requireNonNull(group, "group");
      return this;
    }

    /** Called once per exchange, on an event-loop thread: must not block. */
    public Builder trace(Consumer<QueryTrace> trace) {
      this.trace = trace;
      return this;
    }

    /**
     * Where IDs and socket choices come from; {@link SecureRandom} by default. Tests may fix it;
     * it must be safe to call from several event-loop threads.
     */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** UDP sockets per event loop, 1 to 1024; {@value #DEFAULT_UDP_SOCKET_POOL_SIZE} by default. */
    public Builder udpSocketPoolSize(int size) {
      if (size < 1 || size > 1024) {
        throw new IllegalArgumentException("UDP socket pool size out of range 1-1024: " + size);
      }
      this.udpSocketPoolSize = size;
      return this;
    }

    /** The longest TCP answer accepted, 512 to 65535 bytes; 65535 by default. */
    public Builder maxTcpMessageLength(int length) {
      if (length < 512 || length > 65_535) {
        throw new IllegalArgumentException("max TCP message length out of range 512-65535: " + length);
      }
      this.maxTcpMessageLength = length;
      return this;
    }

    public NettyDnsTransport build() {
      return new NettyDnsTransport(this);
    }
  }
}
