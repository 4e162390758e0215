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
 * @param rcode the response code, e.g. {@link #NXDOMAIN}
 * @param authoritative the AA bit
 * @param recursionAvailable the RA bit
 * @param authenticData the AD bit
 * @param answers the answer records read, in message order
 * @param negativeTtlSeconds the negative-caching TTL, or -1 without an SOA
 * @param answerCount the header's ANCOUNT: every answer record, read or not
 * @param additionalCount the header's ARCOUNT (an OPT record counts)
 * @param viaTcp whether the response came over TCP, where glibc takes every rcode as final
 * @since 0.1
 */
public record DnsResponse(int rcode, boolean authoritative, boolean recursionAvailable, boolean authenticData,
    List<DnsRecord> answers, long negativeTtlSeconds, int answerCount, int additionalCount, boolean viaTcp) {
  /** No error. */
  public static final int NOERROR = 0;
  /** The server could not read the question. */
  public static final int FORMERR = 1;
  /** The server failed. */
  public static final int SERVFAIL = 2;
  /** The name does not exist. */
  public static final int NXDOMAIN = 3;
  /** The server does not do this kind of query. */
  public static final int NOTIMP = 4;
  /** The server refused to answer. */
  public static final int REFUSED = 5;

  /**
   * Checks the counts and copies the answers.
   *
   * @param rcode the response code
   * @param authoritative the AA bit
   * @param recursionAvailable the RA bit
   * @param authenticData the AD bit
   * @param answers the answer records read
   * @param negativeTtlSeconds the negative-caching TTL, or -1
   * @param answerCount ANCOUNT, at least the number of answers read
   * @param additionalCount ARCOUNT, 0 or more
   * @param viaTcp whether the response came over TCP
   * @throws IllegalArgumentException naming the bad count
   */
  public DnsResponse {
    answers = List.copyOf(Objects.requireNonNull(answers, "answers"));
    if (answerCount < answers.size()) {
      throw new IllegalArgumentException("ANCOUNT " + answerCount + " below the " + answers.size() + " answers read");
    }
    if (additionalCount < 0) {
      throw new IllegalArgumentException("negative ARCOUNT: " + additionalCount);
    }
  }

  /**
   * A UDP response whose counts are its answers and nothing else, as scripted transports make them.
   *
   * @param rcode the response code
   * @param authoritative the AA bit
   * @param recursionAvailable the RA bit
   * @param authenticData the AD bit
   * @param answers the answer records
   * @param negativeTtlSeconds the negative-caching TTL, or -1
   */
  public DnsResponse(int rcode, boolean authoritative, boolean recursionAvailable, boolean authenticData,
      List<DnsRecord> answers, long negativeTtlSeconds) {
    this(rcode, authoritative, recursionAvailable, authenticData, answers, negativeTtlSeconds, answers.size(), 0,
        false);
  }

  /**
   * A lame answer, which glibc's res_send takes as a failure of the server (and asks the next):
   * over UDP, NOERROR with no answer record, neither AA nor RA, and no additional record (an OPT
   * record makes it a final "no data" answer). Seen against this machine's glibc 2.36.
   *
   * @return true if glibc would ask the next server
   */
  public boolean lame() {
    return !viaTcp && rcode == NOERROR && answerCount == 0 && !authoritative && !recursionAvailable
        && additionalCount == 0;
  }
}
