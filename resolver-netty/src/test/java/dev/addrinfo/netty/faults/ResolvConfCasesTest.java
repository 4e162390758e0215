package dev.addrinfo.netty.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.Linux;
import dev.addrinfo.Resolver;
import dev.addrinfo.spi.QueryTrace;
import dev.addrinfo.testing.dnsserver.Answers;
import dev.addrinfo.testing.dnsserver.DnsRequest;
import dev.addrinfo.testing.dnsserver.ScriptedDnsServer;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Issue 10's resolv.conf cases through the public Resolver, expected results from this machine's
 * glibc (research/glibc/FINDINGS.md section 8, case ids in brackets). Where the case is about the
 * search list or options, the servers come from the builder (a scripted server answering
 * NXDOMAIN) and the names it was asked are compared. Where it is about {@code nameserver} lines,
 * they name port 53 of loopback addresses where nothing listens: each try is refused at once, and
 * the traces tell which servers were asked, in order.
 */
@Execution(ExecutionMode.CONCURRENT)
class ResolvConfCasesTest extends ResolverFaultsSupport {

  private ScriptedDnsServer nxdomain() throws InterruptedException {
    return server((q, out) -> out.reply(Answers.nxdomain(q)));
  }

  private static List<String> names(ScriptedDnsServer s) {
    return s.requests().stream().map(DnsRequest::name).toList();
  }

  /** The names asked when looking {@code host} up (AF_INET) under {@code resolvConf}. */
  private List<String> namesAsked(String resolvConf, String host) throws Exception {
    ScriptedDnsServer s = nxdomain();
    Resolver r = resolver(resolvConf, s.address());
    assertEquals("EAI_NONAME", lookup(r, host, Linux.AF_INET));
    return names(s);
  }

  /** The servers asked, as "address:port", when every one of them refuses. */
  private List<String> serversAsked(String resolvConf) {
    Resolver r = resolver(resolvConf);
    assertEquals("EAI_AGAIN", lookup(r, "host.test.", Linux.AF_INET));
    // distinct: with attempts:2 (the default) a refused server is tried again in the second round
    return traces.stream().map(ResolvConfCasesTest::server).distinct().toList();
  }

  private static String server(QueryTrace t) {
    String host = t.server().getAddress().getHostAddress();
    return (host.indexOf(':') >= 0 ? "[" + host.replaceAll("%.*", "") + "]" : host) + ":" + t.server().getPort();
  }

  /** Skips when something answers on port 53 of {@code address} (a local resolver bound to all addresses). */
  private static void assumeNothingListensOn53(String address) {
    try (DatagramSocket probe = new DatagramSocket()) {
      probe.connect(new InetSocketAddress(address, 53));
      probe.setSoTimeout(1000);
      probe.send(new DatagramPacket(new byte[12], 12));
      probe.receive(new DatagramPacket(new byte[512], 512));
      Assumptions.abort("something answers on " + address + ":53");
    } catch (PortUnreachableException expected) {
      // nothing there: the try will be refused at once
    } catch (SocketTimeoutException silent) {
      Assumptions.abort("something on " + address + ":53 takes datagrams without answering");
    } catch (IOException e) {
      Assumptions.abort("cannot probe " + address + ":53: " + e);
    }
  }

  // ---- syntax [g8-comments]

  @Test
  void commentsTabsAndNoFinalNewlineAreReadAsGlibcReadsThem() {
    assumeNothingListensOn53("127.0.0.102");
    // "127.0.0.101;x" is not an address: glibc skips that line, and keeps the one with a comment after it
    List<String> asked = serversAsked("# comment\n; comment\nnameserver\t127.0.0.102 # trailing comment\n"
        + "nameserver 127.0.0.101;x\noptions\ttimeout:1\tattempts:1");
    assertEquals(List.of("127.0.0.102:53"), asked);
  }

  // ---- domain and search [g8-domain-then-search, g8-search-then-domain, g8-two-search, g8-search-empty, ...]

  @Test
  void theLastDomainOrSearchLineWins() throws Exception {
    assertEquals(List.of("host.a.test.", "host.b.test.", "host."),
        namesAsked(ONE_TRY + "domain d.test\nsearch a.test b.test\n", "host"));
    assertEquals(List.of("host.d.test.", "host."), namesAsked(ONE_TRY + "search a.test b.test\ndomain d.test\n", "host"));
    assertEquals(List.of("host.b.test.", "host."), namesAsked(ONE_TRY + "search a.test\nsearch b.test\n", "host"));
  }

  @Test
  void anEmptySearchLineMeansNoSearchList() throws Exception {
    assertEquals(List.of("host."), namesAsked(ONE_TRY + "search\n", "host"));
  }

  @Test
  void searchDotAsksTheNameAsGivenAtThatPlaceOfTheList() throws Exception {
    // [g8-search-dot, g8-search-dot-and]: no other name is made from ".". (glibc asks for "x.y" twice,
    // as given first and again for "."; the second, identical query can only repeat the first answer.)
    assertEquals(List.of("host."), namesAsked(ONE_TRY + "search .\n", "host"));
    assertEquals(List.of("x.y."), namesAsked(ONE_TRY + "search .\n", "x.y").stream().distinct().toList());
    assertEquals(List.of("host.", "host.a.test."), namesAsked(ONE_TRY + "search . a.test\n", "host"));
  }

  @Test
  void aSearchDomainThatMakesNoValidNameEndsTheSearchList() throws Exception {
    // measured with glibc 2.36 here: "search a.test .. b.test" asks host.a.test, then host
    assertEquals(List.of("host.a.test.", "host."), namesAsked(ONE_TRY + "search a.test .. b.test\n", "host"));
    assertEquals(List.of("host."), namesAsked(ONE_TRY + "search ..a.test b.test\n", "host"));
  }

  @Test
  void moreThanSixSearchDomainsAreAllUsed() throws Exception {
    // [g8-search-8]: glibc 2.36 has no limit of 6 domains
    StringBuilder search = new StringBuilder("search");
    List<String> expected = new java.util.ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      search.append(" s").append(i).append(".test");
      expected.add("host.s" + i + ".test.");
    }
    expected.add("host.");
    assertEquals(expected, namesAsked(ONE_TRY + search + "\n", "host"));
  }

  // ---- options out of range [g8-ndots*, g8-timeout0, g8-attempts*]

  private static String dotted(int dots) {
    StringBuilder b = new StringBuilder("n0");
    for (int i = 1; i <= dots; i++) {
      b.append(".n").append(i);
    }
    return b.toString();
  }

  @Test
  void ndotsAbove15IsClampedTo15() throws Exception {
    String conf = ONE_TRY + "search a.test\noptions ndots:50\n";
    assertEquals(List.of(dotted(14) + ".a.test.", dotted(14) + "."), namesAsked(conf, dotted(14)));
    assertEquals(List.of(dotted(15) + ".", dotted(15) + ".a.test."), namesAsked(conf, dotted(15)));
  }

  @Test
  void negativeNdotsActsLike15() throws Exception {
    String conf = ONE_TRY + "search a.test\noptions ndots:-1\n";
    assertEquals(List.of("x.y.a.test.", "x.y."), namesAsked(conf, "x.y"));
    assertEquals(List.of(dotted(15) + ".", dotted(15) + ".a.test."), namesAsked(conf, dotted(15)));
  }

  @Test
  void timeoutZeroWaitsOneSecond() throws Exception {
    Resolver r = resolver("options timeout:0 attempts:1\n", server((q, out) -> { }).address());
    assertEquals("EAI_AGAIN", lookup(r, "host.test.", Linux.AF_INET));
    long waited = traces.get(0).roundTrip().toMillis();
    assertTrue(waited >= 950 && waited < 5_000, "waited " + waited + " ms");
  }

  @Test
  void attemptsAbove5AreClampedTo5() throws Exception {
    ScriptedDnsServer s = server((q, out) -> out.reply(Answers.rcode(q, Answers.SERVFAIL)));
    Resolver r = resolver("options timeout:1 attempts:9\n", s.address());
    assertEquals("EAI_AGAIN", lookup(r, "host.test.", Linux.AF_INET));
    assertEquals(5, s.requestCount());
  }

  @Test
  void attemptsZeroSendsNoQueryAndFailsAtOnce() throws Exception {
    // [g8-attempts0, g8-attempts-1]: glibc makes no try at all
    ScriptedDnsServer s = server((q, out) -> out.reply(Answers.addresses(q, "192.0.2.1")));
    Resolver r = resolver("options timeout:1 attempts:0\n", s.address());
    assertEquals("EAI_AGAIN", lookup(r, "host.test.", Linux.AF_INET));
    assertEquals(0, s.requestCount());
  }

  // ---- nameserver lines [g8-four-ns, g8-ns-v6-*, g8-ns-port*, g8-empty-file, g8-no-ns]

  @Test
  void onlyTheFirstThreeNameServersAreUsed() {
    assumeNothingListensOn53("127.0.0.101");
    List<String> asked = serversAsked(ONE_TRY + "nameserver 127.0.0.101\nnameserver 127.0.0.102\n"
        + "nameserver 127.0.0.103\nnameserver 127.0.0.104\n");
    assertEquals(List.of("127.0.0.101:53", "127.0.0.102:53", "127.0.0.103:53"), asked);
  }

  @Test
  void anIpv6ServerWithAScopeIsUsed() {
    assumeNothingListensOn53("::1");
    assertEquals(List.of("[0:0:0:0:0:0:0:1]:53"), serversAsked(ONE_TRY + "nameserver ::1%lo\n"));
  }

  @Test
  void anIpv6ServerWithAnUnknownScopeIsUsedWithoutIt() {
    assumeNothingListensOn53("::1");
    assertEquals(List.of("[0:0:0:0:0:0:0:1]:53"), serversAsked(ONE_TRY + "nameserver ::1%nosuchif\n"));
  }

  @Test
  void aNameserverWithAPortIsSkipped() {
    // glibc has no syntax for a port: the line is skipped, and with no server left it asks 127.0.0.1:53
    assumeNothingListensOn53("127.0.0.1");
    assertEquals(List.of("127.0.0.1:53"), serversAsked(ONE_TRY + "nameserver 127.0.0.102:5353\n"));
    traces.clear();
    assertEquals(List.of("127.0.0.1:53"), serversAsked(ONE_TRY + "nameserver [127.0.0.102]:5353\n"));
    traces.clear();
    assumeNothingListensOn53("127.0.0.103");
    assertEquals(List.of("127.0.0.103:53"),
        serversAsked(ONE_TRY + "nameserver 127.0.0.102:5353\nnameserver 127.0.0.103\n"));
  }

  @Test
  void anEmptyFileMeans127001AndNoSearchList() {
    assumeNothingListensOn53("127.0.0.1");
    Resolver r = resolver("");
    assertEquals("EAI_AGAIN", lookup(r, "host", Linux.AF_INET));
    assertEquals(List.of("127.0.0.1:53 host."), traces.stream()
        .map(t -> server(t) + " " + t.question().name()).distinct().toList());
  }

  @Test
  void aMissingFileIsAnEmptyOne() {
    assumeNothingListensOn53("127.0.0.1");
    // resolver() writes resolv.conf; a builder pointed at a file that does not exist instead:
    Resolver r = resolver("", b -> b.files(etc().files().withResolvConf(dir.resolve("no-such-resolv.conf"))));
    assertEquals("EAI_AGAIN", lookup(r, "host", Linux.AF_INET));
    assertEquals(List.of("127.0.0.1:53 host."), traces.stream()
        .map(t -> server(t) + " " + t.question().name()).distinct().toList());
  }
}
