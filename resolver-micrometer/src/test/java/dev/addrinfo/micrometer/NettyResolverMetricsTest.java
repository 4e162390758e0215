package dev.addrinfo.micrometer;

import static dev.addrinfo.micrometer.Meters.assertCount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.Hints;
import dev.addrinfo.Linux;
import dev.addrinfo.Resolver;
import dev.addrinfo.ResolverConfig;
import dev.addrinfo.SystemFiles;
import dev.addrinfo.micrometer.TinyDnsServer.Query;
import dev.addrinfo.netty.NettyResolver;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Real lookups on Netty against a scripted server on 127.0.0.1, wired as the README shows. */
class NettyResolverMetricsTest {
  private static final Hints INET_STREAM = Hints.builder().family(Linux.AF_INET).socketType(Linux.SOCK_STREAM).build();
  private static final Hints STREAM = Hints.builder().socketType(Linux.SOCK_STREAM).build();
  private static final String NAME = "www.example.test";

  @TempDir
  Path dir;

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private TinyDnsServer server;
  private Resolver resolver;

  private Resolver start(TinyDnsServer.Script script, UnaryOperator<ResolverConfig> configure) throws IOException {
    server = TinyDnsServer.start(script);
    Files.writeString(dir.resolve("nsswitch.conf"), "hosts: dns\n");
    SystemFiles files = new SystemFiles(dir.resolve("hosts"), dir.resolve("host.conf"), dir.resolve("resolv.conf"),
        dir.resolve("nsswitch.conf"), dir.resolve("gai.conf"), dir.resolve("services"));
    AddrInfoMetrics metrics = new AddrInfoMetrics(registry, Tags.of("resolver", "netty"));
    resolver = metrics.bind(NettyResolver.builder().listener(metrics.listener())
        .files(files).environment(Map.of()).nameservers(List.of(server.address())).attempts(1)
        .configure(configure).build());
    return resolver;
  }

  private Resolver start(TinyDnsServer.Script script) throws IOException {
    return start(script, UnaryOperator.identity());
  }

  @AfterEach
  void stop() {
    if (resolver != null) {
      resolver.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private static List<String> addresses(List<AddrInfo> results) {
    return results.stream().map(a -> a.address().getAddress().getHostAddress()).toList();
  }

  @Test
  void everyMessageSentAndAnsweredIsCounted() throws Exception {
    Resolver r = start(q -> List.of(q.answer("192.0.2.80", "2001:db8::80")));
    assertEquals(2, r.getAddrInfo(NAME, null, STREAM).join().size());
    r.getAddrInfo(NAME, "443", STREAM).join(); // another result from the same two cached answers

    assertCount(2, registry, AddrInfoMetrics.MESSAGES_SENT, "resolver", "netty");
    assertCount(2, registry, AddrInfoMetrics.MESSAGES_ANSWERED);
    assertCount(4, registry, AddrInfoMetrics.QUESTIONS);
    assertCount(2, registry, AddrInfoMetrics.DNS_CACHE_HITS);
    assertCount(2, registry, AddrInfoMetrics.LOOKUPS, "call", "getaddrinfo", "outcome", "ok");
    assertCount(2, registry, AddrInfoMetrics.LOOKUP_LATENCY, "call", "getaddrinfo");
    assertEquals(2, server.queries().size());
  }

  @Test
  void aSilentServerIsCountedAsATimeoutAndAQuestionGivenUp() throws Exception {
    Resolver r = start(q -> List.of(), c -> c.toBuilder().timeout(Duration.ofMillis(200)).build());
    assertThrows(Exception.class, () -> r.getAddrInfo(NAME, null, INET_STREAM).join());

    assertCount(1, registry, AddrInfoMetrics.TIMEOUTS);
    assertCount(1, registry, AddrInfoMetrics.MESSAGES_SENT);
    assertCount(0, registry, AddrInfoMetrics.MESSAGES_ANSWERED);
    assertCount(1, registry, AddrInfoMetrics.QUESTIONS_GIVEN_UP, "reason", "timeout");
    assertCount(1, registry, AddrInfoMetrics.LOOKUPS, "call", "getaddrinfo", "outcome", "EAI_AGAIN");
  }

  @Test
  void aTruncatedAnswerIsCountedAsATcpFallback() throws Exception {
    Resolver r = start(q -> List.of(q.transport().equals("udp") ? q.truncated() : q.answer("192.0.2.80")));
    assertEquals(List.of("192.0.2.80"), addresses(r.getAddrInfo(NAME, null, INET_STREAM).join()));

    assertCount(1, registry, AddrInfoMetrics.TCP_FALLBACKS);
    assertCount(2, registry, AddrInfoMetrics.MESSAGES_SENT);
    assertCount(1, registry, AddrInfoMetrics.MESSAGES_ANSWERED);
    assertEquals(List.of("udp", "tcp"), server.queries().stream().map(Query::transport).toList());
  }

  @Test
  void aFormerrToEdnsIsCountedAsAnEdnsFallback() throws Exception {
    Resolver r = start(q -> List.of(q.edns() ? q.rcode(TinyDnsServer.FORMERR) : q.answer("192.0.2.80")),
        c -> c.toBuilder().edns0(true).build());
    assertEquals(List.of("192.0.2.80"), addresses(r.getAddrInfo(NAME, null, INET_STREAM).join()));

    assertCount(1, registry, AddrInfoMetrics.EDNS_FALLBACKS);
    assertCount(2, registry, AddrInfoMetrics.MESSAGES_SENT);
    assertCount(1, registry, AddrInfoMetrics.MESSAGES_ANSWERED);
  }

  static Stream<Arguments> droppedMessages() {
    Function<Query, byte[]> wrongId = q -> q.withAnotherId("192.0.2.66");
    Function<Query, byte[]> wrongQuestion = q -> q.aboutAnotherName("elsewhere.example.test.");
    Function<Query, byte[]> malformed = q -> q.cutShort("192.0.2.66");
    return Stream.of(Arguments.of("wrong-id", wrongId), Arguments.of("wrong-question", wrongQuestion),
        Arguments.of("malformed", malformed));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("droppedMessages")
  void aDroppedMessageIsCountedByReasonAndTheRightAnswerStillCounts(String reason, Function<Query, byte[]> bad)
      throws Exception {
    Resolver r = start(q -> List.of(bad.apply(q), q.answer("192.0.2.80")));
    assertEquals(List.of("192.0.2.80"), addresses(r.getAddrInfo(NAME, null, INET_STREAM).join()));

    assertCount(1, registry, AddrInfoMetrics.MESSAGES_DROPPED, "reason", reason);
    double allDropped = registry.find(AddrInfoMetrics.MESSAGES_DROPPED).functionCounters().stream()
        .mapToDouble(c -> c.count()).sum();
    assertEquals(1, allDropped);
    assertCount(1, registry, AddrInfoMetrics.MESSAGES_ANSWERED);
  }
}
