package dev.addrinfo.internal.dns;

import dev.addrinfo.internal.nss.HostResult;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.RecordType;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * What the A and/or AAAA questions for one candidate name came to, judged as glibc's res_query
 * judges a pair of answers: success when either answer is NOERROR with records, otherwise an
 * h_errno from the final answer's rcode (NXDOMAIN: HOST_NOT_FOUND, SERVFAIL: TRY_AGAIN, NOERROR
 * without records: NO_DATA, anything else: NO_RECOVERY), and TRY_AGAIN when every question gave up
 * (timeouts, refusals, servers that all failed).
 *
 * @param servfail res_search's got_servfail: the failure was a SERVFAIL, which lets the search go on
 * @param errno glibc's errno after the last exchange (see {@link QueryOutcome})
 */
record CandidateResult(boolean answered, int herrno, boolean servfail, String canonicalName, List<InetAddress> addresses,
    long ttlSeconds, QueryOutcome.Errno errno) {

  static CandidateResult judge(String qname, RecordType[] types, QueryOutcome[] outcomes) {
    boolean anyRecords = false;
    DnsResponse first = null;
    QueryOutcome gaveUp = null;
    for (QueryOutcome o : outcomes) {
      if (o.gaveUp()) {
        gaveUp = gaveUp == null ? o : gaveUp;
        continue;
      }
      if (first == null || first.rcode() == DnsResponse.NOERROR) {
        first = o.response();
      }
      anyRecords |= withRecords(o);
    }
    if (anyRecords) {
      return collect(qname, types, outcomes);
    }
    if (first == null) {
      return failed(HostResult.TRY_AGAIN, gaveUp.servfail(), gaveUp.errno());
    }
    return switch (first.rcode()) {
      case DnsResponse.NXDOMAIN -> failed(HostResult.HOST_NOT_FOUND, false, QueryOutcome.Errno.NONE);
      case DnsResponse.SERVFAIL -> failed(HostResult.TRY_AGAIN, true, QueryOutcome.Errno.NONE);
      case DnsResponse.NOERROR -> failed(HostResult.NO_DATA, false, QueryOutcome.Errno.NONE);
      default -> failed(HostResult.NO_RECOVERY, false, QueryOutcome.Errno.NONE);
    };
  }

  /**
   * An answer whose records are read: NOERROR with records. NXDOMAIN is "not found" whatever it
   * carries (a CNAME to a name that does not exist), as glibc's res_query judges it.
   */
  private static boolean withRecords(QueryOutcome o) {
    return o.rcode() == DnsResponse.NOERROR && !o.response().answers().isEmpty();
  }

  private static CandidateResult failed(int herrno, boolean servfail, QueryOutcome.Errno errno) {
    return new CandidateResult(false, herrno, servfail, null, List.of(), 0, errno);
  }

  /** The answer was accepted: the addresses of every family, the canonical name of the first that has any. */
  private static CandidateResult collect(String qname, RecordType[] types, QueryOutcome[] outcomes) {
    List<InetAddress> all = new ArrayList<>(4);
    String canonical = null;
    long ttl = Long.MAX_VALUE;
    for (int i = 0; i < types.length; i++) {
      QueryOutcome o = outcomes[i];
      if (!withRecords(o)) {
        continue;
      }
      AnswerAddresses a = AnswerAddresses.of(o.response(), qname, types[i]);
      if (!a.addresses().isEmpty() && canonical == null) {
        canonical = a.canonicalName();
      }
      all.addAll(a.addresses());
      ttl = Math.min(ttl, a.ttlSeconds());
    }
    if (all.isEmpty()) {
      // An answer that holds records but none of the addresses asked for (only a CNAME) ends the
      // search; what nss_dns reports for it depends on the family asked (DnsHostSource).
      return new CandidateResult(true, HostResult.NO_RECOVERY, false, null, List.of(), 0, QueryOutcome.Errno.NONE);
    }
    return new CandidateResult(true, 0, false, canonical, all, ttl, QueryOutcome.Errno.NONE);
  }
}
