package dev.addrinfo.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.AddrInfoException;
import dev.addrinfo.EaiError;
import dev.addrinfo.Hints;
import dev.addrinfo.Linux;
import dev.addrinfo.NameInfo;
import dev.addrinfo.NameInfoFlag;
import dev.addrinfo.Resolver;
import dev.addrinfo.ResolverListener;
import dev.addrinfo.SystemFiles;
import dev.addrinfo.spi.QueryTrace;
import dev.addrinfo.testing.dnsserver.DnsRequest;
import dev.addrinfo.testing.dnsserver.ScriptedDnsServer;
import dev.addrinfo.testing.dnsserver.WireBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link NettyResolver}'s {@link Resolver} as a user builds it, against a scripted name server: each builder
 * option (files, environment, name servers, cache, trace, executor) has an effect a test can see,
 * and {@link NettyResolver#system()} works over this machine's own files.
 */
class NettyResolverTest {
  private static final Hints INET_STREAM = Hints.builder().family(Linux.AF_INET).socketType(Linux.SOCK_STREAM).build();
  /** How long any single wait in these tests may take: generous, since nothing here should come near it. */
  private static final long WAIT_SECONDS = 10;

  @TempDir
  Path dir;

  private final List<AutoCloseable> toClose = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : toClose) {
      c.close();
    }
  }

  /** www.example.test has 192.0.2.1 and 2001:db8::1, 192.0.2.1 points back to it; all else is NXDOMAIN. */
  private static byte[] zone(DnsRequest r) {
    String name = r.name().toLowerCase(Locale.ROOT);
    if (name.equals("www.example.test.") && r.type() == 1) {
      return WireBuilder.response(r.id()).question(r.name(), r.type()).a(r.name(), 300, "192.0.2.1").bytes();
    }
    if (name.equals("www.example.test.") && r.type() == 28) {
      return WireBuilder.response(r.id()).question(r.name(), r.type()).aaaa(r.name(), 300, "2001:db8::1").bytes();
    }
    if (name.equals("1.2.0.192.in-addr.arpa.") && r.type() == 12) {
      return WireBuilder.response(r.id()).question(r.name(), r.type())
          .answer(r.name(), 12, 300, WireBuilder.nameBytes("www.example.test.")).bytes();
    }
    if (name.endsWith("example.test.") && name.startsWith("www.")) {
      return WireBuilder.response(r.id()).question(r.name(), r.type()).soa("example.test.", 60, 60).bytes();
    }
    return WireBuilder.withFlags(r.id(), 0x8183).question(r.name(), r.type()).soa("example.test.", 60, 60).bytes();
  }

  private ScriptedDnsServer server(ScriptedDnsServer.Script script) throws InterruptedException {
    ScriptedDnsServer s = ScriptedDnsServer.start(script);
    toClose.add(s);
    return s;
  }

  /** Files of our own, so that nothing depends on this machine's /etc. */
  private SystemFiles files(String resolvConf) throws IOException {
    Files.writeString(dir.resolve("hosts"), "127.0.0.1 localhost\n192.0.2.7 filehost.example.test\n");
    Files.writeString(dir.resolve("host.conf"), "multi on\n");
    Files.writeString(dir.resolve("resolv.conf"), resolvConf);
    Files.writeString(dir.resolve("nsswitch.conf"), "hosts: files dns\n");
    Files.writeString(dir.resolve("gai.conf"), "");
    Files.writeString(dir.resolve("services"), "http 80/tcp www\n");
    return new SystemFiles(dir.resolve("hosts"), dir.resolve("host.conf"), dir.resolve("resolv.conf"),
        dir.resolve("nsswitch.conf"), dir.resolve("gai.conf"), dir.resolve("services"));
  }

  /** A builder over our files, no environment, and {@code server} as the only name server. */
  private Resolver.Builder builder(ScriptedDnsServer server) throws IOException {
    return NettyResolver.builder()
        .files(files("search example.test\noptions timeout:5 attempts:1\n"))
        .environment(Map.of())
        .addNameserver(server.address());
  }

  private Resolver build(Resolver.Builder builder) {
    Resolver resolver = builder.build();
    toClose.add(resolver);
    return resolver;
  }

  private static <T> T get(CompletableFuture<T> f) throws Exception {
    return f.get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  private static List<String> addresses(List<AddrInfo> results) {
    return results.stream().map(r -> r.address().getAddress().getHostAddress() + ":" + r.port()).toList();
  }

  private static long asked(ScriptedDnsServer server, String name, int type) {
    return server.requests().stream().filter(r -> r.name().equalsIgnoreCase(name) && r.type() == type).count();
  }

  private static EaiError error(CompletableFuture<?> f) {
    ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(WAIT_SECONDS, TimeUnit.SECONDS));
    return assertInstanceOf(AddrInfoException.class, e.getCause()).error();
  }

  @Test
  void answersComeFromTheGivenNameServerAndAreCachedByDefault() throws Exception {
    ScriptedDnsServer server = server((r, out) -> out.reply(zone(r)));
    Resolver resolver = build(builder(server));
    assertEquals(List.of("192.0.2.1:80"), addresses(get(resolver.getAddrInfo("www.example.test", "http", INET_STREAM))));
    assertEquals(List.of("192.0.2.1:80"), addresses(get(resolver.getAddrInfo("www.example.test", "80", INET_STREAM))));
    assertEquals(1, asked(server, "www.example.test.", 1), server.requests().toString());
  }

  @Test
  void withTheCacheOffEveryLookupAsksTheServerAgain() throws Exception {
    ScriptedDnsServer server = server((r, out) -> out.reply(zone(r)));
    Resolver resolver = build(builder(server).cacheSize(0));
    for (int i = 1; i <= 3; i++) {
      assertEquals(List.of("192.0.2.1:80"), addresses(get(resolver.getAddrInfo("www.example.test", "80", INET_STREAM))));
      assertEquals(i, asked(server, "www.example.test.", 1), "after lookup " + i + ": " + server.requests());
    }
  }

  @Test
  void traceSeesEveryExchangeAsTheServerDid() throws Exception {
    ScriptedDnsServer server = server((r, out) -> out.reply(zone(r)));
    List<QueryTrace> traces = new CopyOnWriteArrayList<>();
    Resolver resolver = build(builder(server).listener(new ResolverListener() {
      @Override
      public void onExchange(QueryTrace exchange) {
        traces.add(exchange);
      }
    }));
    get(resolver.getAddrInfo("www.example.test", "80", Hints.builder().socketType(Linux.SOCK_STREAM).build()));
    assertEquals(EaiError.EAI_NONAME, error(resolver.getAddrInfo("nosuch.example.test.", "80", INET_STREAM)));
    assertEquals(server.requests().size(), traces.size(), traces.toString());
    for (DnsRequest request : server.requests()) {
      QueryTrace trace = traces.stream().filter(t -> t.id() == request.id()).findFirst().orElseThrow(
          () -> new AssertionError("no trace for " + request + " in " + traces));
      assertEquals(request.name(), trace.question().name());
      assertEquals(server.address(), trace.server());
      assertEquals("udp", trace.transport());
      assertEquals("ok", trace.outcome());
      assertFalse(trace.truncated());
    }
    QueryTrace nxdomain = traces.stream().filter(t -> t.question().name().equals("nosuch.example.test."))
        .findFirst().orElseThrow();
    assertEquals(3, nxdomain.rcode());
    assertEquals(0, nxdomain.answerCount());
    assertTrue(traces.stream().anyMatch(t -> t.question().name().equals("www.example.test.") && t.answerCount() == 1
        && t.rcode() == 0), traces.toString());
  }

  @Test
  void futuresCompleteOnTheGivenExecutor() throws Exception {
    ScriptedDnsServer server = server((r, out) -> out.reply(zone(r)));
    HeldExecutor executor = new HeldExecutor();
    Resolver resolver = build(builder(server).executor(executor));

    CompletableFuture<List<AddrInfo>> lookup = resolver.getAddrInfo("www.example.test", "80", INET_STREAM);
    Runnable completion = executor.next();
    assertFalse(lookup.isDone(), "completed before the executor ran it");
    completion.run();
    assertEquals(List.of("192.0.2.1:80"), addresses(lookup.getNow(null)));

    CompletableFuture<NameInfo> reverse =
        resolver.getNameInfo(new InetSocketAddress("192.0.2.1", 80), Set.of());
    completion = executor.next();
    assertFalse(reverse.isDone(), "completed before the executor ran it");
    completion.run();
    assertEquals(new NameInfo("www.example.test", "http"), reverse.getNow(null));

    CompletableFuture<List<AddrInfo>> failed = resolver.getAddrInfo("nosuch.example.test.", "80", INET_STREAM);
    executor.next().run();
    assertEquals(EaiError.EAI_NONAME, error(failed));
  }

  @Test
  void filesComeBeforeDnsAsNsswitchSaysAndAskNoServer() throws Exception {
    ScriptedDnsServer server = server((r, out) -> out.reply(zone(r)));
    Resolver resolver = build(builder(server));
    assertEquals(List.of("192.0.2.7:80"), addresses(get(resolver.getAddrInfo("filehost.example.test", "80",
        INET_STREAM))));
    assertEquals(List.of(), server.requests());
  }

  @Test
  void theEnvironmentGivenReplacesTheSearchList() throws Exception {
    ScriptedDnsServer server = server((r, out) -> out.reply(zone(r)));
    Resolver resolver = build(builder(server)
        .files(files("search elsewhere.test\noptions timeout:5 attempts:1\n"))
        .environment(Map.of("LOCALDOMAIN", "example.test")));
    assertEquals(List.of("192.0.2.1:80"), addresses(get(resolver.getAddrInfo("www", "80", INET_STREAM))));
    assertEquals(0, server.requests().stream().filter(r -> r.name().contains("elsewhere")).count(),
        server.requests().toString());
  }

  @Test
  void getNameInfoAsksForThePtrRecord() throws Exception {
    ScriptedDnsServer server = server((r, out) -> out.reply(zone(r)));
    Resolver resolver = build(builder(server));
    assertEquals(new NameInfo("www.example.test", "http"),
        get(resolver.getNameInfo(new InetSocketAddress("192.0.2.1", 80), Set.of())));
    assertEquals(1, asked(server, "1.2.0.192.in-addr.arpa.", 12));
  }

  @Test
  void closingFailsALookupStillWaitingForItsServer() throws Exception {
    ScriptedDnsServer silent = server((r, out) -> { });
    Resolver resolver = build(builder(silent)
        .files(files("search example.test\noptions timeout:30 attempts:1\n")));
    CompletableFuture<List<AddrInfo>> lookup = resolver.getAddrInfo("www.example.test", "80", INET_STREAM);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (silent.requests().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertFalse(silent.requests().isEmpty(), "the query never reached the server");
    resolver.close();
    // Well before the 30 s query timeout.
    ExecutionException e = assertThrows(ExecutionException.class, () -> lookup.get(WAIT_SECONDS, TimeUnit.SECONDS));
    assertNotNull(e.getCause());
  }

  @Test
  void systemResolverReadsThisMachinesFiles() throws Exception {
    try (Resolver resolver = NettyResolver.system()) {
      Hints numeric = Hints.builder().socketType(Linux.SOCK_STREAM)
          .flags(Linux.AI_NUMERICHOST | Linux.AI_NUMERICSERV).build();
      assertEquals(List.of("127.0.0.1:80"), addresses(get(resolver.getAddrInfo("127.0.0.1", "80", numeric))));
      assertEquals(new NameInfo("127.0.0.1", "80"), get(resolver.getNameInfo(new InetSocketAddress("127.0.0.1", 80),
          Set.of(NameInfoFlag.NUMERICHOST, NameInfoFlag.NUMERICSERV))));
      assertEquals(EaiError.EAI_NONAME, error(resolver.getAddrInfo("no such host", "80", numeric)));
    }
  }

  /** Holds every task it is given until the test runs it, so the test sees when a future completes. */
  private static final class HeldExecutor implements Executor {
    private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable task) {
      tasks.add(task);
    }

    Runnable next() throws InterruptedException {
      Runnable task = tasks.poll(WAIT_SECONDS, TimeUnit.SECONDS);
      assertNotNull(task, "nothing was handed to the executor in " + WAIT_SECONDS + " s");
      return task;
    }
  }
}
