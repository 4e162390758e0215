package dev.addrinfo.internal.dns;

import dev.addrinfo.spi.DnsResponse;

/**
 * What asking one question of the configured servers came to: the response that ended the asking
 * (an answer, NXDOMAIN, or the last SERVFAIL/NOTIMP/REFUSED when every server gave one), or none
 * when no server answered at all (timeouts, unreachable servers).
 */
public record QueryOutcome(DnsResponse response) {
  public static final QueryOutcome NO_ANSWER = new QueryOutcome(null);

  public boolean answered() {
    return response != null;
  }

  public int rcode() {
    return response == null ? -1 : response.rcode();
  }
}
