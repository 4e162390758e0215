package dev.addrinfo.netty.internal;

import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.QueryOptions;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;

/**
 * One try of one question to one server, and the future the caller waits on. A try is one or more
 * exchanges in turn (UDP, then TCP after truncation; again without EDNS after FORMERR), never two
 * at once, so the exchange in progress lives here too: its message ID, the socket or connection it
 * waits on, when it was sent, and its place in the shard's {@link Deadlines}. All of that is
 * touched only on the loop of the shard that runs the exchange.
 */
public final class Query extends CompletableFuture<DnsResponse> {
  final DnsQuestion question;
  final InetSocketAddress server;
  final QueryOptions options;
  final long timeoutNanos;
  /** Whether the next exchange carries an OPT record. */
  boolean edns;

  /** The socket or connection the current exchange waits on; null between exchanges. */
  ExchangeHost host;
  int id;
  boolean tcp;
  /** Whether the current exchange's message has been handed to its socket, and when. */
  boolean sent;
  long sentNanos;

  // Deadlines' intrusive list, and the server's queue of tries waiting for room.
  long deadlineNanos;
  Deadlines.Lane lane;
  Query earlier;
  Query later;
  Query nextWaiting;

  public Query(DnsQuestion question, InetSocketAddress server, QueryOptions options) {
    this.question = question;
    this.server = server;
    this.options = options;
    this.timeoutNanos = options.timeout().toNanos();
    this.edns = options.edns0();
  }

  String transport() {
    return tcp ? "tcp" : "udp";
  }

  String describeServer() {
    return Servers.describe(server);
  }

  @Override
  public String toString() {
    return "Query[" + question.name() + " " + question.type() + " to " + describeServer() + "]";
  }
}
