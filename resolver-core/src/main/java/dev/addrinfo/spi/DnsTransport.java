package dev.addrinfo.spi;

import java.net.InetSocketAddress;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;

/**
 * The seam between the resolver's logic and the network: one try of one question to one server.
 * Retries, server rotation, search lists and caching are the caller's; the transport owns sockets,
 * IDs, source ports, the UDP-to-TCP fallback on truncation, EDNS0 (including retrying without it on
 * FORMERR) and the timeout of the try.
 *
 * <p>The returned stage completes with the decoded response, whatever its rcode, or exceptionally
 * with a {@link DnsTimeoutException} when the timeout passes, or another {@link java.io.IOException}
 * when the try cannot be sent or its answer cannot be read. It never completes twice and always
 * completes, also when the transport is closed (with an IOException then).
 *
 * @since 0.1
 */
public interface DnsTransport extends AutoCloseable {
  /**
   * Sends one try of {@code question} to {@code server}. Must return at once, without blocking.
   *
   * @param question the question
   * @param server the server's address and port
   * @param options the timeout and flags of this try
   * @return completes as the interface description says
   */
  CompletionStage<DnsResponse> query(DnsQuestion question, InetSocketAddress server, QueryOptions options);

  /**
   * As {@link #query}, but {@code done} is called once with the response (and a null failure) or
   * the failure (and a null response), on the thread that finished the try. The resolver calls
   * this one; a transport that can call back without a future for every try (Netty's does) saves
   * the future and its stage. What {@code done} throws is the caller's bug and is ignored.
   *
   * @param question the question
   * @param server the server's address and port
   * @param options the timeout and flags of this try
   * @param done called once with the response or the failure
   */
  default void send(DnsQuestion question, InetSocketAddress server, QueryOptions options,
      BiConsumer<? super DnsResponse, ? super Throwable> done) {
    CompletionStage<DnsResponse> stage;
    try {
      stage = query(question, server, options);
    } catch (RuntimeException e) {
      done.accept(null, e);
      return;
    }
    stage.whenComplete(done);
  }

  /** {@return the transport's counters; none by default} */
  default TransportStats stats() {
    return TransportStats.NONE;
  }

  /**
   * A cheaper way than the JDK's to ask the kernel for the source address of a destination, or null
   * for the resolver's own (a JDK datagram channel per probe). Called once, when a resolver is built.
   *
   * @return the probe, or null
   */
  default RouteProbe routeProbe() {
    return null;
  }

  /** Fails every try in flight and releases sockets and buffers. */
  @Override
  void close();
}
