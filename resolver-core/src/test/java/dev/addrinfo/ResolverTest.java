package dev.addrinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.services.LineProblem;
import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.RecordType;
import dev.addrinfo.spi.RouteProbe;
import dev.addrinfo.testing.FakeTransport;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public entry point over real files in a temporary directory and a scripted transport. */
class ResolverTest {
  private static final Hints INET_STREAM = Hints.builder().family(Linux.AF_INET).socketType(Linux.SOCK_STREAM).build();
  private static final InetSocketAddress MINE = new InetSocketAddress("127.0.0.9", 5353);

  @TempDir
  Path dir;

  private final FakeTransport transport = new FakeTransport().address("www.example.test.", "192.0.2.80");

  private Resolver.Builder builder() throws IOException {
    Files.writeString(dir.resolve("hosts"), "127.0.0.1 localhost\n");
    Files.writeString(dir.resolve("nsswitch.conf"), "hosts: files dns\n");
    Files.writeString(dir.resolve("resolv.conf"), "nameserver 127.0.0.53\nsearch example.test\noptions timeout:3\n");
    SystemFiles files = new SystemFiles(dir.resolve("hosts"), dir.resolve("host.conf"), dir.resolve("resolv.conf"),
        dir.resolve("nsswitch.conf"), dir.resolve("gai.conf"), dir.resolve("services"));
    return Resolver.builder().files(files).environment(Map.of()).transport(transport);
  }

  private static List<String> addresses(List<AddrInfo> results) {
    return results.stream().map(a -> a.address().getAddress().getHostAddress()).toList();
  }

  @Test
  void resolvConfIsReadAndTheBuildersSettingsReplaceItsValues() throws Exception {
    try (Resolver r = builder().nameservers(List.of(MINE)).search(List.of()).timeout(Duration.ofSeconds(7))
        .attempts(4).build()) {
      assertEquals(List.of(MINE), r.dnsConfig().nameservers());
      assertEquals(List.of(), r.dnsConfig().search());
      assertEquals(Duration.ofSeconds(7), r.dnsConfig().timeout());
      assertEquals(4, r.dnsConfig().attempts());
      assertEquals(List.of("192.0.2.80"), addresses(r.getAddrInfo("www.example.test", null, INET_STREAM).join()));
      assertEquals(MINE, transport.sent().get(0).server());
      assertEquals(Duration.ofSeconds(7), transport.sent().get(0).options().timeout());
    }
  }

  @Test
  void withoutOverridesResolvConfDecides() throws Exception {
    try (Resolver r = builder().build()) {
      assertEquals(List.of("example.test"), r.dnsConfig().search());
      assertEquals(Duration.ofSeconds(3), r.dnsConfig().timeout());
      r.getAddrInfo("www", null, INET_STREAM).join();
      assertEquals(new DnsQuestion("www.example.test.", RecordType.A), transport.sent().get(0).question());
    }
  }

  @Test
  void configureChangesAnythingElseAfterTheOtherSettings() throws Exception {
    try (Resolver r = builder().attempts(3).configure(c -> c.toBuilder().ndots(4).attempts(1).build()).build()) {
      assertEquals(4, r.dnsConfig().ndots());
      assertEquals(1, r.dnsConfig().attempts());
    }
  }

  @Test
  void aCacheSizeOfZeroAsksEveryTime() throws Exception {
    try (Resolver r = builder().cacheSize(0).build()) {
      for (int i = 0; i < 3; i++) {
        r.getAddrInfo("www.example.test", null, INET_STREAM).join();
      }
      assertEquals(3, transport.sent().size());
      assertEquals(0, r.stats().resultCacheHits());
    }
  }

  @Test
  void statsCountLookupsCachesQuestionsAndFailures() throws Exception {
    try (Resolver r = builder().build()) {
      r.getAddrInfo("www.example.test", null, INET_STREAM).join();
      r.getAddrInfo("www.example.test", null, INET_STREAM).join();
      assertThrows(CompletionException.class, () -> r.getAddrInfo("nowhere.test.", null, INET_STREAM).join());
      ResolverStats s = r.stats();
      assertEquals(3, s.lookups());
      assertEquals(1, s.failedLookups());
      assertEquals(1, s.resultCacheHits());
      assertEquals(2, s.questions());
      assertEquals(0, s.dnsCacheHits());
    }
  }

  @Test
  void theListenerHearsOfEveryQuestionAndLookup() throws Exception {
    List<QuestionEvent> questions = new CopyOnWriteArrayList<>();
    List<LookupEvent> lookups = new CopyOnWriteArrayList<>();
    ResolverListener listener = new ResolverListener() {
      @Override
      public void onQuestion(QuestionEvent q) {
        questions.add(q);
      }

      @Override
      public void onLookup(LookupEvent l) {
        lookups.add(l);
      }
    };
    transport.script((q, s) -> q.name().startsWith("slow") ? FakeTransport.timeout() : null);
    try (Resolver r = builder().attempts(2).listener(listener).build()) {
      r.getAddrInfo("www.example.test", null, INET_STREAM).join();
      r.getAddrInfo("www.example.test", null, INET_STREAM).join();
      assertThrows(CompletionException.class, () -> r.getAddrInfo("slow.test.", null, INET_STREAM).join());
    }
    assertEquals(2, questions.size());
    assertEquals(1, questions.get(0).tries());
    assertNull(questions.get(0).failure());
    assertEquals(2, questions.get(1).tries());
    assertEquals("timeout", questions.get(1).failure());
    assertEquals(List.of(false, true, false), lookups.stream().map(LookupEvent::cacheHit).toList());
    assertEquals(EaiError.EAI_AGAIN, lookups.get(2).error());
    assertEquals("www.example.test", lookups.get(0).subject());
  }

  @Test
  void aListenerThatThrowsChangesNoLookup() throws Exception {
    ResolverListener broken = new ResolverListener() {
      @Override
      public void onLookup(LookupEvent l) {
        throw new IllegalStateException("broken listener");
      }
    };
    try (Resolver r = builder().listener(broken).build()) {
      assertEquals(List.of("192.0.2.80"), addresses(r.getAddrInfo("www.example.test", null, INET_STREAM).join()));
    }
  }

  @Test
  void theTransportsRouteProbeFindsTheSourceAddresses() throws Exception {
    AtomicInteger probes = new AtomicInteger();
    RouteProbe probe = destination -> {
      probes.incrementAndGet();
      return InetAddress.getLoopbackAddress();
    };
    FakeTransport withProbe = new FakeTransport().routeProbe(probe)
        .address("two.test.", "192.0.2.1").address("two.test.", "2001:db8::1");
    try (Resolver r = builder().transport(withProbe).build()) {
      assertEquals(2, r.getAddrInfo("two.test.", null, Hints.builder().socketType(Linux.SOCK_STREAM).build()).join()
          .size());
    }
    assertEquals(2, probes.get());
  }

  @Test
  void warningsGoWhereTheBuilderSays() throws Exception {
    List<LineProblem> seen = new ArrayList<>();
    Resolver.Builder b = builder().warnings(seen::add);
    Files.writeString(dir.resolve("hosts"), "not-an-address localhost\n");
    try (Resolver r = b.build()) {
      assertThrows(CompletionException.class, () -> r.getAddrInfo("localhost", null, INET_STREAM).join());
    }
    assertEquals(1, seen.size());
    assertEquals(1, seen.get(0).lineNumber());
  }

  @Test
  void closingClosesTheTransport() throws Exception {
    builder().build().close();
    assertTrue(transport.closed());
  }

  @Test
  void withoutATransportOnlyTheFilesAnswer() throws Exception {
    try (Resolver r = Resolver.builder().files(new SystemFiles(dir.resolve("hosts"), dir.resolve("x"),
        dir.resolve("x"), dir.resolve("nsswitch.conf"), dir.resolve("x"), dir.resolve("x"))).build()) {
      Files.writeString(dir.resolve("hosts"), "192.0.2.5 box\n");
      Files.writeString(dir.resolve("nsswitch.conf"), "hosts: files dns\n");
      assertEquals(List.of("192.0.2.5"), addresses(r.getAddrInfo("box", null, INET_STREAM).join()));
      // Every family and path says the name is not known, as with a dns module that is not there.
      for (int family : new int[] {Linux.AF_INET, Linux.AF_INET6, Linux.AF_UNSPEC}) {
        for (int flags : new int[] {0, Linux.AI_CANONNAME}) {
          Hints hints = Hints.builder().family(family).flags(flags).socketType(Linux.SOCK_STREAM).build();
          CompletionException e = assertThrows(CompletionException.class,
              () -> r.getAddrInfo("www.example.test", null, hints).join());
          AddrInfoException failure = assertInstanceOf(AddrInfoException.class, e.getCause());
          assertEquals(EaiError.EAI_NONAME, failure.error(), hints.toString());
        }
      }
    }
  }

  @Test
  void badSettingsAreRefusedNamingTheValue() {
    Resolver.Builder b = Resolver.builder();
    assertEquals("timeout out of range 1-30 s: PT0.5S",
        assertThrows(IllegalArgumentException.class, () -> b.timeout(Duration.ofMillis(500))).getMessage());
    assertEquals("attempts out of range 1-5: 6",
        assertThrows(IllegalArgumentException.class, () -> b.attempts(6)).getMessage());
    assertEquals("cache size must not be negative: -1",
        assertThrows(IllegalArgumentException.class, () -> b.cacheSize(-1)).getMessage());
    assertEquals("name server list is empty",
        assertThrows(IllegalArgumentException.class, () -> b.nameservers(List.of())).getMessage());
    InetSocketAddress unresolved = InetSocketAddress.createUnresolved("ns.example", 53);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> b.addNameserver(unresolved)).getMessage()
        .contains("ns.example"));
  }

  @Test
  void getNameInfoFindsTheHostsFileName() throws Exception {
    try (Resolver r = builder().build()) {
      NameInfo n = r.getNameInfo(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 25), Set.of()).join();
      assertEquals("localhost", n.host());
    }
  }
}
