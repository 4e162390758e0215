package dev.addrinfo.spi;

import java.util.List;
import java.util.Objects;

/**
 * A decoded DNS response as the core needs it: the rcode, the flags that matter, the answer
 * records this resolver reads (others dropped), and the negative-caching TTL from the SOA in the
 * authority section (RFC 2308: the smaller of the SOA's TTL and its MINIMUM), or -1 when there is
 * no SOA.
 *
 * @since 0.1
 */
public record DnsResponse(
    int rcode, boolean authoritative, boolean authenticData, List<DnsRecord> answers, long negativeTtlSeconds) {
  public static final int NOERROR = 0;
  public static final int FORMERR = 1;
  public static final int SERVFAIL = 2;
  public static final int NXDOMAIN = 3;
  public static final int NOTIMP = 4;
  public static final int REFUSED = 5;

  public DnsResponse {
    answers = List.copyOf(Objects.requireNonNull(answers, "answers"));
  }
}
