package dev.addrinfo.internal.dns;

import dev.addrinfo.spi.DnsResponse;

/**
 * What asking one question of the configured servers came to, in glibc's res_send terms: either a
 * final response (an answer, NXDOMAIN, or any rcode glibc does not retry), or the asking gave up
 * because every try failed. A try fails when it times out, is refused, cannot be sent, or (over
 * UDP) gets SERVFAIL, NOTIMP, REFUSED or a {@link DnsResponse#lame() lame} answer.
 *
 * @param response the final response, or when the asking gave up, the last failing response
 *     received (null if none)
 * @param gaveUp whether every try failed
 * @param errno when it gave up, what glibc's errno would then be, which decides nss_dns's status
 *     and whether a search list goes on
 */
public record QueryOutcome(DnsResponse response, boolean gaveUp, Errno errno) {
  /** glibc's errno after res_send gave up. */
  public enum Errno {
    /** A final response came. */
    NONE,
    /** UDP: some try timed out or got a failing answer. */
    ETIMEDOUT,
    /** UDP: every try was refused or could not be sent; TCP: the connection was refused. */
    ECONNREFUSED,
    /** TCP: the stream broke after connecting. */
    OTHER
  }

  /** Every try timed out. */
  public static final QueryOutcome NO_ANSWER = new QueryOutcome(null, true, Errno.ETIMEDOUT);

  static QueryOutcome answer(DnsResponse response) {
    return new QueryOutcome(response, false, Errno.NONE);
  }

  /** Whether a final response came. */
  public boolean answered() {
    return !gaveUp;
  }

  /** The final response's rcode, or -1 when the asking gave up. */
  public int rcode() {
    return gaveUp ? -1 : response.rcode();
  }

  /** Whether nss_dns would call the servers unavailable (errno ETIMEDOUT or ECONNREFUSED). */
  boolean unavailable() {
    return errno == Errno.ETIMEDOUT || errno == Errno.ECONNREFUSED;
  }

  /** Whether the asking gave up and the last failing response was a SERVFAIL (res_search's got_servfail). */
  boolean servfail() {
    return gaveUp && response != null && response.rcode() == DnsResponse.SERVFAIL;
  }
}
