package dev.addrinfo.spi;

import java.util.List;
import java.util.Objects;

/**
 * A decoded DNS response as the core needs it: the rcode, the flags and section counts that decide
 * how glibc treats it, the answer records this resolver reads (A, AAAA, CNAME, PTR, SOA; others
 * dropped), and the negative-caching TTL from the SOA in the authority section (RFC 2308: the
 * smaller of the SOA's TTL and its MINIMUM), or -1 when there is no SOA.
 *
 * <p>The rcode is the header's four bits, as glibc reads it: the extended bits of an OPT record
 * (RFC 6891) are not added, since glibc ignores them.
 *
 * @param authoritative the AA bit
 * @param recursionAvailable the RA bit
 * @param authenticData the AD bit
 * @param answerCount the header's ANCOUNT: every answer record, read or not
 * @param additionalCount the header's ARCOUNT (an OPT record counts)
 * @param viaTcp whether the response came over TCP, where glibc takes every rcode as final
 * @since 0.1
 */
public record DnsResponse(int rcode, boolean authoritative, boolean recursionAvailable, boolean authenticData,
    List<DnsRecord> answers, long negativeTtlSeconds, int answerCount, int additionalCount, boolean viaTcp) {
  public static final int NOERROR = 0;
  public static final int FORMERR = 1;
  public static final int SERVFAIL = 2;
  public static final int NXDOMAIN = 3;
  public static final int NOTIMP = 4;
  public static final int REFUSED = 5;

  public DnsResponse {
    answers = List.copyOf(Objects.requireNonNull(answers, "answers"));
    if (answerCount < answers.size()) {
      throw new IllegalArgumentException("ANCOUNT " + answerCount + " below the " + answers.size() + " answers read");
    }
    if (additionalCount < 0) {
      throw new IllegalArgumentException("negative ARCOUNT: " + additionalCount);
    }
  }

  /** A UDP response whose counts are its answers and nothing else, as scripted transports make them. */
  public DnsResponse(int rcode, boolean authoritative, boolean recursionAvailable, boolean authenticData,
      List<DnsRecord> answers, long negativeTtlSeconds) {
    this(rcode, authoritative, recursionAvailable, authenticData, answers, negativeTtlSeconds, answers.size(), 0,
        false);
  }

  /**
   * A lame answer, which glibc's res_send takes as a failure of the server (and asks the next):
   * over UDP, NOERROR with no answer record, neither AA nor RA, and no additional record (an OPT
   * record makes it a final "no data" answer). Seen against this machine's glibc 2.36.
   */
  public boolean lame() {
    return !viaTcp && rcode == NOERROR && answerCount == 0 && !authoritative && !recursionAvailable
        && additionalCount == 0;
  }
}
