package dev.addrinfo.micrometer;

import static dev.addrinfo.micrometer.Meters.assertCount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import dev.addrinfo.Hints;
import dev.addrinfo.Linux;
import dev.addrinfo.LookupEvent;
import dev.addrinfo.QuestionEvent;
import dev.addrinfo.Resolver;
import dev.addrinfo.ResolverListener;
import dev.addrinfo.SystemFiles;
import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.RecordType;
import dev.addrinfo.testing.FakeTransport;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The meters through the public Resolver over real files and a scripted transport. */
class AddrInfoMetricsTest {
  private static final Hints INET_STREAM = Hints.builder().family(Linux.AF_INET).socketType(Linux.SOCK_STREAM).build();

  @TempDir
  Path dir;

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final AddrInfoMetrics metrics = new AddrInfoMetrics(registry, Tags.of("resolver", "test"));
  private final FakeTransport transport = new FakeTransport().address("www.example.test.", "192.0.2.80");
  private Resolver resolver;

  private Resolver resolver(int attempts) throws IOException {
    return resolver(attempts, "nameserver 127.0.0.53\n");
  }

  private Resolver resolver(int attempts, String resolvConf) throws IOException {
    Files.writeString(dir.resolve("hosts"), "127.0.0.1 localhost\n");
    Files.writeString(dir.resolve("nsswitch.conf"), "hosts: files dns\n");
    Files.writeString(dir.resolve("resolv.conf"), resolvConf);
    SystemFiles files = new SystemFiles(dir.resolve("hosts"), dir.resolve("host.conf"), dir.resolve("resolv.conf"),
        dir.resolve("nsswitch.conf"), dir.resolve("gai.conf"), dir.resolve("services"));
    resolver = metrics.bind(Resolver.builder().files(files).environment(Map.of()).transport(transport)
        .attempts(attempts).listener(metrics.listener()).build());
    return resolver;
  }

  @AfterEach
  void close() {
    if (resolver != null) {
      resolver.close();
    }
    metrics.close();
  }

  @Test
  void lookupsAreCountedByCallAndOutcome() throws Exception {
    Resolver r = resolver(1);
    r.getAddrInfo("www.example.test", null, INET_STREAM).join();
    r.getAddrInfo("www.example.test", "443", INET_STREAM).join();
    assertThrows(CompletionException.class, () -> r.getAddrInfo("nowhere.test", null, INET_STREAM).join());
    r.getNameInfo(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 25), Set.of()).join();

    assertCount(2, registry, AddrInfoMetrics.LOOKUPS, "call", "getaddrinfo", "outcome", "ok", "resolver", "test");
    assertCount(1, registry, AddrInfoMetrics.LOOKUPS, "call", "getaddrinfo", "outcome", "EAI_NONAME");
    assertCount(1, registry, AddrInfoMetrics.LOOKUPS, "call", "getnameinfo", "outcome", "ok");
  }

  @Test
  void aResultCacheHitIsCountedAndLeftOutOfTheLatencyTimer() throws Exception {
    Resolver r = resolver(1);
    for (int i = 0; i < 3; i++) {
      r.getAddrInfo("www.example.test", null, INET_STREAM).join();
    }
    assertCount(2, registry, AddrInfoMetrics.RESULT_CACHE_HITS);
    assertCount(3, registry, AddrInfoMetrics.LOOKUPS, "call", "getaddrinfo", "outcome", "ok");
    assertCount(1, registry, AddrInfoMetrics.LOOKUP_LATENCY, "call", "getaddrinfo");
    assertEquals(1, transport.sent().size());
  }

  @Test
  void aTryToAServerRememberedDeadIsCountedAsSkipped() throws Exception {
    InetSocketAddress dead = new InetSocketAddress("127.0.0.53", 53);
    transport.script((q, server) -> server.equals(dead) ? FakeTransport.timeout()
        : java.util.concurrent.CompletableFuture.completedFuture(transport.fromZone(q)));
    Resolver r = resolver(1, "nameserver 127.0.0.53\nnameserver 127.0.0.54\n");
    r.getAddrInfo("www.example.test", null, INET_STREAM).join();
    assertCount(0, registry, AddrInfoMetrics.SKIPPED_TRIES);
    transport.address("mail.example.test.", "192.0.2.25");
    r.getAddrInfo("mail.example.test", null, INET_STREAM).join();
    assertCount(1, registry, AddrInfoMetrics.SKIPPED_TRIES);
  }

  @Test
  void aDnsCacheHitIsCountedAmongTheQuestions() throws Exception {
    Resolver r = resolver(1);
    r.getAddrInfo("www.example.test", null, INET_STREAM).join();
    r.getAddrInfo("www.example.test", "443", INET_STREAM).join(); // another result, the same A question
    assertCount(2, registry, AddrInfoMetrics.QUESTIONS);
    assertCount(1, registry, AddrInfoMetrics.DNS_CACHE_HITS);
    assertCount(0, registry, AddrInfoMetrics.RESULT_CACHE_HITS);
  }

  static Stream<Arguments> failures() {
    Supplier<CompletionStage<DnsResponse>> timeout = FakeTransport::timeout;
    Supplier<CompletionStage<DnsResponse>> servfail = () -> FakeTransport.rcode(DnsResponse.SERVFAIL);
    Supplier<CompletionStage<DnsResponse>> refused = () -> FakeTransport.rcode(DnsResponse.REFUSED);
    return Stream.of(Arguments.of("timeout", timeout), Arguments.of("server failure", servfail),
        Arguments.of("refused by the server", refused));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void aQuestionGivenUpIsCountedByReason(String reason, Supplier<CompletionStage<DnsResponse>> answer)
      throws Exception {
    transport.script((q, server) -> answer.get());
    Resolver r = resolver(2);
    assertThrows(CompletionException.class, () -> r.getAddrInfo("www.example.test", null, INET_STREAM).join());
    assertEquals(2, transport.sent().size());
    assertCount(1, registry, AddrInfoMetrics.QUESTIONS_GIVEN_UP, "reason", reason, "resolver", "test");
    assertCount(1, registry, AddrInfoMetrics.QUESTIONS);
  }

  @Test
  void aTimeoutEndsTheLookupWithEaiAgain() throws Exception {
    transport.script((q, server) -> FakeTransport.timeout());
    Resolver r = resolver(1);
    assertThrows(CompletionException.class, () -> r.getAddrInfo("www.example.test", null, INET_STREAM).join());
    assertCount(1, registry, AddrInfoMetrics.LOOKUPS, "call", "getaddrinfo", "outcome", "EAI_AGAIN");
    assertCount(1, registry, AddrInfoMetrics.LOOKUP_LATENCY, "call", "getaddrinfo");
  }

  @Test
  void everyTransportCounterHasItsMeterOnceBound() throws Exception {
    resolver(1);
    for (String name : List.of(AddrInfoMetrics.MESSAGES_SENT, AddrInfoMetrics.MESSAGES_ANSWERED,
        AddrInfoMetrics.TIMEOUTS, AddrInfoMetrics.TCP_FALLBACKS, AddrInfoMetrics.EDNS_FALLBACKS)) {
      assertCount(0, registry, name, "resolver", "test");
    }
    for (String reason : List.of("wrong-source", "wrong-id", "wrong-question", "malformed")) {
      assertCount(0, registry, AddrInfoMetrics.MESSAGES_DROPPED, "reason", reason);
    }
  }

  @Test
  void bindingASecondResolverIsRefused() throws Exception {
    resolver(1);
    try (Resolver second = Resolver.builder().transport(new FakeTransport()).build()) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> metrics.bind(second));
      assertTrue(e.getMessage().startsWith("metrics already bound to "), e.getMessage());
    }
  }

  @Test
  void closeTakesEveryMeterOutOfTheRegistryAndStopsCounting() throws Exception {
    Resolver r = resolver(1);
    r.getAddrInfo("www.example.test", null, INET_STREAM).join();
    assertTrue(registry.getMeters().size() > 10);
    metrics.close();
    assertEquals(List.<Meter>of(), registry.getMeters());
    assertThrows(CompletionException.class, () -> r.getAddrInfo("nowhere.test", null, INET_STREAM).join());
    assertEquals(List.<Meter>of(), registry.getMeters());
    assertThrows(IllegalStateException.class, () -> metrics.bind(r));
  }

  @Test
  void reasonsPastTheLimitAreCountedAsOther() {
    DnsQuestion q = new DnsQuestion("www.example.test.", RecordType.A);
    for (int i = 0; i < MetricsListener.MAX_DISTINCT + 5; i++) {
      metrics.listener().onQuestion(new QuestionEvent(q, false, 1, -1, 0, "reason " + i, Duration.ZERO));
    }
    assertEquals(MetricsListener.MAX_DISTINCT + 1, registry.find(AddrInfoMetrics.QUESTIONS_GIVEN_UP).counters().size());
    assertCount(5, registry, AddrInfoMetrics.QUESTIONS_GIVEN_UP, "reason", MetricsListener.OTHER);
  }

  @ParameterizedTest(name = "cacheHit={0}")
  @ValueSource(booleans = {true, false})
  void theListenerAllocatesNothingPerLookup(boolean cacheHit) {
    LookupEvent event = new LookupEvent("getaddrinfo", "www.example.test", cacheHit, null, Duration.ofMillis(3));
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    ResolverListener listener = metrics.listener();
    listener.onLookup(event);
    int events = 100_000;
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < events; i++) {
      listener.onLookup(event);
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertTrue(allocated < events, allocated + " bytes allocated for " + events + " events");
    assertCount(events + 1, registry, AddrInfoMetrics.LOOKUPS, "call", "getaddrinfo", "outcome", "ok");
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    assertEquals("registry", assertThrows(NullPointerException.class, () -> new AddrInfoMetrics(null)).getMessage());
    assertEquals("tags", assertThrows(NullPointerException.class, () -> new AddrInfoMetrics(registry, null))
        .getMessage());
    assertEquals("resolver", assertThrows(NullPointerException.class, () -> metrics.bind(null)).getMessage());
  }
}
