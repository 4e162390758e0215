package dev.addrinfo.netty.internal;

import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.QueryOptions;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;

/**
 * One try of one question to one server, as the caller sees it: one result, possibly reached
 * through several exchanges (UDP, then TCP after truncation; again without EDNS after FORMERR).
 */
public final class Query {
  final DnsQuestion question;
  final InetSocketAddress server;
  final QueryOptions options;
  final CompletableFuture<DnsResponse> result = new CompletableFuture<>();
  /** Whether the next exchange carries an OPT record; touched by one event loop at a time. */
  boolean edns;

  public Query(DnsQuestion question, InetSocketAddress server, QueryOptions options) {
    this.question = question;
    this.server = server;
    this.options = options;
    this.edns = options.edns0();
  }

  public CompletableFuture<DnsResponse> result() {
    return result;
  }

  String describeServer() {
    return Servers.describe(server);
  }
}
