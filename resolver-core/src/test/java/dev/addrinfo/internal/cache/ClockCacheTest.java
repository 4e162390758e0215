package dev.addrinfo.internal.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ClockCacheTest {
  @Test
  void anEntryReadSinceTheLastSweepSurvivesAndAnUnreadOneGoes() {
    ClockCache<String, Integer> c = new ClockCache<>(3);
    c.put("a", 1);
    c.put("b", 2);
    c.put("c", 3);
    c.get("a");
    c.get("c");
    c.put("d", 4);
    assertNull(c.get("b"));
    assertEquals(1, c.get("a"));
    assertEquals(3, c.get("c"));
    assertEquals(4, c.get("d"));
  }

  @Test
  void whenEveryEntryWasReadTheSweepGivesEachASecondChanceThenEvictsTheOldest() {
    ClockCache<String, Integer> c = new ClockCache<>(2);
    c.put("a", 1);
    c.put("b", 2);
    c.get("a");
    c.get("b");
    c.put("c", 3);
    assertNull(c.get("a"));
    assertEquals(2, c.size());
  }

  @Test
  void replacingAValueKeepsOneEntry() {
    ClockCache<String, Integer> c = new ClockCache<>(2);
    c.put("a", 1);
    c.put("a", 2);
    assertEquals(1, c.size());
    assertEquals(2, c.get("a"));
  }

  @Test
  void removeTakesOnlyTheGivenValueAndFreesItsSlot() {
    ClockCache<String, Integer> c = new ClockCache<>(2);
    Integer one = 1000;
    c.put("a", one);
    c.remove("a", 2000);
    assertEquals(one, c.get("a"));
    c.remove("a", one);
    assertNull(c.get("a"));
    c.put("b", 2);
    c.put("c", 3);
    assertEquals(2, c.size(), "the freed slot is reused before anything is evicted");
    assertEquals(2, c.get("b"));
  }

  @Test
  void removeIfDropsWhatTheTestSelects() {
    ClockCache<Integer, Integer> c = new ClockCache<>(10);
    for (int i = 0; i < 10; i++) {
      c.put(i, i);
    }
    c.removeIf((k, v) -> v % 2 == 0);
    assertEquals(5, c.size());
    assertNull(c.get(4));
    assertEquals(5, c.get(5));
  }

  @Test
  void concurrentWritersNeverPassTheBound() throws Exception {
    ClockCache<Integer, Integer> c = new ClockCache<>(100);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int base = t * 100_000;
        done.add(pool.submit(() -> {
          for (int i = 0; i < 20_000; i++) {
            c.put(base + i, i);
            c.get(base + i / 2);
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(100, c.size());
    int[] seen = {0};
    c.forEach((k, v) -> seen[0]++);
    assertEquals(100, seen[0]);
  }

  @Test
  void aCacheMustHoldSomething() {
    assertEquals("cache must hold at least one entry: 0",
        assertThrows(IllegalArgumentException.class, () -> new ClockCache<>(0)).getMessage());
  }
}
