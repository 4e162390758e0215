package dev.addrinfo.micrometer;

import dev.addrinfo.Resolver;
import dev.addrinfo.ResolverStats;
import dev.addrinfo.spi.TransportStats;
import io.micrometer.core.instrument.FunctionCounter;
import java.util.function.ToLongFunction;

/**
 * The function counters that read a resolver's own counters. Each read takes a fresh
 * {@link Resolver#stats()} snapshot: fifteen uncontended {@code LongAdder} sums, about 20 ns with
 * the Netty transport on this 2-core machine (a read of the function counter about 50 ns). Sharing
 * one snapshot among the meters of a scrape was tried and cost more (the clock read that tells when
 * it is stale costs as much as the sums), and its values lagged.
 */
final class StatsMeters {
  private StatsMeters() {}

  static void register(AddrInfoMetrics owner, Resolver resolver) {
    resolverCounter(owner, resolver, AddrInfoMetrics.RESULT_CACHE_HITS,
        "getaddrinfo calls answered with a result finished within the last second", ResolverStats::resultCacheHits);
    resolverCounter(owner, resolver, AddrInfoMetrics.QUESTIONS,
        "DNS questions, answered from the DNS cache or asked", ResolverStats::questions);
    resolverCounter(owner, resolver, AddrInfoMetrics.DNS_CACHE_HITS,
        "DNS questions answered from the DNS cache", ResolverStats::dnsCacheHits);
    resolverCounter(owner, resolver, AddrInfoMetrics.SKIPPED_TRIES,
        "DNS tries not sent because their server is remembered dead", ResolverStats::skippedTries);
    transportCounter(owner, resolver, AddrInfoMetrics.MESSAGES_SENT, null,
        "DNS messages sent, UDP and TCP", TransportStats::sent);
    transportCounter(owner, resolver, AddrInfoMetrics.MESSAGES_ANSWERED, null,
        "DNS tries ended with an answer", TransportStats::answered);
    transportCounter(owner, resolver, AddrInfoMetrics.TIMEOUTS, null,
        "DNS messages without an acceptable answer in time", TransportStats::timeouts);
    transportCounter(owner, resolver, AddrInfoMetrics.TCP_FALLBACKS, null,
        "Truncated UDP answers retried over TCP", TransportStats::tcpFallbacks);
    transportCounter(owner, resolver, AddrInfoMetrics.EDNS_FALLBACKS, null,
        "FORMERR answers to EDNS queries retried without EDNS", TransportStats::ednsFallbacks);
    String dropped = "DNS messages dropped while the query kept waiting, by reason";
    transportCounter(owner, resolver, AddrInfoMetrics.MESSAGES_DROPPED, "wrong-source", dropped,
        TransportStats::droppedWrongSource);
    transportCounter(owner, resolver, AddrInfoMetrics.MESSAGES_DROPPED, "wrong-id", dropped,
        TransportStats::droppedWrongId);
    transportCounter(owner, resolver, AddrInfoMetrics.MESSAGES_DROPPED, "wrong-question", dropped,
        TransportStats::droppedWrongQuestion);
    transportCounter(owner, resolver, AddrInfoMetrics.MESSAGES_DROPPED, "malformed", dropped,
        TransportStats::droppedMalformed);
  }

  private static void resolverCounter(AddrInfoMetrics owner, Resolver resolver, String name,
      String description, ToLongFunction<ResolverStats> count) {
    // The counter holds the resolver weakly and the function strongly: the function must not capture it.
    owner.track(FunctionCounter.builder(name, resolver, r -> count.applyAsLong(r.stats()))
        .description(description).tags(owner.tags())
        .register(owner.registry()));
  }

  private static void transportCounter(AddrInfoMetrics owner, Resolver resolver, String name,
      String reason, String description, ToLongFunction<TransportStats> count) {
    FunctionCounter.Builder<Resolver> b =
        FunctionCounter.builder(name, resolver, r -> count.applyAsLong(r.stats().transport()))
            .description(description).tags(owner.tags());
    if (reason != null) {
      b.tag("reason", reason);
    }
    owner.track(b.register(owner.registry()));
  }
}
