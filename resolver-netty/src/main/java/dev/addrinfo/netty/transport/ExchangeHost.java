package dev.addrinfo.netty.transport;

/** A socket or connection that exchanges wait on, by message ID. */
interface ExchangeHost {
  /** The exchanges waiting here. */
  InFlightTable inFlight();

  /** The exchange of {@code query} has ended: its ID is free again. */
  void forget(Query query);
}
