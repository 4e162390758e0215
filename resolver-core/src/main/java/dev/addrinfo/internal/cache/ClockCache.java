package dev.addrinfo.internal.cache;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * A bounded map for the resolver's caches, evicting by CLOCK (second chance): a ring of entries
 * with a "used" mark; to make room, a hand sweeps the ring, clearing marks, and evicts the first
 * entry found unmarked. That approximates least-recently-used eviction at O(1) amortized cost per
 * insert, with no list to reorder on a read.
 *
 * <p>Reads take no lock and write nothing to shared memory once an entry is marked: a concurrent
 * hash map lookup and one plain read of the mark. Inserts and removals take one lock. An entry
 * costs about 100 bytes besides its key and value.
 *
 * @param <K> keys, with {@code equals} and {@code hashCode}
 * @param <V> values
 */
public final class ClockCache<K, V> {
  private static final class Node<K, V> {
    final K key;
    final V value;
    final int slot;
    volatile boolean used;

    Node(K key, V value, int slot) {
      this.key = key;
      this.value = value;
      this.slot = slot;
    }
  }

  private final int capacity;
  private final ConcurrentHashMap<K, Node<K, V>> map;
  private final Object lock = new Object();
  // Guarded by lock.
  private final Node<K, V>[] ring;
  private final ArrayDeque<Integer> free = new ArrayDeque<>();
  private int filled;
  private int hand;

  @SuppressWarnings("unchecked")
  public ClockCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("cache must hold at least one entry: " + capacity);
    }
    this.capacity = capacity;
    this.map = new ConcurrentHashMap<>(Math.min(capacity, 1 << 16));
    this.ring = (Node<K, V>[]) new Node<?, ?>[capacity];
  }

  /** The value for {@code key}, or null; marks the entry used. */
  public V get(K key) {
    Node<K, V> n = map.get(key);
    if (n == null) {
      return null;
    }
    if (!n.used) {
      n.used = true;
    }
    return n.value;
  }

  /** Sets the value for {@code key}, evicting an entry not used lately when the cache is full. */
  public void put(K key, V value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    synchronized (lock) {
      Node<K, V> old = map.get(key);
      int slot = old != null ? old.slot : freeSlot();
      Node<K, V> n = new Node<>(key, value, slot);
      ring[slot] = n;
      map.put(key, n);
    }
  }

  /** Removes {@code key} if it still maps to {@code value} (an expired entry, say). */
  public void remove(K key, V value) {
    synchronized (lock) {
      Node<K, V> n = map.get(key);
      if (n != null && n.value == value) {
        map.remove(key);
        ring[n.slot] = null;
        free.push(n.slot);
      }
    }
  }

  /** Removes every entry for which {@code test} says so; for clearing expired entries in bulk. */
  public void removeIf(java.util.function.BiPredicate<K, V> test) {
    synchronized (lock) {
      for (Node<K, V> n : ring) {
        if (n != null && test.test(n.key, n.value)) {
          map.remove(n.key);
          ring[n.slot] = null;
          free.push(n.slot);
        }
      }
    }
  }

  public int size() {
    return map.size();
  }

  public void clear() {
    synchronized (lock) {
      map.clear();
      java.util.Arrays.fill(ring, null);
      free.clear();
      filled = 0;
      hand = 0;
    }
  }

  /** Visits every entry, in no order; for tests and statistics. */
  public void forEach(BiConsumer<K, V> visitor) {
    map.forEach((k, n) -> visitor.accept(k, n.value));
  }

  private int freeSlot() {
    Integer f = free.poll();
    if (f != null) {
      return f;
    }
    if (filled < capacity) {
      return filled++;
    }
    while (true) {
      Node<K, V> n = ring[hand];
      int slot = hand;
      hand = hand + 1 == capacity ? 0 : hand + 1;
      if (n.used) {
        n.used = false;
      } else {
        map.remove(n.key, n);
        ring[slot] = null;
        return slot;
      }
    }
  }
}
