package dev.addrinfo.netty.transport;

import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.DnsTransport;
import dev.addrinfo.spi.QueryOptions;
import dev.addrinfo.spi.QueryTrace;
import dev.addrinfo.spi.RouteProbe;
import dev.addrinfo.spi.TransportStats;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.EventExecutor;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * The {@link DnsTransport} on Netty: one try of one question over UDP, then TCP if the answer is
 * truncated (or TCP only, for {@code use-vc}), with EDNS0 and its FORMERR fallback, validated
 * against forgery and decoded strictly.
 *
 * <p><b>Threads.</b> Without a caller's group the transport owns {@value #DEFAULT_THREADS} event
 * loop, a daemon thread named {@code addrinfo-dns-N-M} (transport N, thread M; daemon so that a
 * forgotten transport never keeps a JVM alive), started with the first query: a resolver that only reads files starts no thread. It runs
 * Linux's native epoll when Netty's native library loads, NIO otherwise. With a caller's group
 * ({@link Builder#eventLoopGroup}) it uses that group's loops (epoll or NIO) and owns none.
 *
 * <p><b>Sockets.</b> Each event loop owns, per server asked (up to 8), a pool of
 * {@code udpSocketPoolSize} UDP sockets (default {@value #DEFAULT_UDP_SOCKET_POOL_SIZE}), bound to
 * kernel-chosen ephemeral ports (Linux picks them at random in 32768-60999, about 28,000 ports) and
 * connected to that server. The first query of a loop turn to a server takes a socket at random,
 * and the turn's other queries to it share that socket and its one flush ({@code sendmmsg} on
 * epoll); a socket is retired and replaced by a fresh one after {@code udpSocketUses} queries (256
 * by default) or 10 seconds.
 * Connecting is what lets the kernel report an ICMP port unreachable: a try to a server with
 * nothing listening on its port fails at once with an {@link IOException} saying "connection
 * refused by" the server, as with glibc, instead of at its timeout. A fresh socket per query was
 * the alternative: opening, connecting, registering and closing a Netty channel costs 30 to 100
 * microseconds here, more than the rest of a query. An off-path forger who does not know the port
 * must guess port and ID: 1 in 28,000 x 65,536, about 2^31, the same odds against all queries in
 * flight whether they share sockets or not; one who learns a port through a side channel (as in
 * SAD DNS, which takes seconds of probing) can use it for at most 256 queries or 10 seconds, each
 * still guarded by a random ID and the question check (at 60,000 queries a second a socket lasts
 * about 140 ms). IDs come from the random source (default {@link SecureRandom}, drawn in 256-byte
 * blocks) and are unique among the queries waiting on a socket.
 *
 * <p><b>Flow.</b> One event loop keeps at most {@code udpWindow} tries on the wire to one server
 * (default {@value #DEFAULT_UDP_WINDOW}); more wait in a queue, their timeout not started, until
 * one ends. A burst of 100,000 lookups thus reaches the server at the pace it answers instead of
 * overflowing its receive buffer.
 *
 * <p><b>Acceptance.</b> A UDP answer counts only from the exact address and port asked, with the ID
 * and question (name ignoring case, type, class IN) sent; anything else, and any message the strict
 * decoder rejects, is dropped and counted in {@link #stats()}, and the query keeps waiting. TCP
 * answers on a connection to the server are matched by ID and question. TCP to a server is owned by
 * one event loop (chosen by the server address), holds at most one connection to it, multiplexed by
 * ID, and keeps it 2 seconds after its last exchange, so back-to-back truncations share one.
 *
 * <p><b>Random letter case (DNS 0x20)</b>, off by default ({@link Builder#randomizeCase}): each
 * ASCII letter of a UDP question goes in a random case, and an answer must copy the question in
 * that exact case. An answer that changes only the case is dropped (and counted in
 * {@link #caseRandomizationStats()}); the try asks the server again at once with the name as given,
 * and a server that changes the case of 3 tries in a row is sent names as given for 10 minutes.
 *
 * <p><b>Costs.</b> No thread per query and no timer thread: timeouts are FIFO lists on each loop,
 * woken by one scheduled task. Buffers are pooled and released on every path. A query from a thread
 * outside the loops costs one task hand-off.
 *
 * @since 0.1
 */
public final class NettyDnsTransport implements DnsTransport {
  /** UDP sockets per event loop and server unless {@link Builder#udpSocketPoolSize} says otherwise. */
  public static final int DEFAULT_UDP_SOCKET_POOL_SIZE = 32;
  /** UDP tries on the wire per event loop and server unless {@link Builder#udpWindow} says otherwise. */
  public static final int DEFAULT_UDP_WINDOW = 512;
  /** Queries a UDP socket carries before a fresh one replaces it, unless {@link Builder#udpSocketUses} says otherwise. */
  public static final int DEFAULT_UDP_SOCKET_USES = 256;
  /** The longest TCP answer accepted unless {@link Builder#maxTcpMessageLength} says otherwise. */
  public static final int DEFAULT_MAX_TCP_MESSAGE_LENGTH = 65_535;
  /** Event loop threads the transport makes unless {@link Builder#threads} says otherwise. */
  public static final int DEFAULT_THREADS = 1;

  private final Counters counters = new Counters();
  private final TransportShards shards;

  private NettyDnsTransport(Builder b) {
    if (b.group != null) {
      for (EventExecutor e : b.group) {
        if (!(e instanceof EventLoop loop)) {
          throw new IllegalArgumentException("group holds " + e.getClass().getName() + ", not an event loop");
        }
        ChannelKind.of(loop);
      }
    }
    this.shards = new TransportShards(b.group, b.threads, new TransportContext(
        b.random != null ? b.random : new SecureRandom(), b.trace, b.udpSocketPoolSize, b.udpSocketUses,
        b.udpWindow, b.maxTcpMessageLength, counters, b.randomizeCase));
  }

  /** {@return a builder with every setting at its default} */
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
    CompletableFuture<DnsResponse> result = new CompletableFuture<>();
    send(question, server, options, (response, failure) -> {
      if (failure != null) {
        result.completeExceptionally(failure);
      } else {
        result.complete(response);
      }
    });
    return result;
  }

  /**
   * Sends one try; {@code done} is called once, on an event-loop thread (it must not block), with
   * the response or the failure, as {@link #query} completes its stage, but with no future made.
   */
  @Override
  public void send(DnsQuestion question, InetSocketAddress server, QueryOptions options,
      BiConsumer<? super DnsResponse, ? super Throwable> done) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(done, "done");
    Query query = new Query(question, server, options, done);
    if (server.isUnresolved()) {
      query.completeExceptionally(new IllegalArgumentException("server address is unresolved: " + server));
      return;
    }
    String problem = QueryMessages.problemWith(question.name());
    if (problem != null) {
      query.completeExceptionally(new IllegalArgumentException(problem));
      return;
    }
    TransportShard shard = shards.forCaller();
    if (shard == null) {
      query.completeExceptionally(new IOException("transport closed; not asking " + server));
      return;
    }
    shard.submit(query);
  }

  @Override
  public TransportStats stats() {
    return new TransportStats(counters.sent.sum(), counters.answered.sum(), counters.timeouts.sum(),
        counters.droppedWrongSource.sum(), counters.droppedWrongId.sum(), counters.droppedWrongQuestion.sum(),
        counters.droppedMalformed.sum(), counters.tcpFallbacks.sum(), counters.ednsFallbacks.sum());
  }

  /**
   * What random letter case (DNS 0x20) has done since the transport was built; all 0 when it is off.
   * Answers dropped for their case are also counted in {@link #stats()} as the wrong question.
   *
   * @return a snapshot of the counters
   */
  public CaseRandomizationStats caseRandomizationStats() {
    return new CaseRandomizationStats(counters.caseRandomized.sum(), counters.droppedWrongCase.sum(),
        counters.caseNotKept.sum());
  }

  /**
   * DNS 0x20 counters, exact when the transport is quiet.
   *
   * @param randomized UDP queries sent with random letter case
   * @param droppedWrongCase answers dropped because they changed only the letter case of the
   *     question; each made its try ask again with the name as given
   * @param serversNotKeepingCase times a server changed the case of 3 tries in a row and was then
   *     sent names as given for 10 minutes (counted per event loop)
   * @since 0.1
   */
  public record CaseRandomizationStats(long randomized, long droppedWrongCase, long serversNotKeepingCase) {}

  /** Netty's native sockets, where its epoll library loads: a cheaper source-address probe than the JDK's. */
  @Override
  public RouteProbe routeProbe() {
    return NativeRouteProbe.ifAvailable();
  }

  /**
   * Fails every try in flight with an IOException, closes every socket and shuts down the event
   * loops if the transport created them. Waits up to 5 seconds for the loops to run the closing
   * (not when called on one of them). Idempotent.
   */
  @Override
  public void close() {
    shards.close();
  }

  /** Builds a {@link NettyDnsTransport}. */
  public static final class Builder {
    private EventLoopGroup group;
    private int threads = DEFAULT_THREADS;
    private Consumer<QueryTrace> trace;
    private RandomGenerator random;
    private int udpSocketPoolSize = DEFAULT_UDP_SOCKET_POOL_SIZE;
    private int udpSocketUses = DEFAULT_UDP_SOCKET_USES;
    private int udpWindow = DEFAULT_UDP_WINDOW;
    private int maxTcpMessageLength = DEFAULT_MAX_TCP_MESSAGE_LENGTH;
    private boolean randomizeCase;

    private Builder() {}

    /**
     * The event loops to run on (epoll or NIO ones); the caller keeps ownership and must keep them
     * running while the transport is used. {@link #build()} throws an IllegalArgumentException when
     * a loop of the group runs neither.
     *
     * @param group the caller's event loops
     * @return this builder
     */
    public Builder eventLoopGroup(EventLoopGroup group) {
      this.group = Objects.requireNonNull(group, "group");
      return this;
    }

    /**
     * Event loop threads the transport makes when not given a group, 1 to 64; 1 by default.
     *
     * @param threads the number of threads
     * @return this builder
     * @throws IllegalArgumentException if it is outside 1 to 64
     */
    public Builder threads(int threads) {
      if (threads < 1 || threads > 64) {
        throw new IllegalArgumentException("threads out of range 1-64: " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Called once per exchange, on an event-loop thread: must not block.
     *
     * @param trace told of each exchange, or null for none
     * @return this builder
     */
    public Builder trace(Consumer<QueryTrace> trace) {
      this.trace = trace;
      return this;
    }

    /**
     * Where IDs and socket choices come from; {@link SecureRandom} by default. Tests may fix it;
     * it must be safe to call from several event-loop threads.
     *
     * @param random the source of IDs and socket choices
     * @return this builder
     */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * UDP sockets per event loop and server, 1 to 1024; {@value #DEFAULT_UDP_SOCKET_POOL_SIZE} by default.
     *
     * @param size the pool size
     * @return this builder
     * @throws IllegalArgumentException if it is outside 1 to 1024
     */
    public Builder udpSocketPoolSize(int size) {
      if (size < 1 || size > 1024) {
        throw new IllegalArgumentException("UDP socket pool size out of range 1-1024: " + size);
      }
      this.udpSocketPoolSize = size;
      return this;
    }

    /**
     * Queries a UDP socket carries before a fresh socket, on a new random port, takes its place:
     * 1 to 65536, {@value #DEFAULT_UDP_SOCKET_USES} by default. 1 gives every query a port of its
     * own, as glibc does, at the price of opening and closing a socket per query (measured in the
     * README's performance section); a socket also retires after 10 seconds whatever this says.
     *
     * @param uses the number of queries
     * @return this builder
     * @throws IllegalArgumentException if it is outside 1 to 65536
     */
    public Builder udpSocketUses(int uses) {
      if (uses < 1 || uses > 65_536) {
        throw new IllegalArgumentException("UDP socket uses out of range 1-65536: " + uses);
      }
      this.udpSocketUses = uses;
      return this;
    }

    /**
     * Tries one event loop keeps on the wire to one server over UDP, 1 to 16384; more wait their
     * turn. {@value #DEFAULT_UDP_WINDOW} by default.
     *
     * @param window the number of tries
     * @return this builder
     * @throws IllegalArgumentException if it is outside 1 to 16384
     */
    public Builder udpWindow(int window) {
      if (window < 1 || window > 16_384) {
        throw new IllegalArgumentException("UDP window out of range 1-16384: " + window);
      }
      this.udpWindow = window;
      return this;
    }

    /**
     * The longest TCP answer accepted, 512 to 65535 bytes; 65535 by default.
     *
     * @param length the length in bytes
     * @return this builder
     * @throws IllegalArgumentException if it is outside 512 to 65535
     */
    public Builder maxTcpMessageLength(int length) {
      if (length < 512 || length > 65_535) {
        throw new IllegalArgumentException("max TCP message length out of range 512-65535: " + length);
      }
      this.maxTcpMessageLength = length;
      return this;
    }

    /**
     * DNS 0x20 (draft-vixie-dnsext-dns0x20): sends each ASCII letter of a UDP question in a random
     * case and takes only answers that copy the question in that exact case. Off by default.
     *
     * <p><b>What it buys.</b> An off-path forger must guess, besides the 16-bit ID and the port
     * (about 15 bits: Linux picks ports among 28,232), one bit per letter of the name: 13 more bits
     * for {@code www.example.com}, 10 for an IPv4 reverse name, at most 63. Servers copy the question
     * into their answer (RFC 1035), so the real answer passes; results are unchanged, canonical names
     * included (names the answer spells through the question come back in the caller's case).
     *
     * <p><b>What it costs.</b> A 16-bit draw from the buffered random source per 16 characters of the
     * name, and the flips: about 30 ns a query; checking the answer's case takes the place of the
     * ordinary compare of its question and costs nothing more. Over TCP (truncated answers,
     * {@code use-vc}) names go as given: a forger would need the connection's sequence numbers.
     * Some forwarders and middleboxes answer in another case: such an answer is dropped and
     * its try asked again at once with the name as given (one more round trip); after 3 tries in a
     * row like that, the server is sent names as given for 10 minutes, per event loop. A forger who
     * guessed port and ID can force that second round trip, and must then guess port and ID again
     * for it. glibc does not do this, so with it on, the queries a server sees differ from glibc's
     * in letter case only.
     *
     * @param on whether to randomize the letter case of UDP questions
     * @return this builder
     */
    public Builder randomizeCase(boolean on) {
      this.randomizeCase = on;
      return this;
    }

    /**
     * Builds the transport. Starts no thread and opens no socket yet: the first query does.
     *
     * @return a new transport, to close when done (a {@link dev.addrinfo.Resolver} given it closes it)
     * @throws IllegalArgumentException if the group holds a loop that is neither epoll nor NIO
     */
    public NettyDnsTransport build() {
      return new NettyDnsTransport(this);
    }
  }
}
