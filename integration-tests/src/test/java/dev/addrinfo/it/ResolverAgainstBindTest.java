package dev.addrinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.AddrInfoException;
import dev.addrinfo.EaiError;
import dev.addrinfo.Hints;
import dev.addrinfo.Linux;
import dev.addrinfo.NameInfo;
import dev.addrinfo.SystemFiles;
import dev.addrinfo.Resolver;
import dev.addrinfo.ResolverListener;
import dev.addrinfo.netty.NettyResolver;
import dev.addrinfo.spi.QueryTrace;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public {@link Resolver}, built as a user builds it, against a real BIND serving the test
 * zones (Zones.md): the cache, the trace, the executor and the search list of its files at work
 * on real answers, CNAME chains, truncation and PTR records.
 */
class ResolverAgainstBindTest {

  @RegisterExtension static final BindExtension bind = new BindExtension();

  private static final Hints INET = Hints.builder().family(Linux.AF_INET).socketType(Linux.SOCK_STREAM).build();
  private static final Hints INET6 = Hints.builder().family(Linux.AF_INET6).socketType(Linux.SOCK_STREAM).build();
  /** Generous: every wait here ends in milliseconds unless something is broken. */
  private static final long WAIT_SECONDS = 20;

  @TempDir
  Path dir;

  private final List<QueryTrace> traces = new CopyOnWriteArrayList<>();
  private Resolver resolver;

  @AfterEach
  void close() {
    if (resolver != null) {
      resolver.close();
    }
  }

  private Resolver.Builder builder() throws IOException {
    Files.writeString(dir.resolve("hosts"), "127.0.0.1 localhost\n");
    Files.writeString(dir.resolve("host.conf"), "multi on\n");
    Files.writeString(dir.resolve("resolv.conf"), "search example.test sub.example.test\n"
        + "options ndots:1 timeout:2 attempts:2\n");
    Files.writeString(dir.resolve("nsswitch.conf"), "hosts: files dns\n");
    Files.writeString(dir.resolve("gai.conf"), "");
    Files.writeString(dir.resolve("services"), "http 80/tcp www\n");
    SystemFiles files = new SystemFiles(dir.resolve("hosts"), dir.resolve("host.conf"),
        dir.resolve("resolv.conf"), dir.resolve("nsswitch.conf"), dir.resolve("gai.conf"), dir.resolve("services"));
    return NettyResolver.builder().files(files).environment(Map.of()).addNameserver(bind.address()).listener(tracing());
  }

  /** A listener that keeps every DNS exchange in {@code traces}. */
  private ResolverListener tracing() {
    return new ResolverListener() {
      @Override
      public void onExchange(QueryTrace exchange) {
        traces.add(exchange);
      }
    };
  }

  private static <T> T get(CompletableFuture<T> f) throws Exception {
    return f.get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  private static List<String> addresses(List<AddrInfo> results) {
    return results.stream().map(r -> r.address().getAddress().getHostAddress()).toList();
  }

  private long exchanges(String name, String transport) {
    return traces.stream().filter(t -> t.question().name().equals(name) && t.transport().equals(transport)).count();
  }

  @Test
  void aCachedAnswerIsNotAskedForAgain() throws Exception {
    resolver = builder().build();
    for (int i = 0; i < 3; i++) {
      assertEquals(List.of("192.0.2.20"), addresses(get(resolver.getAddrInfo("dual.example.test", "80", INET))));
    }
    assertEquals(1, exchanges("dual.example.test.", "udp"), traces.toString());
  }

  @Test
  void withTheCacheOffEveryLookupIsAskedAgain() throws Exception {
    resolver = builder().cacheSize(0).build();
    for (int i = 1; i <= 3; i++) {
      assertEquals(List.of("192.0.2.20"), addresses(get(resolver.getAddrInfo("dual.example.test", "80", INET))));
      assertEquals(i, exchanges("dual.example.test.", "udp"), "after lookup " + i + ": " + traces);
    }
  }

  @Test
  void theTraceShowsTheSearchListAndTheTcpRetryOfATruncatedAnswer() throws Exception {
    resolver = builder().build();
    List<AddrInfo> big = get(resolver.getAddrInfo("big100", "80", INET6));
    assertEquals(100, big.size());
    // ndots:1 and no dot: the search list first; example.test. has the name.
    QueryTrace udp = traces.stream().filter(t -> t.question().name().equals("big100.example.test.")
        && t.transport().equals("udp")).findFirst().orElseThrow(() -> new AssertionError(traces.toString()));
    assertTrue(udp.truncated(), udp.toString());
    QueryTrace tcp = traces.stream().filter(t -> t.question().name().equals("big100.example.test.")
        && t.transport().equals("tcp")).findFirst().orElseThrow(() -> new AssertionError(traces.toString()));
    assertEquals(100, tcp.answerCount());
    assertEquals(0, tcp.rcode());
    assertEquals(bind.address(), tcp.server());
    assertEquals(0, traces.stream().filter(t -> t.question().name().startsWith("big100.sub.")).count(),
        traces.toString());
  }

  @Test
  void aCnameChainGivesTheCanonicalNameOfItsEnd() throws Exception {
    resolver = builder().build();
    Hints canon = INET.withFlags(Linux.AI_CANONNAME);
    List<AddrInfo> results = get(resolver.getAddrInfo("chain5.example.test", "http", canon));
    assertEquals(List.of("192.0.2.31", "192.0.2.32", "192.0.2.33", "192.0.2.34"), addresses(results));
    assertEquals("multi.example.test", results.get(0).canonicalName());
    assertEquals(80, results.get(0).port());
  }

  @Test
  void nxdomainIsEaiNonameAndTheTraceSaysWhy() throws Exception {
    resolver = builder().build();
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> get(resolver.getAddrInfo("nosuch.example.test.", "80", INET)));
    assertEquals(EaiError.EAI_NONAME, assertInstanceOf(AddrInfoException.class, e.getCause()).error());
    assertTrue(traces.stream().anyMatch(t -> t.question().name().equals("nosuch.example.test.") && t.rcode() == 3),
        traces.toString());
  }

  @Test
  void getNameInfoFindsThePtrName() throws Exception {
    resolver = builder().build();
    assertEquals(new NameInfo("v4only.example.test", "http"),
        get(resolver.getNameInfo(new InetSocketAddress("192.0.2.10", 80), Set.of())));
  }

  @Test
  void everyFutureCompletesThroughTheGivenExecutor() throws Exception {
    AtomicInteger handed = new AtomicInteger();
    ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "user-callbacks"));
    try {
      resolver = builder().executor(task -> {
        handed.incrementAndGet();
        pool.execute(task);
      }).build();
      assertEquals(List.of("192.0.2.20"), addresses(get(resolver.getAddrInfo("dual.example.test", "80", INET))));
      get(resolver.getNameInfo(new InetSocketAddress("192.0.2.10", 80), Set.of()));
      assertThrows(ExecutionException.class, () -> get(resolver.getAddrInfo("nosuch.example.test.", "80", INET)));
      assertEquals(3, handed.get());
    } finally {
      pool.shutdownNow();
    }
  }
}
