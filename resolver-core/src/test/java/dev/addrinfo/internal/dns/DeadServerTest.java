package dev.addrinfo.internal.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.QuestionEvent;
import dev.addrinfo.ResolverConfig;
import dev.addrinfo.ResolverListener;
import dev.addrinfo.internal.Observer;
import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.DnsRefusedException;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.RecordType;
import dev.addrinfo.testing.FakeClock;
import dev.addrinfo.testing.FakeTransport;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@link QueryRunner} that remembers dead servers, over a scripted transport and a fake clock:
 * which tries a question sends once a server timed out or refused, and that its outcome is the
 * one the same question gets with the memory off (glibc's waiting).
 */
class DeadServerTest {
  private static final InetSocketAddress S1 = new InetSocketAddress("127.0.0.1", 53);
  private static final InetSocketAddress S2 = new InetSocketAddress("127.0.0.2", 53);
  private static final InetSocketAddress S3 = new InetSocketAddress("127.0.0.3", 53);
  private static final ResolverConfig TWO = ResolverConfig.builder().nameservers(List.of(S1, S2)).build();
  private static final ResolverConfig THREE = ResolverConfig.builder().nameservers(List.of(S1, S2, S3)).build();
  private static final DnsQuestion Q = new DnsQuestion("www.example.test.", RecordType.A);

  private final FakeClock clock = new FakeClock();
  private final FakeTransport transport = new FakeTransport().address("www.example.test.", "192.0.2.1");
  private final List<QuestionEvent> events = new CopyOnWriteArrayList<>();
  private final Observer observer = new Observer(new ResolverListener() {
    @Override
    public void onQuestion(QuestionEvent e) {
      events.add(e);
    }
  });

  private QueryRunner remembering() {
    return new QueryRunner(transport, null, observer, true, clock);
  }

  private QueryRunner forgetting() {
    return new QueryRunner(transport, null, observer, false, clock);
  }

  /** The servers {@code runner} sends {@code Q} to when asked once more, in order (retries included). */
  private List<InetSocketAddress> serversAsked(QueryRunner runner, ResolverConfig config) {
    int before = transport.sent().size();
    runner.ask(Q, config).join();
    List<FakeTransport.Sent> sent = transport.sent();
    return sent.subList(before, sent.size()).stream().map(FakeTransport.Sent::server).toList();
  }

  private static CompletionStage<DnsResponse> refused() {
    return CompletableFuture.failedFuture(new DnsRefusedException("port unreachable"));
  }

  private void firstServer(BiFunction<DnsQuestion, InetSocketAddress, CompletionStage<DnsResponse>> s1) {
    transport.script((q, s) -> s.equals(S1) ? s1.apply(q, s) : null);
  }

  @Test
  void aServerThatTimedOutIsSkippedByTheNextQuestion() {
    firstServer((q, s) -> FakeTransport.timeout());
    QueryRunner runner = remembering();
    assertEquals(List.of(S1, S2), serversAsked(runner, TWO));
    assertEquals(List.of(S2), serversAsked(runner, TWO), "the second server is asked at once");
  }

  @Test
  void aServerWhosePortIsClosedIsSkippedByTheNextQuestion() {
    firstServer((q, s) -> refused());
    QueryRunner runner = remembering();
    assertEquals(List.of(S1, S2), serversAsked(runner, TWO));
    assertEquals(List.of(S2), serversAsked(runner, TWO));
  }

  @Test
  void withTheMemoryOffEveryQuestionWaitsOnTheDeadServerAsGlibcDoes() {
    firstServer((q, s) -> FakeTransport.timeout());
    QueryRunner runner = forgetting();
    assertEquals(List.of(S1, S2), serversAsked(runner, TWO));
    assertEquals(List.of(S1, S2), serversAsked(runner, TWO));
  }

  @Test
  void aServerThatAnswersEvenWithServfailIsNotDead() {
    firstServer((q, s) -> FakeTransport.rcode(DnsResponse.SERVFAIL));
    QueryRunner runner = remembering();
    assertEquals(List.of(S1, S2), serversAsked(runner, TWO));
    assertEquals(List.of(S1, S2), serversAsked(runner, TWO));
  }

  @Test
  void aDeadServerIsNotRetriedBeforeItsRetryTime() {
    firstServer((q, s) -> FakeTransport.timeout());
    QueryRunner runner = remembering();
    serversAsked(runner, TWO);
    clock.advance(Duration.ofMillis(ServerHealth.FIRST_RETRY_MILLIS - 1));
    assertEquals(List.of(S2), serversAsked(runner, TWO));
  }

  @Test
  void aDeadServerIsRetriedInTheBackgroundOnceItsRetryTimeHasCome() {
    firstServer((q, s) -> FakeTransport.timeout());
    QueryRunner runner = remembering();
    serversAsked(runner, TWO);
    clock.advance(Duration.ofMillis(ServerHealth.FIRST_RETRY_MILLIS));
    assertEquals(List.of(S1, S2), serversAsked(runner, TWO), "the retry to S1, and the question's try to S2");
    assertEquals(List.of(S2), serversAsked(runner, TWO), "one retry per retry time");
  }

  @Test
  void theBackgroundRetryDoesNotDecideTheOutcome() {
    // The retry (to S1) answers NXDOMAIN; the question goes on to S2 as it would with S1 dead.
    QueryRunner runner = remembering();
    firstServer((q, s) -> FakeTransport.timeout());
    serversAsked(runner, TWO);
    clock.advance(Duration.ofMillis(ServerHealth.FIRST_RETRY_MILLIS));
    firstServer((q, s) -> FakeTransport.rcode(DnsResponse.NXDOMAIN));
    QueryOutcome o = runner.ask(Q, TWO).join();
    assertEquals(DnsResponse.NOERROR, o.rcode());
  }

  @Test
  void aServerThatAnswersItsRetryIsAskedFirstAgain() {
    QueryRunner runner = remembering();
    firstServer((q, s) -> FakeTransport.timeout());
    serversAsked(runner, TWO);
    clock.advance(Duration.ofMillis(ServerHealth.FIRST_RETRY_MILLIS));
    transport.script(null);
    serversAsked(runner, TWO);
    assertEquals(List.of(S1), serversAsked(runner, TWO));
  }

  @Test
  void aRetryThatFailsDoublesTheWaitForTheNext() {
    firstServer((q, s) -> FakeTransport.timeout());
    QueryRunner runner = remembering();
    serversAsked(runner, TWO);
    clock.advance(Duration.ofMillis(ServerHealth.FIRST_RETRY_MILLIS));
    assertEquals(List.of(S1, S2), serversAsked(runner, TWO));
    clock.advance(Duration.ofMillis(2 * ServerHealth.FIRST_RETRY_MILLIS - 1));
    assertEquals(List.of(S2), serversAsked(runner, TWO));
    clock.advance(Duration.ofMillis(1));
    assertEquals(List.of(S1, S2), serversAsked(runner, TWO));
  }

  @Test
  void aQuestionRetriesItsOwnFailedServersInItsNextRoundAsGlibcDoes() {
    transport.script((q, s) -> FakeTransport.timeout());
    assertEquals(List.of(S1, S2, S1, S2), serversAsked(remembering(), TWO));
  }

  @Test
  void aSingleServerIsNeverSkipped() {
    transport.script((q, s) -> FakeTransport.timeout());
    ResolverConfig one = ResolverConfig.builder().nameservers(List.of(S1)).build();
    QueryRunner runner = remembering();
    serversAsked(runner, one);
    assertEquals(List.of(S1, S1), serversAsked(runner, one));
  }

  @Test
  void whenEveryServerIsDeadTheOneThatFailedLongestAgoIsAsked() {
    transport.script((q, s) -> FakeTransport.timeout());
    QueryRunner runner = remembering();
    ResolverConfig once = THREE.toBuilder().attempts(1).build();
    serversAsked(runner, once);
    clock.advance(Duration.ofSeconds(1));
    // S1 failed first, so it is asked; then it failed last, and S2 is the one asked next.
    assertEquals(List.of(S1), serversAsked(runner, once));
    assertEquals(List.of(S2), serversAsked(runner, once));
  }

  @Test
  void aServerLeftAloneForLongIsForgottenAndAskedAgain() {
    firstServer((q, s) -> FakeTransport.timeout());
    QueryRunner runner = remembering();
    serversAsked(runner, TWO);
    clock.advance(Duration.ofMillis(ServerHealth.FORGET_MILLIS + 1));
    assertEquals(List.of(S1, S2), serversAsked(runner, TWO));
  }

  @Test
  void skippedTriesAreCountedAndTold() {
    firstServer((q, s) -> FakeTransport.timeout());
    QueryRunner runner = remembering();
    serversAsked(runner, TWO);
    serversAsked(runner, TWO);
    assertEquals(List.of(0, 1), events.stream().map(QuestionEvent::skippedTries).toList());
    assertEquals(List.of(2, 1), events.stream().map(QuestionEvent::tries).toList());
    assertEquals(1, observer.stats(dev.addrinfo.spi.TransportStats.NONE).skippedTries());
  }

  /**
   * How each of three servers behaves: {@code t} times out, {@code r} refuses, {@code s} SERVFAIL,
   * {@code l} lame, {@code n} NXDOMAIN, {@code a} answers; and the servers that failed a first
   * question so that they are dead for the second.
   */
  static Stream<Arguments> scenarios() {
    return Stream.of(
        Arguments.of("ta-", 2), Arguments.of("ra-", 2), Arguments.of("tn-", 2), Arguments.of("ts-", 2),
        Arguments.of("rs-", 2), Arguments.of("tr-", 2), Arguments.of("rt-", 2), Arguments.of("tt-", 2),
        Arguments.of("rr-", 2), Arguments.of("tl-", 2), Arguments.of("trs", 3), Arguments.of("rtt", 3),
        Arguments.of("tta", 3), Arguments.of("rrr", 3), Arguments.of("ttt", 3), Arguments.of("rsr", 3),
        Arguments.of("tsn", 3));
  }

  private static final Map<Character, BiFunction<DnsQuestion, FakeTransport, CompletionStage<DnsResponse>>> BEHAVIOUR =
      Map.of(
          't', (q, t) -> FakeTransport.timeout(),
          'r', (q, t) -> refused(),
          's', (q, t) -> FakeTransport.rcode(DnsResponse.SERVFAIL),
          'l', (q, t) -> CompletableFuture.completedFuture(
              new DnsResponse(DnsResponse.NOERROR, false, false, false, List.of(), -1)),
          'n', (q, t) -> FakeTransport.rcode(DnsResponse.NXDOMAIN),
          'a', (q, t) -> CompletableFuture.completedFuture(t.fromZone(q)));

  /** Scripts the servers as {@code behaviour} says, for every try. */
  private void script(String behaviour) {
    List<InetSocketAddress> servers = List.of(S1, S2, S3);
    transport.script((q, s) -> BEHAVIOUR.get(behaviour.charAt(servers.indexOf(s))).apply(q, transport));
  }

  private static ResolverConfig config(int servers, boolean rotate, int attempts) {
    return ResolverConfig.builder().nameservers(List.of(S1, S2, S3).subList(0, servers)).rotate(rotate)
        .attempts(attempts).build();
  }

  @ParameterizedTest(name = "{0}, attempts 1")
  @MethodSource("scenarios")
  void theOutcomeWithDeadServersSkippedIsTheOneWithTheMemoryOff(String behaviour, int servers) {
    assertSameOutcome(behaviour, config(servers, false, 1));
  }

  @ParameterizedTest(name = "{0}, attempts 2")
  @MethodSource("scenarios")
  void theOutcomeWithDeadServersSkippedIsTheOneWithTheMemoryOffOverTwoRounds(String behaviour, int servers) {
    assertSameOutcome(behaviour, config(servers, false, 2));
  }

  @ParameterizedTest(name = "{0}, rotate")
  @MethodSource("scenarios")
  void theOutcomeWithDeadServersSkippedIsTheOneWithTheMemoryOffUnderRotate(String behaviour, int servers) {
    assertSameOutcome(behaviour, config(servers, true, 2));
  }

  /**
   * Asks twice with the memory off and twice with it on (the first question finds the dead
   * servers, the second skips them); each second outcome, and the skipping's, must be the same.
   */
  private void assertSameOutcome(String behaviour, ResolverConfig config) {
    script(behaviour);
    QueryRunner off = forgetting();
    off.ask(Q, config).join();
    QueryOutcome glibc = off.ask(Q, config).join();
    QueryRunner on = remembering();
    on.ask(Q, config).join();
    int before = transport.sent().size();
    QueryOutcome remembered = on.ask(Q, config).join();
    assertEquals(glibc, remembered);
    assertTrue(transport.sent().size() > before, "a question is never left with nothing tried");
  }
}
