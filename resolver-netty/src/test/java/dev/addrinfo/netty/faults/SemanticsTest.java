package dev.addrinfo.netty.faults;

import static dev.addrinfo.netty.faults.StrayRecordsTest.canonical;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.Hints;
import dev.addrinfo.Linux;
import dev.addrinfo.Resolver;
import dev.addrinfo.testing.dnsserver.Answers;
import dev.addrinfo.testing.dnsserver.DnsRequest;
import dev.addrinfo.testing.dnsserver.ScriptedDnsServer;
import dev.addrinfo.testing.dnsserver.WireBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10's semantics cases through the public Resolver: CNAME chains, search lists, name lengths,
 * IP literals with spaces. Expected results are this machine's glibc (research/glibc/FINDINGS.md,
 * case ids in brackets).
 */
@Execution(ExecutionMode.CONCURRENT)
class SemanticsTest extends ResolverFaultsSupport {

  /** Answers as real servers do: over UDP, anything past 512 bytes is cut to an empty TC reply. */
  private static void send(DnsRequest q, ScriptedDnsServer.Responder out, byte[] m) {
    out.reply(q.udp() && m.length > 512 ? Answers.reply(q, Answers.FLAGS | Answers.TC).bytes() : m);
  }

  // ---- CNAME chains [g6-chain-N, g6-bigchain-N, g6-cname-*]

  @ParameterizedTest(name = "{0} CNAMEs")
  @ValueSource(ints = {1, 16, 17, 100, 1000})
  void aCnameChainOfAnyLengthIsFollowedToItsEnd(int length) throws Exception {
    // glibc 2.36 has no chain limit: 1900 CNAMEs, as many as fit in one TCP answer, resolve.
    ScriptedDnsServer s = server((q, out) -> {
      WireBuilder w = Answers.reply(q);
      for (int i = 0; i < length; i++) {
        w.cname("c" + i + ".test.", 60, "c" + (i + 1) + ".test.");
      }
      String end = "c" + length + ".test.";
      w = q.type() == Answers.TYPE_A ? w.a(end, 60, "192.0.2.7") : w.aaaa(end, 60, "2001:db8::7");
      send(q, out, w.bytes());
    });
    Resolver r = resolver(ONE_TRY, s.address());
    assertEquals("c" + length + ".test 192.0.2.7", canonical(r, "c0.test.", Linux.AF_INET));
  }

  @Test
  void aCnameLoopIsNotFound() throws Exception {
    // [g6-cname-loop]: a.test CNAME b.test, b.test CNAME a.test
    ScriptedDnsServer s = server((q, out) -> out.reply(Answers.reply(q).cname("a.test.", 60, "b.test.")
        .cname("b.test.", 60, "a.test.").bytes()));
    Resolver r = resolver(ONE_TRY, s.address());
    assertEquals("EAI_NONAME", lookup(r, "a.test."));
    assertEquals("EAI_NODATA", lookup(r, "a.test.", Linux.AF_INET));
  }

  @Test
  void aCnameToItselfIsNotFound() throws Exception {
    // [g6-cname-self]
    ScriptedDnsServer s = server((q, out) -> out.reply(Answers.reply(q).cname("a.test.", 60, "a.test.").bytes()));
    Resolver r = resolver(ONE_TRY, s.address());
    assertEquals("EAI_NONAME", lookup(r, "a.test."));
    assertEquals("EAI_NODATA", lookup(r, "a.test.", Linux.AF_INET));
  }

  @Test
  void aCnameWhoseTargetIsMissingIsNotFoundAndTheTargetNeverAskedFor() throws Exception {
    // [g6-cname-missing-noerror-nosoa]
    ScriptedDnsServer s = server((q, out) -> out.reply(Answers.reply(q).cname("host.test.", 60, "t.test.").bytes()));
    Resolver r = resolver(ONE_TRY, s.address());
    assertEquals("EAI_NONAME", lookup(r, "host.test."));
    assertEquals("EAI_NODATA", lookup(r, "host.test.", Linux.AF_INET));
    assertTrue(s.requests().stream().noneMatch(q -> q.name().equals("t.test.")), s.requests().toString());
  }

  @Test
  void aCnameOnlyAnswerIsNoDataOnlyOnTheAfInetPathWithoutCanonname() throws Exception {
    // glibc's other path (AF_INET6, or AI_CANONNAME) reads nss_dns's TRYAGAIN/NO_RECOVERY as "not
    // found": BIND's to-v6only and lower cases of the glibc comparison.
    ScriptedDnsServer s = server((q, out) -> out.reply(Answers.reply(q).cname("host.test.", 60, "t.test.").bytes()));
    Resolver r = resolver(ONE_TRY, s.address());
    assertEquals("EAI_NONAME", lookup(r, "host.test.", Linux.AF_INET6));
    assertEquals("EAI_NONAME", outcome(r.getAddrInfo("host.test.", null,
        Hints.builder().family(Linux.AF_INET).flags(Linux.AI_CANONNAME).build())));
  }

  @Test
  void nxdomainAfterACnameIsNotFound() throws Exception {
    // NXDOMAIN with the CNAME in the answer, as BIND answers for a CNAME to a missing name (the
    // glibc comparison's dangling cases): res_query takes NXDOMAIN as HOST_NOT_FOUND whatever the
    // answer holds. (The research run's g6-cname-missing-nxdomain server answered NOERROR there.)
    ScriptedDnsServer s = server((q, out) -> out.reply(Answers.reply(q, Answers.FLAGS | Answers.AA | Answers.NXDOMAIN)
        .cname("host.test.", 60, "t.test.").soa("test.", 60, 60).bytes()));
    Resolver r = resolver(ONE_TRY, s.address());
    assertEquals("EAI_NONAME", lookup(r, "host.test."));
    assertEquals("EAI_NONAME", lookup(r, "host.test.", Linux.AF_INET));
    assertEquals("EAI_NONAME", lookup(r, "host.test.", Linux.AF_INET6));
  }

  @Test
  void nxdomainAfterACnameIsFinalEvenWhenAnotherServerKnowsTheTarget() throws Exception {
    // [g6-cname-nxdomain-2srv], with a real NXDOMAIN (see above)
    ScriptedDnsServer first = server((q, out) -> out.reply(Answers.reply(q, Answers.FLAGS | Answers.AA
        | Answers.NXDOMAIN).cname("host.test.", 60, "t.test.").soa("test.", 60, 60).bytes()));
    ScriptedDnsServer second = server((q, out) -> out.reply(Answers.reply(q).cname("host.test.", 60, "t.test.")
        .a("t.test.", 60, "192.0.2.5").bytes()));
    Resolver r = resolver(ONE_TRY, first.address(), second.address());
    assertEquals("EAI_NONAME", lookup(r, "host.test.", Linux.AF_INET));
    assertEquals(0, second.requestCount());
  }

  // ---- search lists [g3-*]: search a.test b.test, ndots:1, the name "host"

  private static final String SEARCH = ONE_TRY + "search a.test b.test\n";
  private static final Map<String, String> ZONE = Map.of("host.a.test.", "192.0.2.11", "host.b.test.", "192.0.2.12");

  /** The zone above, except that host.a.test. gets {@code firstReply}; every other name is NXDOMAIN. */
  private ScriptedDnsServer searchServer(java.util.function.Function<DnsRequest, byte[]> firstReply)
      throws InterruptedException {
    return server((q, out) -> {
      if (q.name().equals("host.a.test.")) {
        out.reply(firstReply.apply(q));
      } else if (ZONE.containsKey(q.name())) {
        out.reply(Answers.addresses(q, ZONE.get(q.name())));
      } else {
        out.reply(Answers.nxdomain(q));
      }
    });
  }

  private static List<String> names(ScriptedDnsServer s) {
    return s.requests().stream().filter(q -> q.type() == Answers.TYPE_A).map(DnsRequest::name).toList();
  }

  @Test
  void servfailOnOneSearchDomainGoesOnToTheNext() throws Exception {
    // [g3-SERVFAIL-first]
    ScriptedDnsServer s = searchServer(q -> Answers.rcode(q, Answers.SERVFAIL));
    Resolver r = resolver(SEARCH, s.address());
    assertEquals("192.0.2.12", lookup(r, "host", Linux.AF_INET));
    assertEquals(List.of("host.a.test.", "host.b.test."), names(s));
  }

  @Test
  void refusedOnOneSearchDomainSkipsTheRestButStillTriesTheNameAsGiven() throws Exception {
    // [g3-REFUSED-first]: the issue expected REFUSED to go on like SERVFAIL; glibc 2.36 leaves the
    // search list on it (as on NOTIMP, FORMERR, lame answers and timeouts), then asks for "host".
    ScriptedDnsServer s = searchServer(q -> Answers.rcode(q, Answers.REFUSED));
    Resolver r = resolver(SEARCH, s.address());
    assertEquals("EAI_NONAME", lookup(r, "host", Linux.AF_INET));
    assertEquals(List.of("host.a.test.", "host."), names(s));
  }

  @Test
  void noDataOnOneSearchDomainThenSuccessOnTheNext() throws Exception {
    // [g3-nodata-first]
    ScriptedDnsServer s = searchServer(Answers::nodata);
    Resolver r = resolver(SEARCH, s.address());
    assertEquals("192.0.2.12", lookup(r, "host", Linux.AF_INET));
    assertEquals(List.of("host.a.test.", "host.b.test."), names(s));
  }

  // ---- name lengths [g7-len*]: 253 characters is the longest name

  /** A name of {@code length} characters (without a trailing dot) under .test, labels of 63 or less. */
  static String nameOf(int length) {
    StringBuilder b = new StringBuilder();
    int rest = length - ".test".length();
    while (rest > 0) {
      int n = Math.min(63, rest);
      if (rest - n == 1) {
        n--; // leave no room for a label of nothing but its dot
      }
      if (b.length() > 0) {
        b.append('.');
      }
      b.append("x".repeat(n));
      rest -= n + 1;
    }
    String name = b + ".test";
    assertEquals(length, name.length(), name);
    return name;
  }

  @ParameterizedTest(name = "{0} characters")
  @ValueSource(ints = {252, 253})
  void aNameOf253CharactersOrLessIsAsked(int length) throws Exception {
    ScriptedDnsServer s = server((q, out) -> send(q, out, Answers.addresses(q, "192.0.2.53")));
    Resolver r = resolver(ONE_TRY, s.address());
    assertEquals("192.0.2.53", lookup(r, nameOf(length), Linux.AF_INET));
    assertEquals("192.0.2.53", lookup(r, nameOf(length) + ".", Linux.AF_INET));
  }

  @ParameterizedTest(name = "{0} characters")
  @ValueSource(ints = {254, 255})
  void aNameOf254CharactersOrMoreIsNotFoundWithoutAQuery(int length) throws Exception {
    ScriptedDnsServer s = server((q, out) -> out.reply(Answers.addresses(q, "192.0.2.53")));
    Resolver r = resolver(ONE_TRY, s.address());
    assertEquals("EAI_NONAME", lookup(r, nameOf(length)));
    assertEquals("EAI_NONAME", lookup(r, nameOf(length) + "."));
    assertEquals(0, s.requestCount());
  }

  // ---- IP literals with spaces [g7-literal-*]

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"127.0.0.1 ", " 127.0.0.1", "127.0.0.1\t", "127.0.0.1 x", "::1 "})
  void anIpLiteralWithASpaceIsNotFoundWithoutAQuery(String host) throws Exception {
    ScriptedDnsServer s = server((q, out) -> out.reply(Answers.nxdomain(q)));
    Resolver r = resolver(ONE_TRY, s.address());
    assertEquals("EAI_NONAME", lookup(r, host));
    assertEquals("EAI_NONAME", lookup(r, host, Linux.AF_INET));
    assertEquals(0, s.requestCount());
  }
}
