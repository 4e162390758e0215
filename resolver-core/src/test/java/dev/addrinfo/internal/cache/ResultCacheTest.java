package dev.addrinfo.internal.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.Hints;
import dev.addrinfo.Linux;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultCacheTest {
  private static final Hints STREAM = Hints.builder().socketType(Linux.SOCK_STREAM).build();
  private static final Object V1 = new Object();
  private final ResultCache cache = new ResultCache(100);

  private static List<AddrInfo> result(String ip) throws Exception {
    return List.of(new AddrInfo(Linux.AF_INET, Linux.SOCK_STREAM, 6, "",
        new InetSocketAddress(InetAddress.getByName(ip), 80)));
  }

  @Test
  void aHitIsTheSameCompletedFutureEveryTime() throws Exception {
    List<AddrInfo> r = result("192.0.2.1");
    cache.put("www.example", "http", STREAM, V1, 0, r, 300);
    var first = cache.get("www.example", "http", STREAM, V1, 10);
    assertSame(r, first.join());
    assertSame(first, cache.get("www.example", "http", STREAM, V1, 20));
  }

  @Test
  void anotherServiceHintsOrNullHostIsAnotherQuestion() throws Exception {
    cache.put("www.example", "http", STREAM, V1, 0, result("192.0.2.1"), 300);
    assertNull(cache.get("www.example", "https", STREAM, V1, 1));
    assertNull(cache.get("www.example", "http", Hints.DEFAULT, V1, 1));
    assertNull(cache.get(null, "http", STREAM, V1, 1));
    cache.put(null, null, STREAM, V1, 0, result("127.0.0.1"), 300);
    assertNotNull(cache.get(null, null, STREAM, V1, 1));
    assertNull(cache.get("www.example", null, STREAM, V1, 1));
  }

  @Test
  void aNewConfigurationVersionMissesEverything() throws Exception {
    cache.put("www.example", null, STREAM, V1, 0, result("192.0.2.1"), 300);
    assertNull(cache.get("www.example", null, STREAM, new Object(), 1));
  }

  @Test
  void aResultHoldsOneSecondOrItsTtlIfShorterAndNeverWithATtlOfZero() throws Exception {
    cache.put("long", null, STREAM, V1, 1_000, result("192.0.2.1"), 300);
    cache.put("short", null, STREAM, V1, 1_000, result("192.0.2.2"), 0);
    assertNotNull(cache.get("long", null, STREAM, V1, 1_999));
    assertNull(cache.get("long", null, STREAM, V1, 2_000));
    assertNull(cache.get("short", null, STREAM, V1, 1_000));
  }

  @Test
  void eachHostKeepsItsNewestEightQuestions() throws Exception {
    for (int port = 1; port <= ResultCache.PER_HOST + 1; port++) {
      cache.put("h", String.valueOf(port), STREAM, V1, 0, result("192.0.2.1"), 300);
    }
    assertNull(cache.get("h", "1", STREAM, V1, 1));
    for (int port = 2; port <= ResultCache.PER_HOST + 1; port++) {
      assertNotNull(cache.get("h", String.valueOf(port), STREAM, V1, 1), "service " + port);
    }
    assertEquals(1, cache.size());
  }
}
