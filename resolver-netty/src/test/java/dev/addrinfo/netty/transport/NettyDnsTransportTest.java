package dev.addrinfo.netty.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.testing.dnsserver.DnsRequest;
import dev.addrinfo.testing.dnsserver.ScriptedDnsServer;
import dev.addrinfo.testing.dnsserver.WireBuilder;
import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.DnsRecord;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.DnsTimeoutException;
import dev.addrinfo.spi.QueryOptions;
import dev.addrinfo.spi.QueryTrace;
import dev.addrinfo.spi.RecordType;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NettyDnsTransportTest extends TransportTestSupport {
  private static final DnsQuestion WWW = new DnsQuestion("www.example.com.", RecordType.A);
  private static final QueryOptions UDP = new QueryOptions(Duration.ofSeconds(2), false, false, true);
  /** Far longer than any test waits: a query with it that ends did not end by timing out. */
  private static final QueryOptions ONE_MINUTE = new QueryOptions(Duration.ofMinutes(1), false, false, true);
  private static final QueryOptions SHORT = new QueryOptions(Duration.ofMillis(300), false, false, true);
  private NettyDnsTransport transport() {
    return transport(NettyDnsTransport.builder());
  }

  static byte[] answer(DnsRequest r) {
    return WireBuilder.response(r.id()).question(r.name(), r.type()).a(r.name(), 300, "192.0.2.1").bytes();
  }

  /** How long a test waits for anything: generous, so a busy machine cannot fail a test that works. */
  static final long WAIT_SECONDS = 20;

  static DnsResponse get(CompletableFuture<DnsResponse> f) throws Exception {
    return f.get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  static Throwable failure(CompletableFuture<DnsResponse> f) {
    ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(WAIT_SECONDS, TimeUnit.SECONDS));
    return e.getCause();
  }

  /** Waits until {@code condition} holds, failing after {@link #WAIT_SECONDS}. */
  static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + WAIT_SECONDS + " s: " + what);
      }
      Thread.sleep(5);
    }
  }

  @Test
  void answersAQueryOverUdp() throws Exception {
    ScriptedDnsServer s = server((r, out) -> out.reply(answer(r)));
    NettyDnsTransport t = transport();
    DnsResponse resp = get(t.query(WWW, s.address(), UDP).toCompletableFuture());
    assertEquals(List.of(DnsRecord.address("www.example.com.", 300, InetAddress.getByName("192.0.2.1"))),
        resp.answers());
    DnsRequest seen = s.requests().get(0);
    assertEquals("udp", seen.transport());
    assertEquals("www.example.com.", seen.name());
    assertTrue(seen.recursionDesired());
    assertFalse(seen.edns());
    assertEquals(1, t.stats().sent());
    assertEquals(1, t.stats().answered());
    QueryTrace trace = traces.get(0);
    assertEquals("udp", trace.transport());
    assertEquals(seen.id(), trace.id());
    assertEquals("ok", trace.outcome());
    assertEquals(1, trace.answerCount());
  }

  @Test
  void queriesLeaveFromManyPortsWithRandomIds() throws Exception {
    ScriptedDnsServer s = server((r, out) -> out.reply(answer(r)));
    NettyDnsTransport t = transport(NettyDnsTransport.builder().random(new java.util.Random(7)));
    for (int i = 0; i < 300; i++) {
      get(t.query(WWW, s.address(), UDP).toCompletableFuture());
    }
    Set<Integer> ports = new HashSet<>();
    Set<Integer> ids = new HashSet<>();
    for (DnsRequest r : s.requests()) {
      ports.add(r.sourcePort());
      ids.add(r.id());
    }
    // 300 queries one after the other (each in its own loop turn) over a pool of 32 sockets: the
    // random choice per turn touches nearly every slot.
    assertTrue(ports.size() >= 20, "source ports: " + ports.size());
    assertTrue(ids.size() >= 290, "distinct ids: " + ids.size());
  }

  @Test
  void answerFromAnotherPortIsDroppedAndTheQueryKeepsWaiting() throws Exception {
    ScriptedDnsServer s = server((r, out) -> {
      out.replyFromOtherPort(WireBuilder.response(r.id()).question(r.name(), r.type())
          .a(r.name(), 1, "203.0.113.66").bytes());
      out.replyAfter(100, answer(r));
    });
    NettyDnsTransport t = transport();
    DnsResponse resp = get(t.query(WWW, s.address(), UDP).toCompletableFuture());
    assertEquals("/192.0.2.1", resp.answers().get(0).address().toString());
    // The socket is connected to the server, so the kernel drops the forgery before we see it.
    assertEquals(0, t.stats().dropped());
    assertEquals(1, t.stats().answered());
  }

  @Test
  void aServerPortWithNothingListeningFailsAtOnceAsConnectionRefused() throws Exception {
    InetSocketAddress closed = closedUdpPort();
    NettyDnsTransport t = transport();
    // Failing at all within the wait, with a one-minute timeout, is failing without waiting for it.
    Throwable e = failure(t.query(WWW, closed, ONE_MINUTE).toCompletableFuture());
    assertInstanceOf(IOException.class, e);
    assertFalse(e instanceof DnsTimeoutException);
    assertTrue(e.getMessage().contains("connection refused by 127.0.0.1:" + closed.getPort()), e.getMessage());
    assertEquals(0, t.stats().timeouts());
    assertTrue(traces.get(0).outcome().contains("connection refused"), traces.get(0).outcome());
  }

  /**
   * With one use a socket, no port serves two queries. The server answers only once all have
   * arrived, so that every socket is still open (a closed one's port could come round again).
   */
  @Test
  void withOneUseASocketEveryQueryHasAPortOfItsOwn() throws Exception {
    List<Integer> ports = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<Runnable> held = new ArrayList<>();
    ScriptedDnsServer s = server((r, out) -> {
      ports.add(r.sourcePort());
      held.add(() -> out.reply(answer(r)));
      if (held.size() == 40) {
        held.forEach(Runnable::run);
      }
    });
    NettyDnsTransport t = transport(NettyDnsTransport.builder().udpSocketUses(1));
    List<CompletableFuture<DnsResponse>> all = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      all.add(t.query(new DnsQuestion("host" + i + ".example.", RecordType.A), s.address(), ONE_MINUTE)
          .toCompletableFuture());
    }
    for (CompletableFuture<DnsResponse> f : all) {
      get(f);
    }
    assertEquals(40, ports.size());
    assertEquals(40, new HashSet<>(ports).size(), ports.toString());
  }

  @Test
  void aSocketCarriesAsManyQueriesAsItIsAllowed() throws Exception {
    List<Integer> ports = new java.util.concurrent.CopyOnWriteArrayList<>();
    ScriptedDnsServer s = server((r, out) -> {
      ports.add(r.sourcePort());
      out.reply(answer(r));
    });
    NettyDnsTransport t = transport(NettyDnsTransport.builder().udpSocketPoolSize(1).udpSocketUses(5));
    for (int i = 0; i < 20; i++) {
      get(t.query(new DnsQuestion("host" + i + ".example.", RecordType.A), s.address(), ONE_MINUTE)
          .toCompletableFuture());
    }
    for (int i = 0; i < 20; i += 5) {
      assertEquals(1, new HashSet<>(ports.subList(i, i + 5)).size(), "queries " + i + "-" + (i + 4) + ": " + ports);
    }
    assertEquals(4, new HashSet<>(ports).size(), ports.toString());
  }

  @Test
  void socketUsesOutsideTheRangeAreRejectedByValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NettyDnsTransport.builder().udpSocketUses(0));
    assertTrue(e.getMessage().contains(": 0"), e.getMessage());
  }

  @Test
  void everyQueryWaitingOnARefusedSocketFailsAtOnce() throws Exception {
    InetSocketAddress closed = closedUdpPort();
    NettyDnsTransport t = transport(NettyDnsTransport.builder().udpSocketPoolSize(1));
    List<CompletableFuture<DnsResponse>> all = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      all.add(t.query(new DnsQuestion("host" + i + ".example.", RecordType.A), closed, ONE_MINUTE)
          .toCompletableFuture());
    }
    for (CompletableFuture<DnsResponse> f : all) {
      String message = failure(f).getMessage();
      assertTrue(message.contains("connection refused"), message);
    }
    assertEquals(0, t.stats().timeouts());
  }

  /** A loopback UDP port nothing listens on (and no socket will be given), so ICMP says so. */
  private static InetSocketAddress closedUdpPort() {
    return ScriptedDnsServer.closedPort();
  }

  @Test
  void answerWithAnotherIdIsDropped() throws Exception {
    ScriptedDnsServer s = server((r, out) -> {
      out.reply(WireBuilder.response(r.id() ^ 0x5555).question(r.name(), r.type()).a(r.name(), 1, "203.0.113.66")
          .bytes());
      out.replyAfter(100, answer(r));
    });
    NettyDnsTransport t = transport();
    assertEquals("/192.0.2.1", get(t.query(WWW, s.address(), UDP).toCompletableFuture())
        .answers().get(0).address().toString());
    assertEquals(1, t.stats().droppedWrongId());
  }

  @Test
  void answerToAnotherQuestionIsDroppedButCaseDoesNotMatter() throws Exception {
    ScriptedDnsServer s = server((r, out) -> {
      out.reply(WireBuilder.response(r.id()).question("evil.example.com.", r.type()).a("evil.example.com.", 1,
          "203.0.113.66").bytes());
      out.reply(WireBuilder.response(r.id()).question(r.name(), 28).bytes());
      out.replyAfter(100, WireBuilder.response(r.id()).question("WWW.Example.COM.", r.type())
          .a("WWW.Example.COM.", 300, "192.0.2.1").bytes());
    });
    NettyDnsTransport t = transport();
    DnsResponse resp = get(t.query(WWW, s.address(), UDP).toCompletableFuture());
    assertEquals("/192.0.2.1", resp.answers().get(0).address().toString());
    assertEquals(2, t.stats().droppedWrongQuestion());
  }

  @Test
  void garbageAndCompressionLoopsAreDroppedThenTheRealAnswerAccepted() throws Exception {
    ScriptedDnsServer s = server((r, out) -> {
      out.reply(new byte[] {(byte) (r.id() >> 8), (byte) r.id(), (byte) 0x81});
      out.reply(WireBuilder.response(r.id()).raw(0xC0, 12, 0, 1, 0, 1).counts(1, 0, 0, 0).bytes());
      out.reply(WireBuilder.response(r.id()).question(r.name(), r.type()).raw(0xC0, 0xFF, 0, 1, 0, 1, 0, 0, 0, 1,
          0, 4, 1, 2, 3, 4).counts(1, 1, 0, 0).bytes());
      byte[] random = new byte[100];
      new SplittableRandom(r.id()).nextBytes(random);
      random[0] = (byte) (r.id() >> 8);
      random[1] = (byte) r.id();
      out.reply(random);
      out.replyAfter(100, answer(r));
    });
    NettyDnsTransport t = transport();
    assertEquals(1, get(t.query(WWW, s.address(), UDP).toCompletableFuture()).answers().size());
    assertEquals(4, t.stats().dropped());
    assertTrue(t.stats().droppedMalformed() >= 3, t.stats().toString());
  }

  @Test
  void onlyForgeriesMeansATimeout() throws Exception {
    ScriptedDnsServer s = server((r, out) -> out.replyFromOtherPort(answer(r)));
    NettyDnsTransport t = transport();
    long start = System.nanoTime();
    Throwable e = failure(t.query(WWW, s.address(), SHORT).toCompletableFuture());
    long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertInstanceOf(DnsTimeoutException.class, e);
    assertTrue(e.getMessage().contains(s.address().getPort() + ""), e.getMessage());
    assertTrue(took >= 290, "took " + took + " ms");
    assertEquals(1, t.stats().timeouts());
    assertEquals("timeout", traces.get(0).outcome());
    assertEquals(-1, traces.get(0).rcode());
  }

  @Test
  void anAnswerAfterTheTimeoutIsIgnored() throws Exception {
    ScriptedDnsServer s = server((r, out) -> out.replyAfter(600, answer(r)));
    NettyDnsTransport t = transport();
    assertInstanceOf(DnsTimeoutException.class, failure(t.query(WWW, s.address(), SHORT).toCompletableFuture()));
    await("the late answer arrives and is dropped", () -> t.stats().dropped() > 0);
    assertEquals(0, t.stats().answered());
    assertEquals(1, t.stats().droppedWrongId());
  }

  @Test
  void invalidNamesFailAtOnce() {
    NettyDnsTransport t = transport();
    DnsQuestion longLabel = new DnsQuestion("a".repeat(64) + ".example.", RecordType.A);
    Throwable e = failure(t.query(longLabel, new java.net.InetSocketAddress("127.0.0.1", 53), UDP)
        .toCompletableFuture());
    assertInstanceOf(IllegalArgumentException.class, e);
    assertTrue(e.getMessage().contains("over 63"));
  }

  @Test
  void closeFailsQueriesInFlightAndLaterQueriesAtOnce() throws Exception {
    ScriptedDnsServer s = server((r, out) -> { });
    NettyDnsTransport t = transport();
    CompletableFuture<DnsResponse> udp = t.query(WWW, s.address(), UDP).toCompletableFuture();
    CompletableFuture<DnsResponse> tcp =
        t.query(WWW, s.address(), new QueryOptions(Duration.ofSeconds(5), false, true, true)).toCompletableFuture();
    await("both queries reach the server", () -> s.requests().size() >= 2);
    t.close();
    Throwable e = failure(udp);
    assertInstanceOf(IOException.class, e);
    assertFalse(e instanceof DnsTimeoutException);
    assertTrue(e.getMessage().contains(s.address().getPort() + ""), e.getMessage());
    assertInstanceOf(IOException.class, failure(tcp));
    CompletableFuture<DnsResponse> after = t.query(WWW, s.address(), UDP).toCompletableFuture();
    assertTrue(after.isCompletedExceptionally());
  }

  @Test
  void aThousandConcurrentQueriesAreAllAnswered() throws Exception {
    ScriptedDnsServer s = server((r, out) -> out.reply(answer(r)));
    NettyDnsTransport t = transport();
    List<CompletableFuture<DnsResponse>> all = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      all.add(t.query(new DnsQuestion("host" + i + ".example.", RecordType.A), s.address(),
          new QueryOptions(Duration.ofSeconds(5), false, false, true)).toCompletableFuture());
    }
    for (int i = 0; i < 1000; i++) {
      assertEquals("host" + i + ".example.", get(all.get(i)).answers().get(0).name());
    }
    assertEquals(1000, t.stats().answered());
    assertEquals(0, t.stats().dropped());
  }

  @Test
  void aStepThatThrowsFailsTheQueryInsteadOfLeavingItWaiting() throws Exception {
    ScriptedDnsServer s = server((r, out) -> out.reply(answer(r)));
    java.util.random.RandomGenerator broken = () -> {
      throw new IllegalStateException("no random numbers today");
    };
    NettyDnsTransport t = transport(NettyDnsTransport.builder().random(broken));
    Throwable e = failure(t.query(WWW, s.address(), UDP).toCompletableFuture());
    assertInstanceOf(IOException.class, e);
    assertTrue(e.getMessage().contains("no random numbers today"), e.getMessage());
  }

  @Test
  void triesPastTheWindowWaitTheirTurnWithoutStartingTheirTimeout() throws Exception {
    // The server answers nothing until five queries arrive; with a window of two only two ever can,
    // until those time out and make room. No try may time out while it waits for room.
    ScriptedDnsServer s = server((r, out) -> { });
    NettyDnsTransport t = transport(NettyDnsTransport.builder().udpWindow(2));
    List<CompletableFuture<DnsResponse>> all = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      all.add(t.query(new DnsQuestion("w" + i + ".example.", RecordType.A), s.address(), SHORT).toCompletableFuture());
    }
    for (CompletableFuture<DnsResponse> f : all) {
      assertInstanceOf(DnsTimeoutException.class, failure(f));
    }
    assertEquals(5, s.requests().size());
    assertEquals(5, t.stats().timeouts());
    List<String> waited = traces.stream().map(q -> q.question().name() + "=" + q.roundTrip().toMillis() + ":" + q.outcome()).toList();
    assertTrue(traces.stream().allMatch(q -> q.roundTrip().toMillis() >= 290), "each try timed out after its own 300 ms: " + waited);
  }

  @Test
  void aWindowOfOneStillAnswersEveryQuery() throws Exception {
    ScriptedDnsServer s = server((r, out) -> out.reply(answer(r)));
    NettyDnsTransport t = transport(NettyDnsTransport.builder().udpWindow(1));
    List<CompletableFuture<DnsResponse>> all = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      all.add(t.query(new DnsQuestion("w" + i + ".example.", RecordType.A), s.address(), UDP).toCompletableFuture());
    }
    for (CompletableFuture<DnsResponse> f : all) {
      assertEquals(1, get(f).answers().size());
    }
  }

  @Test
  void triesWithDifferentTimeoutsEachExpireAtTheirOwn() throws Exception {
    ScriptedDnsServer s = server((r, out) -> { });
    NettyDnsTransport t = transport(NettyDnsTransport.builder());
    QueryOptions longer = new QueryOptions(Duration.ofMillis(900), false, false, true);
    CompletableFuture<DnsResponse> slow = t.query(new DnsQuestion("slow.example.", RecordType.A), s.address(), longer)
        .toCompletableFuture();
    CompletableFuture<DnsResponse> fast = t.query(WWW, s.address(), SHORT).toCompletableFuture();
    assertInstanceOf(DnsTimeoutException.class, failure(fast));
    assertFalse(slow.isDone(), "the 900 ms try is still waiting when the 300 ms one gives up");
    assertInstanceOf(DnsTimeoutException.class, failure(slow));
    long fastMs = traces.stream().filter(q -> q.question().equals(WWW)).findFirst().orElseThrow().roundTrip().toMillis();
    long slowMs = traces.stream().filter(q -> !q.question().equals(WWW)).findFirst().orElseThrow().roundTrip().toMillis();
    assertTrue(fastMs >= 290 && slowMs >= 890, fastMs + " ms and " + slowMs + " ms");
  }

  @Test
  void theTransportStartsNoThreadBeforeItsFirstQuery() throws Exception {
    // Threads of transports closed by earlier tests may still be ending: look for new ones only.
    Set<Thread> before = addrinfoThreads();
    NettyDnsTransport t = transport(NettyDnsTransport.builder());
    Set<Thread> started = addrinfoThreads();
    started.removeAll(before);
    assertEquals(Set.of(), started);
    ScriptedDnsServer s = server((r, out) -> out.reply(answer(r)));
    get(t.query(WWW, s.address(), UDP).toCompletableFuture());
    assertTrue(Thread.getAllStackTraces().keySet().stream()
        .anyMatch(th -> th.getName().startsWith("addrinfo-dns") && th.isDaemon()), "a daemon addrinfo-dns thread");
  }

  private static Set<Thread> addrinfoThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(th -> th.getName().startsWith("addrinfo-dns"))
        .collect(Collectors.toCollection(HashSet::new));
  }
}
