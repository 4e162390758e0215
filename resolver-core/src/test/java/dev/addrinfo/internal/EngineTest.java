package dev.addrinfo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.AddrInfoException;
import dev.addrinfo.EaiError;
import dev.addrinfo.Hints;
import dev.addrinfo.Linux;
import dev.addrinfo.NameInfoFlag;
import dev.addrinfo.SystemFiles;
import dev.addrinfo.internal.ifaddr.InterfaceAddresses;
import dev.addrinfo.internal.numeric.NumericHost;
import dev.addrinfo.internal.numeric.ScopeIds;
import dev.addrinfo.internal.sort.SourceAddress;
import dev.addrinfo.services.LineProblem;
import dev.addrinfo.testing.FakeClock;
import dev.addrinfo.testing.FakeTransport;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine over real files in a temporary directory, with a fake clock, transport and interfaces. */
class EngineTest {
  @TempDir
  Path dir;

  private final FakeClock clock = new FakeClock();
  private final FakeTransport transport = new FakeTransport();
  private final List<LineProblem> problems = new ArrayList<>();

  private Engine engine(UnaryOperator<EngineSettings> tweak) throws IOException {
    write("hosts", "127.0.0.1 localhost\n::1 localhost\n");
    write("host.conf", "multi on\n");
    write("nsswitch.conf", "hosts: files dns\n");
    write("resolv.conf", "nameserver 127.0.0.53\nsearch example.test\n");
    SystemFiles files = new SystemFiles(dir.resolve("hosts"), dir.resolve("host.conf"), dir.resolve("resolv.conf"),
        dir.resolve("nsswitch.conf"), dir.resolve("gai.conf"), dir.resolve("services"));
    InterfaceAddresses both = new InterfaceAddresses() {
      @Override
      public boolean hasNonLoopbackIpv4() {
        return true;
      }

      @Override
      public boolean hasNonLoopbackIpv6() {
        return true;
      }
    };
    EngineSettings s = new EngineSettings(files, Map.of(), "box.example.test", transport, UnaryOperator.identity(),
        100, clock, null, both, dest -> Optional.of(SourceAddress.listed(dest, dest.getAddress().length * 8, 1)),
        ScopeIds.system(), Duration.ofSeconds(1), problems::add, null, true);
    return new Engine(tweak.apply(s));
  }

  private void write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    FileTime before = Files.exists(p) ? Files.getLastModifiedTime(p) : null;
    Files.writeString(p, text);
    if (before != null) {
      Files.setLastModifiedTime(p, FileTime.fromMillis(before.toMillis() + 2_000));
    }
  }

  private static List<String> addresses(List<AddrInfo> r) {
    return r.stream().map(a -> NumericHost.format(a.address().getAddress())).toList();
  }

  private static final Hints STREAM = Hints.builder().socketType(Linux.SOCK_STREAM).build();

  @Test
  void hostsFileEditIsSeenOnceTheCheckIntervalHasPassed() throws Exception {
    try (Engine e = engine(s -> s)) {
      assertEquals(List.of("::1", "127.0.0.1"), addresses(e.getAddrInfo("localhost", null, STREAM).join()));
      write("hosts", "192.0.2.7 localhost\n");
      assertEquals(2, e.getAddrInfo("localhost", null, STREAM).join().size());
      clock.advance(Duration.ofSeconds(2));
      assertEquals(List.of("192.0.2.7"), addresses(e.getAddrInfo("localhost", null, STREAM).join()));
    }
  }

  @Test
  void resolvConfSearchListAndServerAreUsedAndReloaded() throws Exception {
    transport.address("www.example.test.", "192.0.2.80");
    try (Engine e = engine(s -> s)) {
      assertEquals(List.of("192.0.2.80"), addresses(e.getAddrInfo("www", null, STREAM).join()));
      assertEquals(new InetSocketAddress("127.0.0.53", 53), transport.sent().get(0).server());
      write("resolv.conf", "nameserver 127.0.0.54\n");
      clock.advance(Duration.ofSeconds(2));
      e.getAddrInfo("other.test", null, STREAM).handle((r, t) -> r);
      assertEquals(new InetSocketAddress("127.0.0.54", 53), transport.sent().get(transport.sent().size() - 1).server());
    }
  }

  @Test
  void dnsOverrideReplacesTheNameServers() throws Exception {
    InetSocketAddress mine = new InetSocketAddress("127.0.0.9", 5353);
    transport.address("www.example.test.", "192.0.2.80");
    try (Engine e = engine(s -> s.withDnsOverride(c -> c.toBuilder().nameservers(List.of(mine)).build()))) {
      e.getAddrInfo("www.example.test", null, STREAM).join();
      assertEquals(mine, transport.sent().get(0).server());
    }
  }

  @Test
  void cachedAnswerIsReusedUntilItsTtlRunsOut() throws Exception {
    transport.address("www.example.test.", "192.0.2.80");
    try (Engine e = engine(s -> s)) {
      e.getAddrInfo("www.example.test", null, Hints.builder().family(Linux.AF_INET).build()).join();
      e.getAddrInfo("www.example.test", null, Hints.builder().family(Linux.AF_INET).build()).join();
      assertEquals(1, transport.sent().size());
      clock.advance(Duration.ofSeconds(301));
      e.getAddrInfo("www.example.test", null, Hints.builder().family(Linux.AF_INET).build()).join();
      assertEquals(2, transport.sent().size());
    }
  }

  @Test
  void missingServicesFileFallsBackToTheBundledTable() throws Exception {
    try (Engine e = engine(s -> s)) {
      assertEquals(25, e.getAddrInfo("localhost", "smtp", STREAM).join().get(0).port());
    }
  }

  @Test
  void badConfigurationLinesAreReportedNotFatal() throws Exception {
    try (Engine e = engine(s -> s)) {
      write("hosts", "not-an-address localhost\n127.0.0.1 localhost\n");
      clock.advance(Duration.ofSeconds(2));
      assertEquals(List.of("127.0.0.1"), addresses(e.getAddrInfo("localhost", null, STREAM).join()));
      assertTrue(problems.stream().anyMatch(p -> p.lineNumber() == 1 && p.source().endsWith("hosts")), problems::toString);
    }
  }

  @Test
  void getNameInfoUsesTheHostsFileAndNoFqdnCutsTheLocalDomain() throws Exception {
    try (Engine e = engine(s -> s)) {
      write("hosts", "192.0.2.7 web.example.test web\n");
      clock.advance(Duration.ofSeconds(2));
      InetSocketAddress a = new InetSocketAddress(InetAddress.getByName("192.0.2.7"), 80);
      assertEquals("web.example.test", e.getNameInfo(a, Set.of()).join().host());
      assertEquals("web", e.getNameInfo(a, Set.of(NameInfoFlag.NOFQDN)).join().host());
      assertEquals("http", e.getNameInfo(a, Set.of()).join().service());
    }
  }

  @Test
  void futuresCompleteOnTheGivenExecutor() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "caller-pool"));
    java.util.concurrent.CompletableFuture<dev.addrinfo.spi.DnsResponse> held = new java.util.concurrent.CompletableFuture<>();
    transport.script((q, server) -> held);
    try (Engine e = engine(s -> s.withExecutor(pool))) {
      var thread = e.getAddrInfo("www.example.test", null, Hints.builder().family(Linux.AF_INET).build())
          .handle((r, t) -> Thread.currentThread().getName());
      held.complete(transport.fromZone(new dev.addrinfo.spi.DnsQuestion("www.example.test.", dev.addrinfo.spi.RecordType.A)));
      assertEquals("caller-pool", thread.join());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void closingClosesTheTransport() throws Exception {
    engine(s -> s).close();
    assertTrue(transport.closed());
  }

  @Test
  void failuresCarryGlibcCodes() throws Exception {
    try (Engine e = engine(s -> s)) {
      CompletionException x = assertThrows(CompletionException.class,
          () -> e.getAddrInfo("localhost", "nosuchservice", STREAM).join());
      assertEquals(EaiError.EAI_SERVICE, assertInstanceOf(AddrInfoException.class, x.getCause()).error());
    }
  }

  @Test
  void backToBackLookupsWithoutACacheEachAskTheServer() throws Exception {
    backToBackLookupsAskTheServer(0, 300);
  }

  @Test
  void backToBackLookupsOfAZeroTtlAnswerEachAskTheServer() throws Exception {
    backToBackLookupsAskTheServer(100, 0);
  }

  /** Answers arrive on another thread, as from a network, so a lookup can race the previous one's completion. */
  private void backToBackLookupsAskTheServer(int cacheSize, long ttl) throws Exception {
    transport.record(dev.addrinfo.spi.DnsRecord.address("www.example.test.", ttl, InetAddress.getByName("192.0.2.80")));
    ExecutorService network = Executors.newSingleThreadExecutor();
    transport.script((q, server) -> java.util.concurrent.CompletableFuture.supplyAsync(() -> transport.fromZone(q), network));
    Hints inet = Hints.builder().family(Linux.AF_INET).socketType(Linux.SOCK_STREAM).build();
    try (Engine e = engine(s -> s.withTransport(transport, cacheSize))) {
      for (int i = 0; i < 400; i++) {
        assertEquals(List.of("192.0.2.80"), addresses(e.getAddrInfo("www.example.test", null, inet).join()));
      }
      assertEquals(400, transport.sent().size());
    } finally {
      network.shutdown();
    }
  }

  @Test
  void aRepeatedLookupGetsTheSameCompletedFutureForUpToASecond() throws Exception {
    transport.address("www.example.test.", "192.0.2.80").address("www.example.test.", "2001:db8::80");
    try (Engine e = engine(s -> s)) {
      assertEquals(2, e.getAddrInfo("www.example.test", "http", STREAM).join().size());
      var cached = e.getAddrInfo("www.example.test", "http", STREAM);
      assertTrue(cached == e.getAddrInfo("www.example.test", "http", STREAM), "the cached future itself");
      clock.advance(Duration.ofMillis(1_000));
      var rebuilt = e.getAddrInfo("www.example.test", "http", STREAM);
      assertTrue(cached != rebuilt, "sorted again after a second");
      assertEquals(cached.join(), rebuilt.join());
      assertEquals(2, transport.sent().size(), "rebuilt from the DNS cache, not asked again");
    }
  }

  @Test
  void withoutACacheEveryLookupIsMadeAfresh() throws Exception {
    transport.address("www.example.test.", "192.0.2.80");
    try (Engine e = engine(s -> s.withTransport(transport, 0))) {
      var first = e.getAddrInfo("www.example.test", null, STREAM);
      first.join();
      assertTrue(first != e.getAddrInfo("www.example.test", null, STREAM));
    }
  }
}
