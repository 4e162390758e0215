package dev.addrinfo.spi;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How one try of one question is sent.
 *
 * @param timeout how long to wait for the answer of this try before failing it with a
 *     {@link DnsTimeoutException}; a TCP retry after truncation gets the same budget again
 * @param edns0 add an OPT record advertising a 1232-byte UDP payload (resolv.conf {@code edns0})
 * @param tcpOnly send over TCP without trying UDP first (resolv.conf {@code use-vc})
 * @param recursionDesired set the RD bit (always, for a stub resolver)
 * @param trace told of every exchange of this try (UDP, then TCP after truncation, ...) as it ends,
 *     on the transport's thread, or null; it must not block, and what it throws is ignored
 * @since 0.1
 */
public record QueryOptions(Duration timeout, boolean edns0, boolean tcpOnly, boolean recursionDesired,
    Consumer<QueryTrace> trace) {
  /**
   * Checks the timeout.
   *
   * @param timeout the wait for this try, positive
   * @param edns0 whether to add an OPT record
   * @param tcpOnly whether to skip UDP
   * @param recursionDesired whether to set RD
   * @param trace told of every exchange, or null
   * @throws IllegalArgumentException if the timeout is not positive
   */
  public QueryOptions {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
  }

  /**
   * Options without a trace.
   *
   * @param timeout the wait for this try, positive
   * @param edns0 whether to add an OPT record
   * @param tcpOnly whether to skip UDP
   * @param recursionDesired whether to set RD
   */
  public QueryOptions(Duration timeout, boolean edns0, boolean tcpOnly, boolean recursionDesired) {
    this(timeout, edns0, tcpOnly, recursionDesired, null);
  }
}
