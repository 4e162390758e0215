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
 * h_errno from the rcode (NXDOMAIN: HOST_NOT_FOUND, SERVFAIL: TRY_AGAIN, NOERROR without records:
 * NO_DATA, anything else: NO_RECOVERY), and TRY_AGAIN when no server answered at all.
 */
record CandidateResult(boolean answered, int herrno, boolean servfail, String canonicalName, List<InetAddress> addresses,
    long ttlSeconds) {

  static CandidateResult judge(String qname, List<RecordType> types, List<QueryOutcome> outcomes) {
    boolean anyRecords = false;
    DnsResponse first = null;
    for (QueryOutcome o : outcomes) {
      if (!o.answered()) {
        continue;
      }
      if (first == null || first.rcode() == DnsResponse.NOERROR) {
        first = o.response();
      }
      anyRecords |= o.rcode() == DnsResponse.NOERROR && !o.response().answers().isEmpty();
    }
    if (anyRecords) {
      return collect(qname, types, outcomes);
    }
    if (first == null) {
      return new CandidateResult(false, HostResult.TRY_AGAIN, false, null, List.of(), 0);
    }
    switch (first.rcode()) {
      case DnsResponse.NXDOMAIN:
        return new CandidateResult(false, HostResult.HOST_NOT_FOUND, false, null, List.of(), 0);
      case DnsResponse.SERVFAIL:
        return new CandidateResult(false, HostResult.TRY_AGAIN, true, null, List.of(), 0);
      case DnsResponse.NOERROR:
        return new CandidateResult(false, HostResult.NO_DATA, false, null, List.of(), 0);
      default:
        return new CandidateResult(false, HostResult.NO_RECOVERY, false, null, List.of(), 0);
    }
  }

  /** The answer was accepted: the addresses of every family, the canonical name of the first that has any. */
  private static CandidateResult collect(String qname, List<RecordType> types, List<QueryOutcome> outcomes) {
    List<InetAddress> all = new ArrayList<>(4);
    String canonical = null;
    long ttl = Long.MAX_VALUE;
    for (int i = 0; i < types.size(); i++) {
      QueryOutcome o = outcomes.get(i);
      if (!o.answered() || o.rcode() != DnsResponse.NOERROR) {
        continue;
      }
      AnswerAddresses a = AnswerAddresses.of(o.response(), qname, types.get(i));
      if (!a.addresses().isEmpty() && canonical == null) {
        canonical = a.canonicalName();
      }
      all.addAll(a.addresses());
      ttl = Math.min(ttl, a.ttlSeconds());
    }
    if (all.isEmpty()) {
      // An answer that holds records but none of the addresses asked for (only a CNAME) ends the
      // search. glibc reports it as "not found" when it asked for both families (gaih_getanswer) and
      // as "no data" when it asked for one (getanswer_r); both seen against BIND on this machine.
      int herrno = types.size() > 1 ? HostResult.HOST_NOT_FOUND : HostResult.NO_DATA;
      return new CandidateResult(true, herrno, false, null, List.of(), 0);
    }
    return new CandidateResult(true, 0, false, canonical, all, ttl);
  }
}
