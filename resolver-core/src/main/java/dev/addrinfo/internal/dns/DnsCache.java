package dev.addrinfo.internal.dns;

import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.DnsRecord;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.RecordType;
import java.time.InstantSource;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * DNS answers kept for their time to live: a positive answer for the smallest TTL of its records, a
 * negative one (NXDOMAIN or no data) for the SOA minimum the server sent (RFC 2308), and nothing
 * else (SERVFAIL, refusals and answers with a zero TTL are never kept).
 *
 * <p>Reads take no lock: a concurrent hash map lookup, an expiry check against the injected clock,
 * and one volatile write of the access tick. Bounded at {@code maxEntries}: inserting past the bound
 * evicts the least recently used entry, found exactly when the cache holds at most 64 entries and
 * among 64 sampled entries otherwise (the approximation Redis uses, which keeps inserts O(1)). An
 * entry costs about 200 bytes plus its records.
 */
public final class DnsCache {
  private static final int EXACT_SCAN_LIMIT = 64;

  private final int maxEntries;
  private final InstantSource clock;
  private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong ticks = new AtomicLong();

  public DnsCache(int maxEntries, InstantSource clock) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("cache must hold at least one entry: " + maxEntries);
    }
    this.maxEntries = maxEntries;
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
    e.lastAccess = ticks.incrementAndGet();
    return e.response;
  }

  /** Keeps the response if it may be cached, for as long as it may be. */
  public void put(DnsQuestion question, DnsResponse response) {
    long ttl = cacheableSeconds(response);
    if (ttl <= 0) {
      return;
    }
    Entry e = new Entry(response, clock.millis() + ttl * 1000, ticks.incrementAndGet());
    if (entries.put(Key.of(question), e) == null) {
      while (entries.size() > maxEntries) {
        evictOne();
      }
    }
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

  private void evictOne() {
    Map.Entry<Key, Entry> oldest = null;
    int n = entries.size();
    int skip = n <= EXACT_SCAN_LIMIT ? 0 : ThreadLocalRandom.current().nextInt(n - EXACT_SCAN_LIMIT);
    int scanned = 0;
    Iterator<Map.Entry<Key, Entry>> it = entries.entrySet().iterator();
    while (it.hasNext() && scanned < EXACT_SCAN_LIMIT) {
      Map.Entry<Key, Entry> candidate = it.next();
      if (skip > 0) {
        skip--;
        continue;
      }
      scanned++;
      if (oldest == null || candidate.getValue().lastAccess < oldest.getValue().lastAccess) {
        oldest = candidate;
      }
    }
    if (oldest != null) {
      entries.remove(oldest.getKey(), oldest.getValue());
    }
  }

  private record Key(String name, RecordType type) {
    static Key of(DnsQuestion q) {
      return new Key(q.name().toLowerCase(Locale.ROOT), q.type());
    }
  }

  private static final class Entry {
    final DnsResponse response;
    final long expiresAtMillis;
    volatile long lastAccess;

    Entry(DnsResponse response, long expiresAtMillis, long lastAccess) {
      this.response = response;
      this.expiresAtMillis = expiresAtMillis;
      this.lastAccess = lastAccess;
    }
  }
}
