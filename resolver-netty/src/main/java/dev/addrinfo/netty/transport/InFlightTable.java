package dev.addrinfo.netty.transport;

import io.netty.util.collection.IntObjectHashMap;
import java.util.ArrayList;
import java.util.List;

/**
 * The tries waiting on one socket or connection, by message ID. IDs are random and unique within
 * the table. Confined to one event loop: no lock.
 */
final class InFlightTable {
  /** More than this on one socket would make a random ID take many draws; callers stay far below. */
  static final int MAX_SIZE = 32_768;

  private final IntObjectHashMap<Query> byId = new IntObjectHashMap<>();

  /** A random 16-bit ID not in use here: one draw, or two when the table is half full. */
  int freshId(RandomBits random) {
    if (byId.size() >= MAX_SIZE) {
      throw new IllegalStateException("over " + MAX_SIZE + " queries in flight on one socket");
    }
    while (true) {
      int id = random.nextInt(0x10000);
      if (!byId.containsKey(id)) {
        return id;
      }
    }
  }

  void put(Query query) {
    byId.put(query.id, query);
  }

  Query get(int id) {
    return byId.get(id);
  }

  void remove(Query query) {
    if (byId.get(query.id) == query) {
      byId.remove(query.id);
    }
  }

  boolean isEmpty() {
    return byId.isEmpty();
  }

  int size() {
    return byId.size();
  }

  /** Every try waiting, in no order; for failing them all. */
  List<Query> snapshot() {
    return new ArrayList<>(byId.values());
  }
}
