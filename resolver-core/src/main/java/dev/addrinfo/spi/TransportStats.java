package dev.addrinfo.spi;

/**
 * A snapshot of a transport's counters since it was built. Each count is exact when
 * the transport is quiet and may lag by the exchanges in progress otherwise.
 *
 * @param sent messages sent, UDP and TCP (a truncated answer retried over TCP counts two)
 * @param answered tries completed with an answer
 * @param timeouts exchanges that got no acceptable answer in time
 * @param droppedWrongSource datagrams with the ID of a waiting query from another address or port
 *     (UDP sockets are connected to their server, so the kernel drops most of these before they count)
 * @param droppedWrongId messages whose ID no query on that socket or connection is waiting for
 * @param droppedWrongQuestion messages whose question is not the one asked
 * @param droppedMalformed messages that could not be read (and TCP streams that could not be framed)
 * @param tcpFallbacks truncated UDP answers retried over TCP
 * @param ednsFallbacks FORMERR answers to EDNS queries retried without the OPT record
 * @since 0.1
 */
public record TransportStats(
    long sent,
    long answered,
    long timeouts,
    long droppedWrongSource,
    long droppedWrongId,
    long droppedWrongQuestion,
    long droppedMalformed,
    long tcpFallbacks,
    long ednsFallbacks) {

  /** A transport that counts nothing. */
  public static final TransportStats NONE = new TransportStats(0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** {@return all messages dropped, for whatever reason} */
  public long dropped() {
    return droppedWrongSource + droppedWrongId + droppedWrongQuestion + droppedMalformed;
  }
}
