package dev.addrinfo;

import dev.addrinfo.spi.TransportStats;

/**
 * A snapshot of a {@link Resolver}'s counters since it was built. Each count is exact when the
 * resolver is quiet and may lag by the work in progress otherwise. Reading them costs a few
 * atomic reads; counting costs an uncontended atomic add per event.
 *
 * @param lookups getaddrinfo and getnameinfo calls ended
 * @param failedLookups of those, the ones that ended with an error
 * @param resultCacheHits getaddrinfo calls answered with a result finished within the last second
 * @param questions DNS questions (each A or AAAA or PTR of each name tried)
 * @param dnsCacheHits of those, the ones answered from the DNS cache
 * @param questionsGivenUp of those, the ones for which every try failed
 * @param skippedTries tries not sent because their server was remembered as dead (see
 *     {@link Resolver.Builder#rememberDeadServers}): each one a wait saved
 * @param transport the transport's own counters (messages sent, timeouts, dropped answers by reason,
 *     TCP and EDNS fallbacks)
 * @since 0.1
 */
public record ResolverStats(long lookups, long failedLookups, long resultCacheHits, long questions, long dnsCacheHits,
    long questionsGivenUp, long skippedTries, TransportStats transport) {

  /**
   * Counters with no skipped tries.
   *
   * @param lookups getaddrinfo and getnameinfo calls
   * @param failedLookups calls that failed
   * @param resultCacheHits calls answered from the result cache
   * @param questions DNS questions asked
   * @param dnsCacheHits questions answered from the DNS cache
   * @param questionsGivenUp questions no server answered
   * @param transport the transport's own counters
   */
  public ResolverStats(long lookups, long failedLookups, long resultCacheHits, long questions, long dnsCacheHits,
      long questionsGivenUp, TransportStats transport) {
    this(lookups, failedLookups, resultCacheHits, questions, dnsCacheHits, questionsGivenUp, 0, transport);
  }
}
