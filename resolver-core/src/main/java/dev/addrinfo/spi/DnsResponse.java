package dev.addrinfo.spi;

import java.util.List;
import java.util.Objects;

/**
 * A decoded DNS response as the core needs it: the rcode (with the extended bits of an OPT record),
 * the flags that matter, the answer records this resolver reads (A, AAAA, CNAME, PTR, SOA; others
 * dropped), and the negative-caching TTL from the SOA in the authority section (RFC 2308: the
 * smaller of the SOA's TTL and its MINIMUM), or -1 when there is no SOA.
 *
 * @param authoritative the AA bit
 * @param recursionAvailable the RA bit: a NOERROR answer with no records and neither AA nor RA is a
 *     lame referral, which a stub resolver does not take as the answer
 * @param authenticData the AD bit
 * @since 0.1
 */
public record DnsResponse(int rcode, boolean authoritative, boolean recursionAvailable, boolean authenticData,
    List<DnsRecord> answers, long negativeTtlSeconds) {
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
