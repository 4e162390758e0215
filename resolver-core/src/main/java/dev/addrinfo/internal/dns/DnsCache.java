package dev.addrinfo.internal.dns;

import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.DnsRecord;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.RecordType;
import dev.addrinfo.internal.cache.ClockCache;
import java.time.InstantSource;
import java.util.Locale;

/**
 * DNS answers kept for their time to live: a positive answer for the smallest TTL of its records, a
 * negative one (NXDOMAIN or no data) for the SOA minimum the server sent (RFC 2308), and nothing
 * else (SERVFAIL, refusals and answers with a zero TTL are never kept).
 *
 * <p>Reads take no lock: a concurrent hash map lookup and an expiry check against the injected
 * clock. Bounded at {@code maxEntries}: inserting past the bound evicts an entry not read lately,
 * by {@link ClockCache}'s second-chance sweep, O(1) per insert. An entry costs about 250 bytes plus
 * its records.
 */
public final class DnsCache {
  private final InstantSource clock;
  private final ClockCache<Key, Entry> entries;

  public DnsCache(int maxEntries, InstantSource clock) {
    this.entries = new ClockCache<>(maxEntries);
    this.clock = clock;
  }

  /** The cached response to this question, or null when there is none or it has expired. */
  public DnsResponse get(DnsQuestion question) {
    Key key = Key.of(question);
    Entry e = entries.get(key);
    if (e == null) {
      return null;
    }
    if (clock.millis() >= e.expiresAtMillis) {
      entries.remove(key, e);
      return null;
    }
    return e.response;
  }

  /** Keeps the response if it may be cached, for as long as it may be. */
  public void put(DnsQuestion question, DnsResponse response) {
    long ttl = cacheableSeconds(response);
    if (ttl <= 0) {
      return;
    }
    entries.put(Key.of(question), new Entry(response, clock.millis() + ttl * 1000));
  }

  public int size() {
    return entries.size();
  }

  public void clear() {
    entries.clear();
  }

  /** How long a response may be kept, 0 when it must not be. */
  static long cacheableSeconds(DnsResponse r) {
    boolean negative = r.rcode() == DnsResponse.NXDOMAIN
        || (r.rcode() == DnsResponse.NOERROR && !hasData(r));
    if (negative) {
      return Math.max(0, r.negativeTtlSeconds());
    }
    if (r.rcode() != DnsResponse.NOERROR) {
      return 0;
    }
    long min = Long.MAX_VALUE;
    for (DnsRecord rec : r.answers()) {
      min = Math.min(min, rec.ttlSeconds());
    }
    return min;
  }

  private static boolean hasData(DnsResponse r) {
    for (DnsRecord rec : r.answers()) {
      if (rec.type() != RecordType.CNAME) {
        return true;
      }
    }
    return false;
  }

  private record Key(String name, RecordType type) {
    static Key of(DnsQuestion q) {
      return new Key(q.name().toLowerCase(Locale.ROOT), q.type());
    }
  }

  private record Entry(DnsResponse response, long expiresAtMillis) {}
}
