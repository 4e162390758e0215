package dev.addrinfo.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.AddrInfoException;
import dev.addrinfo.EaiError;
import dev.addrinfo.Hints;
import dev.addrinfo.Resolver;
import dev.addrinfo.testing.dnsserver.ScriptedDnsServer;
import dev.addrinfo.testing.dnsserver.WireBuilder;
import dev.addrinfo.testing.support.Await;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Connector} with a real Netty client and server on loopback: an address that never
 * answers (a listener whose backlog is full, see {@link DeadListener}), one that refuses, and one
 * that accepts, ordered by the hosts file and gai.conf ({@link TestEtc#LOOPBACKS_FIRST}); and a
 * scripted name server that never answers AAAA. Timings are measured and printed; the bounds
 * asserted are far from them (a timer never fires early; a loopback connect takes well under 2 s).
 */
class ConnectorTest {
  /** Generous: no wait here should come near it. */
  private static final long WAIT_SECONDS = 15;
  private static final long MS = 1_000_000;

  @TempDir
  Path dir;

  private final List<AutoCloseable> toClose = new ArrayList<>();
  private final EventLoopGroup clientLoops = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
  private final AttemptLog log = new AttemptLog();

  @AfterEach
  void closeAll() throws Exception {
    for (int i = toClose.size() - 1; i >= 0; i--) {
      toClose.get(i).close();
    }
    clientLoops.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  private <T extends AutoCloseable> T closeLater(T c) {
    toClose.add(c);
    return c;
  }

  /** A resolver reading only {@code hosts} (and our gai.conf), its transport on the client loops. */
  private Resolver filesOnly(String hosts) {
    return closeLater(NettyResolver.builder(clientLoops)
        .files(new TestEtc(dir).hosts(hosts).nsswitch("hosts: files\n").gaiConf(TestEtc.LOOPBACKS_FIRST).files())
        .environment(Map.of()).build());
  }

  private Bootstrap bootstrap(int connectTimeoutMillis) {
    return new Bootstrap().group(clientLoops).channel(NioSocketChannel.class)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, connectTimeoutMillis)
        .handler(log.initializer());
  }

  /** A live server on 127.0.0.1 and, at the same port of 127.0.0.2, an address that never answers. */
  private LoopbackServer liveAndDead() throws Exception {
    LoopbackServer live = closeLater(LoopbackServer.listen(new InetSocketAddress("127.0.0.1", 0)));
    closeLater(DeadListener.at(new InetSocketAddress("127.0.0.2", live.port())));
    return live;
  }

  private static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }

  private static Channel get(CompletableFuture<Channel> f) throws Exception {
    return f.get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  private static Throwable failure(CompletableFuture<Channel> f) {
    return assertThrows(ExecutionException.class, () -> f.get(WAIT_SECONDS, TimeUnit.SECONDS)).getCause();
  }

  @Test
  void happyEyeballsTriesTheNextAddressOneAttemptDelayAfterAFirstThatNeverAnswers() throws Exception {
    LoopbackServer live = liveAndDead();
    Connector connector = Connector.happyEyeballs(filesOnly("127.0.0.2 he.test\n127.0.0.1 he.test\n"));
    long start = System.nanoTime();
    Channel ch = get(connector.connect(bootstrap(20_000), "he.test", live.port()));
    long connected = System.nanoTime();
    closeLater(ch::close);
    assertEquals(List.of("127.0.0.2", "127.0.0.1"), log.addresses());
    AttemptLog.Attempt dead = log.attempts().get(0);
    AttemptLog.Attempt second = log.attempts().get(1);
    long secondAfter = (second.nanos() - start) / MS;
    System.out.printf("Happy Eyeballs, first address dead: second attempt %d ms after connect(), %d ms after the"
        + " first; connected after %d ms%n", secondAfter, (second.nanos() - dead.nanos()) / MS, (connected - start) / MS);
    assertTrue(secondAfter >= 250, "the second attempt waited the 250 ms attempt delay: " + secondAfter + " ms");
    assertTrue((connected - start) / MS < 10_000, "well before the 20 s connect timeout: " + (connected - start) / MS);
    assertTrue(dead.channel().closeFuture().await(WAIT_SECONDS, TimeUnit.SECONDS), "the losing attempt is closed");
    Await.until("the server accepts the winner", () -> live.accepted().size() == 1);
  }

  @Test
  void theWinnerIsTheConnectedChannelNamedByTheHostAndTheOnlyOneLeftOpen() throws Exception {
    LoopbackServer live = liveAndDead();
    Connector connector = Connector.happyEyeballs(filesOnly("127.0.0.2 he.test\n127.0.0.1 he.test\n"));
    Channel ch = get(connector.connect(bootstrap(20_000), "he.test", live.port()));
    closeLater(ch::close);
    assertTrue(ch.isActive());
    InetSocketAddress remote = (InetSocketAddress) ch.remoteAddress();
    assertEquals("127.0.0.1", remote.getAddress().getHostAddress());
    assertEquals("he.test", remote.getHostString());
    assertEquals(log.attempts().get(1).channel(), ch);
    Await.until("the other attempt closes", () -> !log.attempts().get(0).channel().isOpen());
  }

  @Test
  void sequentialTriesTheNextAddressOnlyWhenTheFirstTimesOut() throws Exception {
    LoopbackServer live = liveAndDead();
    Connector connector = Connector.sequential(filesOnly("127.0.0.2 he.test\n127.0.0.1 he.test\n"));
    long start = System.nanoTime();
    Channel ch = get(connector.connect(bootstrap(1_000), "he.test", live.port()));
    closeLater(ch::close);
    long connected = System.nanoTime();
    assertEquals(List.of("127.0.0.2", "127.0.0.1"), log.addresses());
    long secondAfter = (log.attempts().get(1).nanos() - start) / MS;
    System.out.printf("Sequential, first address dead, 1 s connect timeout: second attempt %d ms after connect(),"
        + " connected after %d ms%n", secondAfter, (connected - start) / MS);
    assertTrue(secondAfter >= 1_000, "the second attempt waited for the 1 s connect timeout: " + secondAfter + " ms");
    assertFalse(log.attempts().get(0).channel().isOpen(), "the timed-out attempt is closed");
  }

  @Test
  void aRefusedAttemptStartsTheNextWithoutWaitingForTheAttemptDelay() throws Exception {
    LoopbackServer live = closeLater(LoopbackServer.listen(new InetSocketAddress("127.0.0.1", 0)));
    Connector connector = Connector.happyEyeballs(filesOnly("127.0.0.3 he.test\n127.0.0.1 he.test\n"))
        .withConnectionAttemptDelay(Duration.ofSeconds(2));
    long start = System.nanoTime();
    Channel ch = get(connector.connect(bootstrap(20_000), "he.test", live.port()));
    closeLater(ch::close);
    assertEquals(List.of("127.0.0.3", "127.0.0.1"), log.addresses());
    long gap = (log.attempts().get(1).nanos() - log.attempts().get(0).nanos()) / MS;
    System.out.printf("Happy Eyeballs, first address refuses: second attempt %d ms after the first, connected after"
        + " %d ms%n", gap, (System.nanoTime() - start) / MS);
    assertTrue(gap < 2_000, "the refusal, not the 2 s delay, started the second attempt: " + gap + " ms");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "happyEyeballs, 127.0.0.2 ::1 127.0.0.3",
      "sequential, 127.0.0.2 127.0.0.3 ::1"})
  void addressesAreTriedInGetaddrinfosOrderHappyEyeballsAlternatingFamilies(String kind, String order) throws Exception {
    // gai.conf sorts 127.0.0.2 and 127.0.0.3 before ::1; nothing listens, so each attempt fails at once.
    Resolver resolver = filesOnly("::1 mix.test\n127.0.0.3 mix.test\n127.0.0.2 mix.test\n");
    Connector connector = kind.equals("sequential") ? Connector.sequential(resolver) : Connector.happyEyeballs(resolver);
    int port = closedPort();
    Throwable t = failure(connector.connect(bootstrap(5_000), "mix.test", port));
    assertEquals(List.of(order.split(" ")), log.addresses().stream().map(a -> a.equals("0:0:0:0:0:0:0:1") ? "::1" : a)
        .toList());
    assertInstanceOf(ConnectException.class, t);
  }

  @Test
  void whenEveryAttemptFailsOneConnectExceptionNamesEachAddressAndWhy() throws Exception {
    Connector connector = Connector.happyEyeballs(filesOnly("127.0.0.2 two.test\n127.0.0.3 two.test\n"));
    int port = closedPort();
    Throwable t = failure(connector.connect(bootstrap(5_000), "two.test", port));
    ConnectException e = assertInstanceOf(ConnectException.class, t);
    String m = e.getMessage();
    assertTrue(m.startsWith("cannot connect to two.test port " + port + ": 2 addresses tried"), m);
    assertTrue(m.indexOf("127.0.0.2:" + port) < m.indexOf("127.0.0.3:" + port) && m.contains("127.0.0.3:" + port), m);
    assertTrue(m.contains("refused"), m);
    assertEquals(2, e.getSuppressed().length, List.of(e.getSuppressed()).toString());
    for (AttemptLog.Attempt a : log.attempts()) {
      assertFalse(a.channel().isOpen(), a.text());
    }
  }

  @Test
  void anUnknownHostFailsWithTheLookupsErrorAndTriesNothing() throws Exception {
    Connector connector = Connector.happyEyeballs(filesOnly("127.0.0.1 localhost\n"));
    Throwable t = failure(connector.connect(bootstrap(5_000), "nosuch.test", 80));
    assertEquals(EaiError.EAI_NONAME, assertInstanceOf(AddrInfoException.class, t).error());
    assertEquals(List.of(), log.attempts());
  }

  @Test
  void aLostAaaaAnswerDelaysTheIpv4ConnectionByTheResolutionDelayNotTheResolversTimeout() throws Exception {
    // A at once, AAAA never: getaddrinfo's own list would wait for the 30 s timeout.
    ScriptedDnsServer dns = closeLater(ScriptedDnsServer.start((r, out) -> {
      if (r.type() == 1) {
        out.reply(WireBuilder.response(r.id()).question(r.name(), r.type()).a(r.name(), 300, "127.0.0.1").bytes());
      }
    }));
    LoopbackServer live = closeLater(LoopbackServer.listen(new InetSocketAddress("127.0.0.1", 0)));
    Resolver resolver = closeLater(NettyResolver.builder(clientLoops)
        .files(new TestEtc(dir).resolvConf("options timeout:30 attempts:1\n").files())
        .environment(Map.of()).addNameserver(dns.address()).build());
    long start = System.nanoTime();
    Channel ch = get(Connector.happyEyeballs(resolver).connect(bootstrap(20_000), "slow.example.test", live.port()));
    closeLater(ch::close);
    long connected = (System.nanoTime() - start) / MS;
    System.out.printf("Happy Eyeballs, AAAA never answered: attempt over IPv4 %d ms after connect(), connected after"
        + " %d ms (resolver timeout 30 s)%n", (log.attempts().get(0).nanos() - start) / MS, connected);
    assertEquals(List.of("127.0.0.1"), log.addresses());
    assertTrue(connected < 20_000, connected + " ms");
    assertEquals(List.of("udp A", "udp AAAA"), dns.requests().stream()
        .map(r -> r.transport() + " " + (r.type() == 1 ? "A" : "AAAA")).sorted().toList(),
        "each family's own lookup shared the questions in flight or cached: " + dns.requests());
  }

  @Test
  void cancellingTheFutureClosesEveryAttempt() throws Exception {
    LoopbackServer live = liveAndDead();
    Connector connector = Connector.happyEyeballs(filesOnly("127.0.0.2 dead.test\n"));
    CompletableFuture<Channel> f = connector.connect(bootstrap(20_000), "dead.test", live.port());
    Await.until("the attempt starts", () -> log.attempts().size() == 1);
    assertTrue(f.cancel(true));
    assertTrue(log.attempts().get(0).channel().closeFuture().await(WAIT_SECONDS, TimeUnit.SECONDS),
        "the attempt is closed");
    assertEquals(1, log.attempts().size());
  }

  @Test
  void badArgumentsAreRejectedByName() {
    Resolver resolver = filesOnly("");
    Connector he = Connector.happyEyeballs(resolver);
    IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
        () -> he.connect(bootstrap(1_000), "he.test", 70_000));
    assertTrue(port.getMessage().contains("70000"), port.getMessage());
    Bootstrap noHandler = new Bootstrap().group(clientLoops).channel(NioSocketChannel.class);
    assertThrows(IllegalStateException.class, () -> he.connect(noHandler, "he.test", 80));
    IllegalArgumentException delay = assertThrows(IllegalArgumentException.class,
        () -> he.withConnectionAttemptDelay(Duration.ofMillis(5)));
    assertTrue(delay.getMessage().contains("PT0.005S"), delay.getMessage());
    assertThrows(IllegalStateException.class,
        () -> Connector.sequential(resolver).withConnectionAttemptDelay(Duration.ofMillis(100)));
    assertThrows(IllegalArgumentException.class, () -> he.withHints(Hints.DEFAULT));
  }
}
