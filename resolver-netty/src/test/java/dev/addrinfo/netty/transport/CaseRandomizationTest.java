package dev.addrinfo.netty.transport;

import static dev.addrinfo.netty.transport.NettyDnsTransportTest.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.netty.transport.NettyDnsTransport.CaseRandomizationStats;
import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.QueryOptions;
import dev.addrinfo.spi.RecordType;
import dev.addrinfo.testing.dnsserver.Answers;
import dev.addrinfo.testing.dnsserver.DnsRequest;
import dev.addrinfo.testing.dnsserver.ScriptedDnsServer;
import dev.addrinfo.testing.dnsserver.WireBuilder;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * DNS 0x20 through the transport: what the server sees, which answers are taken, and the fallback
 * for servers that do not keep the case. The real answer carries 192.0.2.1, forged ones 203.0.113.66.
 */
class CaseRandomizationTest extends TransportTestSupport {
  private static final QueryOptions UDP = new QueryOptions(Duration.ofSeconds(5), false, false, true);
  private static final QueryOptions USE_VC = new QueryOptions(Duration.ofSeconds(5), false, true, true);
  private static final String GIVEN = "WwW.ExAmPlE.CoM.";
  private static final DnsQuestion QUESTION = new DnsQuestion(GIVEN, RecordType.A);

  /** Which request of the test this is, counting from 1 (scripts run on the server's one thread). */
  private int requestNumber;

  private int nth(DnsRequest r) {
    return ++requestNumber;
  }

  private NettyDnsTransport randomizing() {
    return transport(NettyDnsTransport.builder().random(new Random(7)).randomizeCase(true));
  }

  private static byte[] real(DnsRequest r) {
    return Answers.addresses(r, "192.0.2.1");
  }

  /** The answer as a server that lower-cases names writes it. */
  private static byte[] lowerCased(DnsRequest r) {
    String lower = r.name().toLowerCase(Locale.ROOT);
    return WireBuilder.response(r.id()).question(lower, r.type()).a(lower, 300, "192.0.2.1").bytes();
  }

  /** A forgery with the request's ID whose question is the name sent with its {@code letter}-th letter flipped. */
  private static byte[] wrongCase(DnsRequest r, int letter) {
    char[] name = r.name().toCharArray();
    for (int i = 0, seen = 0; i < name.length; i++) {
      if (Character.isLetter(name[i]) && seen++ == letter) {
        name[i] ^= 0x20;
      }
    }
    String forged = new String(name);
    return WireBuilder.response(r.id()).question(forged, r.type()).a(forged, 300, "203.0.113.66").bytes();
  }

  private static String address(DnsResponse response) {
    return response.answers().get(0).address().getHostAddress();
  }

  @Test
  void withTheOptionOffNamesGoExactlyAsGiven() throws Exception {
    ScriptedDnsServer s = server((r, out) -> out.reply(real(r)));
    NettyDnsTransport t = transport(NettyDnsTransport.builder().random(new Random(7)));
    for (int i = 0; i < 20; i++) {
      get(t.query(QUESTION, s.address(), UDP).toCompletableFuture());
    }
    assertEquals(List.of(GIVEN), s.requests().stream().map(DnsRequest::name).distinct().toList());
    assertEquals(new CaseRandomizationStats(0, 0, 0), t.caseRandomizationStats());
  }

  @Test
  void withTheOptionOnEachQueryGoesInARandomCaseAndItsAnswerIsTaken() throws Exception {
    ScriptedDnsServer s = server((r, out) -> out.reply(real(r)));
    NettyDnsTransport t = randomizing();
    for (int i = 0; i < 20; i++) {
      assertEquals("192.0.2.1", address(get(t.query(QUESTION, s.address(), UDP).toCompletableFuture())));
    }
    Set<String> forms = new HashSet<>();
    for (DnsRequest r : s.requests()) {
      assertTrue(r.name().equalsIgnoreCase(GIVEN), r.name());
      forms.add(r.name());
    }
    // 13 letters: 8,192 forms, so 20 queries nearly never repeat one.
    assertTrue(forms.size() >= 18, forms.toString());
    assertEquals(20, s.requestCount());
    assertEquals(new CaseRandomizationStats(20, 0, 0), t.caseRandomizationStats());
  }

  @Test
  void queriesOverTcpGoAsGiven() throws Exception {
    ScriptedDnsServer s = server((r, out) -> out.reply(real(r)));
    NettyDnsTransport t = randomizing();
    get(t.query(QUESTION, s.address(), USE_VC).toCompletableFuture());
    assertEquals(GIVEN, s.lastRequest().name());
    assertTrue(s.lastRequest().tcp());
  }

  @Test
  void theTcpRetryOfATruncatedAnswerGoesAsGiven() throws Exception {
    ScriptedDnsServer s = server((r, out) -> out.reply(r.udp()
        ? Answers.reply(r, Answers.FLAGS | Answers.TC).bytes() : real(r)));
    NettyDnsTransport t = randomizing();
    assertEquals("192.0.2.1", address(get(t.query(QUESTION, s.address(), UDP).toCompletableFuture())));
    assertEquals(List.of("udp", "tcp"), s.requests().stream().map(DnsRequest::transport).toList());
    assertEquals(GIVEN, s.requests().get(1).name());
  }

  @Test
  void anAnswerInAnotherCaseIsDroppedAndTheTryAsksAgainWithTheNameAsGiven() throws Exception {
    ScriptedDnsServer s = server((r, out) -> {
      if (nth(r) == 1) {
        out.reply(wrongCase(r, 0));
      }
      out.reply(real(r));
    });
    NettyDnsTransport t = randomizing();
    assertEquals("192.0.2.1", address(get(t.query(QUESTION, s.address(), UDP).toCompletableFuture())));
    List<DnsRequest> seen = s.requests();
    assertEquals(2, seen.size());
    assertNotEquals(GIVEN, seen.get(0).name(), "the seed makes the first query's case differ from the name given");
    assertEquals(GIVEN, seen.get(1).name());
    assertEquals(new CaseRandomizationStats(1, 1, 0), t.caseRandomizationStats());
    assertEquals(1, t.stats().droppedWrongQuestion());
    assertTrue(traces.get(0).outcome().contains("letter case"), traces.get(0).outcome());
    assertEquals("ok", traces.get(1).outcome());
  }

  @Test
  void aServerThatLowerCasesNamesStillAnswers() throws Exception {
    ScriptedDnsServer s = server((r, out) -> out.reply(lowerCased(r)));
    NettyDnsTransport t = randomizing();
    assertEquals("192.0.2.1", address(get(t.query(QUESTION, s.address(), UDP).toCompletableFuture())));
    assertEquals(GIVEN, s.lastRequest().name());
    assertEquals(new CaseRandomizationStats(1, 1, 0), t.caseRandomizationStats());
  }

  @Test
  void aServerThatChangesTheCaseOfThreeTriesInARowIsThenSentNamesAsGiven() throws Exception {
    ScriptedDnsServer s = server((r, out) -> out.reply(lowerCased(r)));
    NettyDnsTransport t = randomizing();
    int[] requestsPerTry = new int[4];
    for (int i = 0; i < 4; i++) {
      int before = s.requestCount();
      get(t.query(QUESTION, s.address(), UDP).toCompletableFuture());
      requestsPerTry[i] = s.requestCount() - before;
    }
    assertEquals("[2, 2, 2, 1]", java.util.Arrays.toString(requestsPerTry));
    assertEquals(new CaseRandomizationStats(3, 3, 1), t.caseRandomizationStats());
  }

  @Test
  void aBurstOfForgeriesWithTheRightIdButTheWrongCaseIsNeverTaken() throws Exception {
    int forgeries = 100;
    ScriptedDnsServer s = server((r, out) -> {
      if (nth(r) == 1) {
        for (int i = 0; i < forgeries; i++) {
          out.reply(wrongCase(r, i % 13));
        }
      }
      out.reply(real(r));
    });
    NettyDnsTransport t = randomizing();
    assertEquals("192.0.2.1", address(get(t.query(QUESTION, s.address(), UDP).toCompletableFuture())));
    // The first ends the randomized exchange; the rest carry the ID of an exchange no longer waiting.
    assertEquals(1, t.caseRandomizationStats().droppedWrongCase(), t.stats().toString());
    assertEquals(GIVEN, s.lastRequest().name());
  }
}
