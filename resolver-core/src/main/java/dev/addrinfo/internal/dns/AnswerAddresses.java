package dev.addrinfo.internal.dns;

import dev.addrinfo.spi.DnsRecord;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.RecordType;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The addresses an answer gives for a name, found as glibc's nss_dns finds them: records are read
 * in order, a CNAME whose owner is the name being followed moves the chase to its target, and
 * address records count only when their owner is the name being followed. Every record is looked
 * at once, in order, so a chain is followed to its end however long it is
 * (glibc 2.36 has no limit: 1,900 CNAMEs resolve) and a loop or a chain out of order simply ends.
 *
 * @param canonicalName the end of the CNAME chain as the CNAME record spells it, or the name asked
 *     as the caller spelled it (not the owner of the address records, whose case may differ), as
 *     glibc reports it; without trailing dot. A CNAME target that is not a valid host name
 *     ({@link HostNameCheck}) is still followed, but never reported: the canonical name stays the
 *     last valid one, as glibc 2.36 keeps it
 * @param addresses in answer order
 * @param cnames how many CNAME records were followed
 * @param ttlSeconds the smallest TTL of the records followed and used
 */
public record AnswerAddresses(String canonicalName, List<InetAddress> addresses, int cnames, long ttlSeconds) {

  public static AnswerAddresses of(DnsResponse response, String qname, RecordType type) {
    String expected = qname;
    String canonical = qname;
    List<InetAddress> found = new ArrayList<>(2);
    int cnames = 0;
    long ttl = Long.MAX_VALUE;
    for (DnsRecord r : response.answers()) {
      if (!r.name().equalsIgnoreCase(expected)) {
        continue;
      }
      if (r.type() == RecordType.CNAME && found.isEmpty()) {
        cnames++;
        expected = r.target();
        if (HostNameCheck.isValid(expected)) {
          canonical = expected;
        }
        ttl = Math.min(ttl, r.ttlSeconds());
      } else if (r.type() == type) {
        found.add(r.address());
        ttl = Math.min(ttl, r.ttlSeconds());
      }
    }
    return new AnswerAddresses(withoutDot(canonical), found, cnames, ttl);
  }

  static String withoutDot(String name) {
    return name.length() > 1 && name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }
}
