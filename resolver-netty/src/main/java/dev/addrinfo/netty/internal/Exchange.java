package dev.addrinfo.netty.internal;

import io.netty.util.Timeout;

/**
 * One message sent and the wait for its answer: the unit that has an ID, a socket, a timeout and a
 * trace record. Touched only on the owning event loop, except {@link #timeout}'s cancellation.
 */
final class Exchange {
  final Query query;
  final boolean tcp;
  final int id;
  final ExchangeHost host;
  final long startNanos;
  Timeout timeout;
  boolean done;

  Exchange(Query query, boolean tcp, int id, ExchangeHost host, long startNanos) {
    this.query = query;
    this.tcp = tcp;
    this.id = id;
    this.host = host;
    this.startNanos = startNanos;
  }

  String transport() {
    return tcp ? "tcp" : "udp";
  }

  /** Marks the exchange finished, stops its timer and frees its ID; false if it already was. */
  boolean finish() {
    if (done) {
      return false;
    }
    done = true;
    if (timeout != null) {
      timeout.cancel();
    }
    host.forget(this);
    return true;
  }
}
