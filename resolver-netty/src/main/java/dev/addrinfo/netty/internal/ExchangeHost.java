package dev.addrinfo.netty.internal;

/** What an exchange was sent on (a UDP socket or a TCP connection): frees its ID when it ends. */
interface ExchangeHost {
  void forget(Exchange exchange);
}
