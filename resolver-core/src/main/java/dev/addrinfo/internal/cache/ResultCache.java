package dev.addrinfo.internal.cache;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.Hints;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Finished getaddrinfo results, ready to hand out again: the answer to "the same host, service and
 * hints" is one completed {@link SealedFuture}, so a hit costs a hash lookup, a few comparisons and
 * no allocation at all. The key is not allocated either: results are grouped under their host (up
 * to {@value #PER_HOST} service and hints combinations each, the newest kept).
 *
 * <p>A result holds while the configuration it was made from is the current one (the
 * {@code version} object: any change of a watched file makes a new one), and at most
 * {@value #MAX_AGE_MILLIS} ms, the freshness of the source addresses its order was sorted by, and
 * never past the TTL of the DNS records it came from. Failures are not kept here (DNS's negative
 * answers are, in the DNS cache). Bounded at {@code maxHosts} hosts, evicted by {@link ClockCache}.
 */
public final class ResultCache {
  static final long MAX_AGE_MILLIS = 1_000;
  static final int PER_HOST = 8;
  private static final Object NULL_HOST = new Object();

  private record Entry(String service, Hints hints, Object version, long expiresAtMillis,
      SealedFuture<List<AddrInfo>> future) {}

  private final ClockCache<Object, Entry[]> byHost;

  public ResultCache(int maxHosts) {
    this.byHost = new ClockCache<>(maxHosts);
  }

  /** The result kept for this question under {@code version}, or null. */
  public SealedFuture<List<AddrInfo>> get(String host, String service, Hints hints, Object version, long nowMillis) {
    Entry[] entries = byHost.get(host == null ? NULL_HOST : host);
    if (entries == null) {
      return null;
    }
    for (Entry e : entries) {
      if ((e.hints == hints || e.hints.equals(hints)) && (e.service == service || Objects.equals(e.service, service))) {
        return e.version == version && nowMillis < e.expiresAtMillis ? e.future : null;
      }
    }
    return null;
  }

  /** Keeps {@code results} when they may be kept ({@code ttlSeconds} above 0); returns them. */
  public List<AddrInfo> put(String host, String service, Hints hints, Object version, long nowMillis,
      List<AddrInfo> results, long ttlSeconds) {
    if (ttlSeconds <= 0) {
      return results;
    }
    long expires = nowMillis + Math.min(MAX_AGE_MILLIS, ttlSeconds * 1000);
    Entry fresh = new Entry(service, hints, version, expires, new SealedFuture<>(results));
    Object key = host == null ? NULL_HOST : host;
    Entry[] old = byHost.get(key);
    Entry[] entries;
    if (old == null) {
      entries = new Entry[] {fresh};
    } else {
      int same = -1;
      for (int i = 0; i < old.length; i++) {
        if (old[i].hints.equals(hints) && Objects.equals(old[i].service, service)) {
          same = i;
        }
      }
      if (same >= 0) {
        entries = old.clone();
        entries[same] = fresh;
      } else if (old.length < PER_HOST) {
        entries = Arrays.copyOf(old, old.length + 1);
        entries[old.length] = fresh;
      } else {
        entries = Arrays.copyOfRange(old, 1, old.length + 1);
        entries[old.length - 1] = fresh;
      }
    }
    byHost.put(key, entries);
    return results;
  }

  /** Hosts with results kept. */
  public int size() {
    return byHost.size();
  }
}
