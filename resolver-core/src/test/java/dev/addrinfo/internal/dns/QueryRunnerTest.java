package dev.addrinfo.internal.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.ResolverConfig;
import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.RecordType;
import dev.addrinfo.testing.FakeClock;
import dev.addrinfo.testing.FakeTransport;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class QueryRunnerTest {
  private static final InetSocketAddress S1 = new InetSocketAddress("127.0.0.1", 53);
  private static final InetSocketAddress S2 = new InetSocketAddress("127.0.0.2", 53);
  private static final InetSocketAddress S3 = new InetSocketAddress("127.0.0.3", 5353);
  private static final ResolverConfig THREE = ResolverConfig.builder().nameservers(List.of(S1, S2, S3)).build();
  private static final DnsQuestion Q = new DnsQuestion("www.example.test.", RecordType.A);

  private final FakeTransport transport = new FakeTransport().address("www.example.test.", "192.0.2.1");

  private List<InetSocketAddress> servers() {
    return transport.sent().stream().map(FakeTransport.Sent::server).toList();
  }

  @Test
  void timeoutsWalkEveryServerForEveryAttempt() {
    transport.script((q, s) -> FakeTransport.timeout());
    QueryOutcome o = new QueryRunner(transport, null).ask(Q, THREE).join();
    assertFalse(o.answered());
    assertEquals(List.of(S1, S2, S3, S1, S2, S3), servers());
  }

  @Test
  void tryTimeoutDependsOnTheServersPlaceAsInSendDg() {
    Duration five = Duration.ofSeconds(5);
    assertEquals(five, QueryRunner.tryTimeout(five, 0, 3));
    assertEquals(Duration.ofSeconds(3), QueryRunner.tryTimeout(five, 1, 3), "(5 << 1) / 3 in whole seconds");
    assertEquals(Duration.ofSeconds(6), QueryRunner.tryTimeout(five, 2, 3));
    assertEquals(Duration.ofSeconds(1), QueryRunner.tryTimeout(Duration.ofSeconds(1), 1, 3), "at least one second");
    assertEquals(Duration.ofMillis(300), QueryRunner.tryTimeout(Duration.ofMillis(300), 1, 3),
        "a timeout under a second is its own floor");
  }

  @Test
  void serverFailureMovesOnAndTheLastFailureIsReportedWhenAllFail() {
    transport.script((q, s) -> FakeTransport.rcode(s.equals(S3) ? DnsResponse.REFUSED : DnsResponse.SERVFAIL));
    QueryOutcome o = new QueryRunner(transport, null).ask(Q, THREE.toBuilder().attempts(1).build()).join();
    assertTrue(o.gaveUp());
    assertEquals(DnsResponse.REFUSED, o.response().rcode());
    assertEquals(QueryOutcome.Errno.ETIMEDOUT, o.errno());
    assertEquals(List.of(S1, S2, S3), servers());
  }

  @Test
  void nxdomainIsFinal() {
    transport.script((q, s) -> FakeTransport.rcode(DnsResponse.NXDOMAIN));
    QueryOutcome o = new QueryRunner(transport, null).ask(Q, THREE).join();
    assertEquals(DnsResponse.NXDOMAIN, o.rcode());
    assertEquals(List.of(S1), servers());
  }

  @Test
  void answerFromSecondServerAfterTimeoutOfFirst() {
    transport.script((q, s) -> s.equals(S1) ? FakeTransport.timeout() : null);
    QueryOutcome o = new QueryRunner(transport, null).ask(Q, THREE).join();
    assertEquals(DnsResponse.NOERROR, o.rcode());
    assertEquals(List.of(S1, S2), servers());
  }

  @Test
  void rotateStartsEachQuestionAtTheNextServer() {
    QueryRunner runner = new QueryRunner(transport, null);
    ResolverConfig rotating = THREE.toBuilder().rotate(true).build();
    for (int i = 0; i < 4; i++) {
      runner.ask(Q, rotating).join();
    }
    assertEquals(List.of(S1, S2, S3, S1), servers());
  }

  @Test
  void onlyTheFirstThreeServersAreUsed() {
    transport.script((q, s) -> FakeTransport.timeout());
    InetSocketAddress s4 = new InetSocketAddress("127.0.0.4", 53);
    ResolverConfig four = THREE.toBuilder().addNameserver(s4).attempts(1).build();
    new QueryRunner(transport, null).ask(Q, four).join();
    assertEquals(List.of(S1, S2, S3), servers());
  }

  @Test
  void optionsCarryEdnsAndTcpOnlyFromTheConfig() {
    new QueryRunner(transport, null).ask(Q, THREE.toBuilder().edns0(true).useVc(true).build()).join();
    assertTrue(transport.sent().get(0).options().edns0());
    assertTrue(transport.sent().get(0).options().tcpOnly());
  }

  @Test
  void cachedAnswerIsServedWithoutAQuery() {
    QueryRunner runner = new QueryRunner(transport, new DnsCache(10, new FakeClock()));
    runner.ask(Q, THREE).join();
    runner.ask(Q, THREE).join();
    assertEquals(1, transport.sent().size());
  }

  @Test
  void identicalQuestionsInFlightShareOneExchange() {
    CompletableFuture<DnsResponse> pending = new CompletableFuture<>();
    transport.script((q, s) -> (CompletionStage<DnsResponse>) pending);
    QueryRunner runner = new QueryRunner(transport, null);
    CompletableFuture<QueryOutcome> a = runner.ask(Q, THREE);
    CompletableFuture<QueryOutcome> b = runner.ask(new DnsQuestion("WWW.example.test.", RecordType.A), THREE);
    pending.complete(transport.fromZone(Q));
    assertEquals(a.join(), b.join());
    assertEquals(1, transport.sent().size());
    runner.ask(Q, THREE).join();
    assertEquals(2, transport.sent().size());
  }

  @Test
  void aQuestionAskedWhenAnIdenticalOneCompletesIsAskedAgain() {
    CompletableFuture<DnsResponse> pending = new CompletableFuture<>();
    transport.script((q, s) -> transport.sent().size() == 1 ? (CompletionStage<DnsResponse>) pending : null);
    QueryRunner runner = new QueryRunner(transport, null);
    CompletableFuture<QueryOutcome> first = runner.ask(Q, THREE);
    // Runs inside the completion of the first exchange, before anything registered earlier on it.
    CompletableFuture<QueryOutcome> second = first.thenCompose(o -> runner.ask(Q, THREE));
    pending.complete(transport.fromZone(Q));
    assertEquals(DnsResponse.NOERROR, second.join().rcode());
    assertEquals(2, transport.sent().size());
  }

  @Test
  void aQuestionAskedAfterAnIdenticalOneCompletedIsAskedAgainWithoutACache() {
    QueryRunner runner = new QueryRunner(transport, null);
    for (int i = 0; i < 50; i++) {
      runner.ask(Q, THREE).join();
    }
    assertEquals(50, transport.sent().size());
  }

  @Test
  void questionsUnderDifferentConfigurationsAreNotMerged() {
    CompletableFuture<DnsResponse> pending = new CompletableFuture<>();
    transport.script((q, s) -> (CompletionStage<DnsResponse>) pending);
    QueryRunner runner = new QueryRunner(transport, null);
    runner.ask(Q, THREE);
    runner.ask(Q, THREE.toBuilder().nameservers(List.of(S3)).build());
    assertEquals(List.of(S1, S3), servers());
    pending.complete(transport.fromZone(Q));
  }

  @Test
  void aTransportBreakingItsContractStillEndsTheQuestion() {
    // A null response makes the runner's own callback throw.
    transport.script((q, s) -> CompletableFuture.completedFuture(null));
    QueryRunner runner = new QueryRunner(transport, null);
    CompletableFuture<QueryOutcome> f = runner.ask(Q, THREE);
    assertTrue(f.isDone());
    assertTrue(f.join().gaveUp());
    assertEquals(QueryOutcome.Errno.OTHER, f.join().errno());
    runner.ask(Q, THREE);
    assertEquals(2, transport.sent().size());
  }

  @Test
  void aLameAnswerMovesOnOverUdpButAnOptRecordMakesItFinal() {
    DnsResponse lame = new DnsResponse(DnsResponse.NOERROR, false, false, false, List.of(), -1);
    DnsResponse withOpt = new DnsResponse(DnsResponse.NOERROR, false, false, false, List.of(), -1, 0, 1, false);
    transport.script((q, s) -> CompletableFuture.completedFuture(s.equals(S1) ? lame : withOpt));
    QueryOutcome o = new QueryRunner(transport, null).ask(Q, THREE.toBuilder().attempts(1).build()).join();
    assertTrue(o.answered());
    assertEquals(List.of(S1, S2), servers());
  }

  @Test
  void overTcpEveryRcodeIsFinal() {
    DnsResponse servfail = new DnsResponse(DnsResponse.SERVFAIL, false, true, false, List.of(), -1, 0, 0, true);
    transport.script((q, s) -> CompletableFuture.completedFuture(servfail));
    QueryOutcome o = new QueryRunner(transport, null).ask(Q, THREE).join();
    assertTrue(o.answered());
    assertEquals(List.of(S1), servers());
  }

  @Test
  void whenEveryTryIsRefusedTheOutcomeIsConnectionRefused() {
    transport.script((q, s) -> CompletableFuture.failedFuture(new dev.addrinfo.spi.DnsRefusedException("closed")));
    QueryOutcome o = new QueryRunner(transport, null).ask(Q, THREE).join();
    assertEquals(QueryOutcome.Errno.ECONNREFUSED, o.errno());
    assertEquals(6, servers().size());
  }

  @Test
  void aTcpStreamThatBrokeLastIsNeitherTimeoutNorRefusal() {
    transport.script((q, s) -> s.equals(S3)
        ? CompletableFuture.failedFuture(new dev.addrinfo.spi.DnsStreamException("closed mid-answer"))
        : FakeTransport.timeout());
    QueryOutcome o = new QueryRunner(transport, null).ask(Q, THREE.toBuilder().attempts(1).build()).join();
    assertEquals(QueryOutcome.Errno.OTHER, o.errno());
  }
}
