package dev.addrinfo;

import dev.addrinfo.spi.DnsQuestion;
import java.time.Duration;

/**
 * One DNS question and how it was answered.
 *
 * @param question what was asked
 * @param cacheHit answered from the resolver's cache, with no message sent
 * @param tries messages sent for it (over all servers and rounds; a TCP retry after truncation is
 *     part of its try); 0 for a cache hit
 * @param skippedTries tries not sent because their server was remembered as dead (see
 *     {@link Resolver.Builder#rememberDeadServers}); each counts as failed as that server last failed
 * @param rcode the final answer's rcode, or -1 when every try failed
 * @param answerCount records in the final answer that the resolver reads
 * @param failure why every try failed ("timeout", "refused", "server failure", "broken tcp stream"),
 *     or null when an answer came
 * @param elapsed from the question to its answer or to giving up
 * @since 0.1
 */
public record QuestionEvent(DnsQuestion question, boolean cacheHit, int tries, int skippedTries, int rcode,
    int answerCount, String failure, Duration elapsed) {

  /**
   * An event with no skipped tries.
   *
   * @param question what was asked
   * @param cacheHit answered from the resolver's cache
   * @param tries messages sent for it
   * @param rcode the final answer's rcode, or -1
   * @param answerCount records in the final answer that the resolver reads
   * @param failure why every try failed, or null
   * @param elapsed from the question to its answer or to giving up
   */
  public QuestionEvent(DnsQuestion question, boolean cacheHit, int tries, int rcode, int answerCount, String failure,
      Duration elapsed) {
    this(question, cacheHit, tries, 0, rcode, answerCount, failure, elapsed);
  }
}
