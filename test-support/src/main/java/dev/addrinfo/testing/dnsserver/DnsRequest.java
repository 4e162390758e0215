package dev.addrinfo.testing.dnsserver;

import io.netty.handler.codec.dns.DnsQuery;
import io.netty.handler.codec.dns.DnsRecord;
import io.netty.handler.codec.dns.DnsRecordType;
import io.netty.handler.codec.dns.DnsSection;

/**
 * One query as a {@link ScriptedDnsServer} read it.
 *
 * @param transport "udp" or "tcp"
 * @param id the message ID
 * @param name the question name, absolute with its trailing dot, in the case the client sent
 * @param type the question type number (1 for A, 28 for AAAA, 12 for PTR)
 * @param recursionDesired the RD bit
 * @param authenticData the AD bit (glibc sets it in queries only with {@code trust-ad})
 * @param ednsPayload the UDP payload size of an OPT record, or -1 without one
 * @param sourcePort the client's port
 * @param receivedNanos {@link System#nanoTime()} when the server read it
 */
public record DnsRequest(String transport, int id, String name, int type, boolean recursionDesired,
    boolean authenticData, int ednsPayload, int sourcePort, long receivedNanos) {
  /** RFC 2929 section 2.1: AD is the middle one of the three Z bits as Netty reads them. */
  private static final int Z_AUTHENTIC_DATA = 0b010;

  public boolean edns() {
    return ednsPayload >= 0;
  }

  public boolean udp() {
    return transport.equals("udp");
  }

  public boolean tcp() {
    return transport.equals("tcp");
  }

  static DnsRequest of(String transport, DnsQuery q, int sourcePort) {
    DnsRecord question = q.recordAt(DnsSection.QUESTION);
    int payload = -1;
    for (int i = 0; i < q.count(DnsSection.ADDITIONAL); i++) {
      DnsRecord r = q.recordAt(DnsSection.ADDITIONAL, i);
      if (r.type() == DnsRecordType.OPT) {
        payload = r.dnsClass();
      }
    }
    return new DnsRequest(transport, q.id(), question.name(), question.type().intValue(), q.isRecursionDesired(),
        (q.z() & Z_AUTHENTIC_DATA) != 0, payload, sourcePort, System.nanoTime());
  }
}
