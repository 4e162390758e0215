package dev.addrinfo.internal.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.addrinfo.Linux;
import dev.addrinfo.ResolverConfig;
import dev.addrinfo.internal.nss.NssStatus;
import dev.addrinfo.internal.nss.HostResult;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.RecordType;
import dev.addrinfo.testing.FakeTransport;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class DnsHostSourceTest {
  private static final ResolverConfig SEARCH = ResolverConfig.builder().search(List.of("a.test", "b.test")).build();
  private final FakeTransport transport = new FakeTransport();
  private final DnsHostSource source = new DnsHostSource(new QueryRunner(transport, null));

  private HostResult lookup(String name, int family, ResolverConfig c) {
    return source.lookup(name, family, c).join();
  }

  private List<String> asked() {
    return transport.sent().stream().map(s -> s.question().type() + " " + s.question().name()).toList();
  }

  private static List<String> text(HostResult r) {
    return r.addresses().stream().map(InetAddress::getHostAddress).toList();
  }

  @Test
  void unspecAsksAandAaaaAndReturnsIpv4First() {
    transport.address("www.a.test.", "192.0.2.1").address("www.a.test.", "2001:db8::1");
    HostResult r = lookup("www", Linux.AF_UNSPEC, SEARCH);
    assertEquals(NssStatus.SUCCESS, r.status());
    assertEquals(List.of("192.0.2.1", "2001:db8:0:0:0:0:0:1"), text(r));
    assertEquals("www.a.test", r.canonicalName());
  }

  @Test
  void nxdomainMovesOnToTheNextSearchDomain() {
    transport.address("www.b.test.", "192.0.2.2");
    HostResult r = lookup("www", Linux.AF_INET, SEARCH);
    assertEquals(List.of("192.0.2.2"), text(r));
    assertEquals(List.of("A www.a.test.", "A www.b.test."), asked());
  }

  @Test
  void nodataInTheSearchListIsReportedWhenNothingIsFound() {
    transport.exists("www.a.test.");
    HostResult r = lookup("www", Linux.AF_INET, SEARCH);
    assertEquals(HostResult.NO_DATA, r.herrno());
    assertEquals(List.of("A www.a.test.", "A www.b.test.", "A www."), asked());
  }

  @Test
  void servfailMovesOnAndIsReportedAsTryAgainWithTheStatusOfTheLastExchange() {
    // glibc: got_servfail makes h_errno TRY_AGAIN; errno, left by the last (NXDOMAIN) exchange, makes it "not found"
    transport.script((q, s) -> q.name().equals("www.a.test.") ? FakeTransport.rcode(DnsResponse.SERVFAIL) : null);
    HostResult r = lookup("www", Linux.AF_INET, SEARCH.toBuilder().attempts(1).build());
    assertEquals(HostResult.TRY_AGAIN, r.herrno());
    assertEquals(NssStatus.NOTFOUND, r.status());
    assertEquals(List.of("A www.a.test.", "A www.b.test.", "A www."), asked());
  }

  @Test
  void servfailEverywhereLeavesTheServersUnavailable() {
    transport.script((q, s) -> FakeTransport.rcode(DnsResponse.SERVFAIL));
    HostResult r = lookup("www", Linux.AF_INET, SEARCH.toBuilder().attempts(1).build());
    assertEquals(HostResult.TRY_AGAIN, r.herrno());
    assertEquals(NssStatus.UNAVAIL, r.status());
    assertEquals(List.of("A www.a.test.", "A www.b.test.", "A www."), asked());
  }

  @Test
  void refusedOnASearchDomainSkipsTheRestButTriesTheNameAsGiven() {
    transport.script((q, s) -> q.name().equals("www.a.test.") ? FakeTransport.rcode(DnsResponse.REFUSED) : null);
    HostResult r = lookup("www", Linux.AF_INET, SEARCH.toBuilder().attempts(1).build());
    assertEquals(HostResult.HOST_NOT_FOUND, r.herrno());
    assertEquals(List.of("A www.a.test.", "A www."), asked());
  }

  @Test
  void aSearchDomainNoServerCouldBeReachedForEndsTheSearch() {
    transport.script((q, s) -> java.util.concurrent.CompletableFuture.failedFuture(
        new dev.addrinfo.spi.DnsRefusedException("port unreachable")));
    HostResult r = lookup("www", Linux.AF_INET, SEARCH.toBuilder().attempts(1).build());
    assertEquals(HostResult.TRY_AGAIN, r.herrno());
    assertEquals(NssStatus.UNAVAIL, r.status());
    assertEquals(List.of("A www.a.test."), asked());
  }

  @Test
  void aLameAnswerOnASearchDomainSkipsTheRest() {
    transport.script((q, s) -> q.name().equals("www.a.test.")
        ? java.util.concurrent.CompletableFuture.completedFuture(
            new DnsResponse(DnsResponse.NOERROR, false, false, false, List.of(), -1))
        : null);
    HostResult r = lookup("www", Linux.AF_INET, SEARCH.toBuilder().attempts(1).build());
    assertEquals(HostResult.HOST_NOT_FOUND, r.herrno());
    assertEquals(List.of("A www.a.test.", "A www."), asked());
  }

  @Test
  void timeoutLeavesTheSearchListButStillTriesTheNameAsGiven() {
    transport.address("www.", "192.0.2.9");
    transport.script((q, s) -> q.name().equals("www.a.test.") ? FakeTransport.timeout() : null);
    HostResult r = lookup("www", Linux.AF_INET, SEARCH.toBuilder().attempts(1).build());
    assertEquals(List.of("192.0.2.9"), text(r));
    assertEquals(List.of("A www.a.test.", "A www."), asked());
  }

  @Test
  void errorOfTheFirstAsGivenTryIsTheOneReported() {
    transport.exists("www.x.");
    HostResult r = lookup("www.x", Linux.AF_INET, SEARCH);
    assertEquals(HostResult.NO_DATA, r.herrno());
    transport.sent();
    assertEquals(List.of("A www.x.", "A www.x.a.test.", "A www.x.b.test."), asked());
  }

  @Test
  void nxdomainEverywhereIsHostNotFound() {
    HostResult r = lookup("nope", Linux.AF_UNSPEC, SEARCH);
    assertEquals(NssStatus.NOTFOUND, r.status());
    assertEquals(HostResult.HOST_NOT_FOUND, r.herrno());
  }

  @Test
  void oneFamilyFailingDoesNotHideTheOther() {
    transport.address("both.test.", "2001:db8::5");
    transport.script((q, s) -> q.type() == RecordType.A ? FakeTransport.rcode(DnsResponse.SERVFAIL) : null);
    HostResult r = lookup("both.test.", Linux.AF_UNSPEC, SEARCH.toBuilder().attempts(1).build());
    assertEquals(List.of("2001:db8:0:0:0:0:0:5"), text(r));
  }

  @Test
  void cnameChainGivesTheCanonicalNameOfTheTarget() {
    transport.cname("alias.test.", "mid.test.").cname("mid.test.", "real.test.").address("real.test.", "192.0.2.3");
    HostResult r = lookup("alias.test.", Linux.AF_INET, SEARCH);
    assertEquals(List.of("192.0.2.3"), text(r));
    assertEquals("real.test", r.canonicalName());
  }

  @Test
  void cnameLoopEndsWithoutAddresses() {
    // The fake, like a recursive server, answers a loop with SERVFAIL, which every server gives.
    transport.cname("loop1.test.", "loop2.test.").cname("loop2.test.", "loop1.test.");
    HostResult r = lookup("loop1.test.", Linux.AF_INET, SEARCH);
    assertEquals(HostResult.TRY_AGAIN, r.herrno());
    assertEquals(NssStatus.UNAVAIL, r.status());
  }

  /** Every question gets {@code rcode} with just a CNAME from its name to {@code target}. */
  private void answerEveryQuestionWithACname(int rcode, String target) {
    transport.script((q, s) -> java.util.concurrent.CompletableFuture.completedFuture(new DnsResponse(
        rcode, false, true, false, List.of(dev.addrinfo.spi.DnsRecord.cname(q.name(), 60, target)), -1)));
  }

  @Test
  void answerWithOnlyACnameIsNotFoundForBothFamiliesAndTryAgainWithNoRecoveryForOne() {
    // nss_dns: gaih_getanswer (both families) says "not found"; getanswer_r (one) TRYAGAIN, NO_RECOVERY.
    answerEveryQuestionWithACname(DnsResponse.NOERROR, "elsewhere.test.");
    HostResult both = lookup("alias.test.", Linux.AF_UNSPEC, SEARCH);
    assertEquals(HostResult.HOST_NOT_FOUND, both.herrno());
    assertEquals(NssStatus.NOTFOUND, both.status());
    HostResult one = lookup("alias.test.", Linux.AF_INET, SEARCH);
    assertEquals(HostResult.NO_RECOVERY, one.herrno());
    assertEquals(NssStatus.TRYAGAIN, one.status());
  }

  @Test
  void withNoAaaaAnAfUnspecCnameOnlyAnswerIsStillNotFound() {
    // gethostbyname4 asks only A then (gaih_getanswer_noaaaa), and reads it as for both families.
    answerEveryQuestionWithACname(DnsResponse.NOERROR, "elsewhere.test.");
    HostResult r = lookup("alias.test.", Linux.AF_UNSPEC, SEARCH.toBuilder().noAaaa(true).build());
    assertEquals(List.of("A alias.test."), asked());
    assertEquals(HostResult.HOST_NOT_FOUND, r.herrno());
    assertEquals(NssStatus.NOTFOUND, r.status());
  }

  @Test
  void nxdomainIsNotFoundEvenWithACnameInTheAnswer() {
    // res_query: NXDOMAIN is HOST_NOT_FOUND whatever the answer section holds.
    answerEveryQuestionWithACname(DnsResponse.NXDOMAIN, "missing.test.");
    for (int family : new int[] {Linux.AF_UNSPEC, Linux.AF_INET, Linux.AF_INET6}) {
      HostResult r = lookup("dangling.test.", family, SEARCH);
      assertEquals(HostResult.HOST_NOT_FOUND, r.herrno(), "family " + family);
      assertEquals(NssStatus.NOTFOUND, r.status(), "family " + family);
    }
  }

  @Test
  void singleRequestReopenKeepsBothQuestionsInFlightTogether() {
    java.util.concurrent.CompletableFuture<DnsResponse> held = new java.util.concurrent.CompletableFuture<>();
    transport.script((q, s) -> held);
    var pending = source.lookup("www.test.", Linux.AF_UNSPEC, SEARCH.toBuilder().singleRequestReopen(true).build());
    assertEquals(List.of("A www.test.", "AAAA www.test."), asked());
    held.complete(new DnsResponse(DnsResponse.NXDOMAIN, false, true, false, List.of(), -1));
    assertEquals(HostResult.HOST_NOT_FOUND, pending.join().herrno());
  }

  @Test
  void noAaaaAsksOnlyForA() {
    transport.address("www.test.", "192.0.2.1");
    lookup("www.test.", Linux.AF_UNSPEC, SEARCH.toBuilder().noAaaa(true).build());
    assertEquals(List.of("A www.test."), asked());
  }

  @Test
  void singleRequestAsksAaaaOnlyAfterTheAAnswer() {
    transport.address("www.test.", "192.0.2.1");
    HostResult r = lookup("www.test.", Linux.AF_UNSPEC, SEARCH.toBuilder().singleRequest(true).build());
    assertEquals(List.of("A www.test.", "AAAA www.test."), asked());
    assertEquals(List.of("192.0.2.1"), text(r));
  }
}
