package dev.addrinfo.internal.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.DnsRecord;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.RecordType;
import dev.addrinfo.testing.FakeClock;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DnsCacheTest {
  private final FakeClock clock = new FakeClock();
  private final DnsCache cache = new DnsCache(100, clock);

  private static DnsQuestion a(String name) {
    return new DnsQuestion(name, RecordType.A);
  }

  private static DnsResponse answer(long... ttls) throws Exception {
    List<DnsRecord> records = new java.util.ArrayList<>();
    for (long ttl : ttls) {
      records.add(DnsRecord.address("x.test.", ttl, InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 1})));
    }
    return new DnsResponse(DnsResponse.NOERROR, false, true, false, records, -1);
  }

  @Test
  void positiveAnswerIsKeptForItsSmallestRecordTtl() throws Exception {
    cache.put(a("x.test."), answer(300, 30));
    clock.advance(Duration.ofSeconds(29));
    assertNotNull(cache.get(a("x.test.")));
    clock.advance(Duration.ofSeconds(1));
    assertNull(cache.get(a("x.test.")));
  }

  @Test
  void namesAreMatchedCaseInsensitively() throws Exception {
    cache.put(a("X.Test."), answer(30));
    assertNotNull(cache.get(a("x.test.")));
  }

  @Test
  void negativeAnswerIsKeptForTheSoaMinimum() {
    cache.put(a("gone.test."), new DnsResponse(DnsResponse.NXDOMAIN, false, true, false, List.of(), 60));
    clock.advance(Duration.ofSeconds(59));
    assertEquals(DnsResponse.NXDOMAIN, cache.get(a("gone.test.")).rcode());
    clock.advance(Duration.ofSeconds(1));
    assertNull(cache.get(a("gone.test.")));
  }

  @Test
  void negativeAnswerWithoutSoaIsNotKept() {
    cache.put(a("gone.test."), new DnsResponse(DnsResponse.NXDOMAIN, false, true, false, List.of(), -1));
    assertNull(cache.get(a("gone.test.")));
  }

  @Test
  void serverFailureIsNeverKept() {
    cache.put(a("x.test."), new DnsResponse(DnsResponse.SERVFAIL, false, true, false, List.of(), 60));
    assertNull(cache.get(a("x.test.")));
  }

  @Test
  void zeroTtlAnswerIsNotKept() throws Exception {
    cache.put(a("x.test."), answer(0));
    assertNull(cache.get(a("x.test.")));
  }

  @Test
  void leastRecentlyUsedEntryIsEvictedPastTheBound() throws Exception {
    DnsCache small = new DnsCache(2, clock);
    small.put(a("one.test."), answer(300));
    small.put(a("two.test."), answer(300));
    small.get(a("one.test."));
    small.put(a("three.test."), answer(300));
    assertEquals(2, small.size());
    assertNotNull(small.get(a("one.test.")));
    assertNull(small.get(a("two.test.")));
    assertNotNull(small.get(a("three.test.")));
  }

  @Test
  void largeCacheStaysWithinItsBound() throws Exception {
    DnsCache c = new DnsCache(500, clock);
    for (int i = 0; i < 2_000; i++) {
      c.put(a("n" + i + ".test."), answer(300));
    }
    assertEquals(500, c.size());
  }
}
