package dev.addrinfo;

import dev.addrinfo.spi.QueryTrace;

/**
 * Told of what a {@link Resolver} does, for logs and metrics: every message exchanged with a server,
 * every DNS question (from the cache or asked), every lookup. Each method runs on the thread that
 * finished the work, often an event loop: it must return quickly and never block. What a method
 * throws is ignored. The default methods do nothing, so a listener implements only what it needs.
 * Without a listener none of these objects is made.
 *
 * @since 0.1
 */
public interface ResolverListener {
  /**
   * One message sent to a server and how its wait ended: the server, UDP or TCP, the message ID,
   * the round trip from the send to the answer's arrival, the rcode and answer count, or why no
   * answer counted ("timeout", "connection refused ...").
   *
   * @param exchange the message and how its wait ended
   */
  default void onExchange(QueryTrace exchange) {}

  /**
   * One DNS question: answered from the cache, or asked of the servers in one or more tries.
   *
   * @param question the question and how it was answered
   */
  default void onQuestion(QuestionEvent question) {}

  /**
   * One getaddrinfo or getnameinfo call ended.
   *
   * @param lookup the call and how it ended
   */
  default void onLookup(LookupEvent lookup) {}
}
