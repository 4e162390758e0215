package dev.addrinfo.netty.internal;

import io.netty.util.collection.IntObjectHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The exchanges waiting on one socket or connection, by message ID. IDs are drawn from the secure
 * random source and are unique within the table. Confined to one event loop: no lock.
 */
final class InFlightTable {
  private final IntObjectHashMap<Exchange> byId = new IntObjectHashMap<>();

  /**
   * A random 16-bit ID not in use here. Callers keep tables far below 65,536 entries (a UDP socket
   * serves at most a few dozen queries), so this takes one or two draws.
   */
  int freshId(RandomGenerator random) {
    if (byId.size() >= 32_768) {
      throw new IllegalStateException("over 32768 queries in flight on one socket");
    }
    while (true) {
      int id = random.nextInt(0x10000);
      if (!byId.containsKey(id)) {
        return id;
      }
    }
  }

  void put(Exchange exchange) {
    byId.put(exchange.id, exchange);
  }

  Exchange get(int id) {
    return byId.get(id);
  }

  void remove(Exchange exchange) {
    if (byId.get(exchange.id) == exchange) {
      byId.remove(exchange.id);
    }
  }

  boolean isEmpty() {
    return byId.isEmpty();
  }

  int size() {
    return byId.size();
  }

  /** Every exchange waiting, in no order; for failing them all. */
  List<Exchange> snapshot() {
    return new ArrayList<>(byId.values());
  }
}
