package dev.addrinfo.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.ResolverConfig;
import dev.addrinfo.services.LineProblem;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Expectations read from glibc 2.36's _res after res_init() (a C program in a private namespace
 * with its own /etc/resolv.conf and host name), and for the search list from the queries
 * getaddrinfo sent to a logging DNS server on 127.0.0.1.
 */
class ResolvConfParserTest {
  private final List<LineProblem> problems = new ArrayList<>();

  private ResolverConfig parse(String text) {
    return parse(text, Map.of(), "host");
  }

  private ResolverConfig parse(String text, Map<String, String> env, String hostName) {
    return ResolvConfParser.parse(text, "resolv.conf", env, hostName, name -> name.equals("lo") ? 1 : 0,
        problems::add);
  }

  private static List<String> servers(ResolverConfig c) {
    List<String> out = new ArrayList<>();
    for (InetSocketAddress s : c.nameservers()) {
      assertEquals(53, s.getPort());
      InetAddress a = s.getAddress();
      String text = a.getHostAddress();
      out.add(a instanceof Inet6Address && ((Inet6Address) a).getScopeId() == 0 && text.contains("%")
          ? text.substring(0, text.indexOf('%')) : text);
    }
    return out;
  }

  @Test
  void missingFileGivesGlibcDefaults() {
    ResolverConfig c = parse(null);
    assertEquals(List.of("127.0.0.1"), servers(c));
    assertEquals(List.of(), c.search());
    assertEquals(1, c.ndots());
    assertEquals(Duration.ofSeconds(5), c.timeout());
    assertEquals(2, c.attempts());
  }

  @Test
  void nameserversUseInetAtonFormsAndOnlyTheFirstThree() {
    ResolverConfig c = parse("nameserver 127.0.0.2\nnameserver 127.1\nnameserver 0x7f.0.0.3\nnameserver 127.0.0.4\n");
    assertEquals(List.of("127.0.0.2", "127.0.0.1", "127.0.0.3"), servers(c));
    assertEquals(1, problems.size());
    assertEquals(4, problems.get(0).lineNumber());
  }

  @Test
  void nameserverLineQuirksMatchGlibc() {
    ResolverConfig c = parse("nameserver 0177.0.0.5 trailing\nnameserver 127.0.0.7\r\nnameserver 127.0.0.8#x\n"
        + " nameserver 127.0.0.9\nNameserver 127.0.0.11\nnameserver\t127.0.0.10\nnameserver 2130706438\n");
    assertEquals(List.of("127.0.0.5", "127.0.0.10", "127.0.0.6"), servers(c));
    assertEquals(4, problems.size());
  }

  @Test
  void aHexPrefixWithoutDigitsIsNoNameserverEvenBeforeADot() {
    // glibc 2.36's __inet_aton_exact reads "0x" as 0 followed by a stray 'x', so res_init skips it.
    ResolverConfig c = parse("nameserver 0x.0.0.1\nnameserver 127.0.0.2\n");
    assertEquals(List.of("127.0.0.2"), servers(c));
    assertEquals(1, problems.size());
    assertEquals(1, problems.get(0).lineNumber());
  }

  @Test
  void ipv6NameserverKeepsItsScopeByInterfaceNameOnlyWhenLinkLocal() {
    ResolverConfig c = parse("nameserver fe80::1%lo\nnameserver fe80::2%7\nnameserver 2001:db8::1%lo\n");
    List<InetSocketAddress> ns = c.nameservers();
    assertEquals(1, ((Inet6Address) ns.get(0).getAddress()).getScopeId());
    assertEquals(7, ((Inet6Address) ns.get(1).getAddress()).getScopeId());
    assertEquals(0, ((Inet6Address) ns.get(2).getAddress()).getScopeId());
    assertEquals(1, problems.size());
    ResolverConfig d = parse("nameserver 2001:db8::1%9\nnameserver fe80::3%nosuch\nnameserver ::ffff:127.0.0.1\n");
    assertEquals(9, ((Inet6Address) d.nameservers().get(0).getAddress()).getScopeId());
    assertEquals(List.of("2001:db8:0:0:0:0:0:1%9", "fe80:0:0:0:0:0:0:3", "127.0.0.1"), servers(d));
  }

  @Test
  void aNumericScopeMayHaveAnyNumberOfLeadingZeros() {
    // glibc 2.36's __inet6_scopeid_pton reads the number with strtoull.
    ResolverConfig c = parse("nameserver fe80::1%00000000007\n");
    assertEquals(7, ((Inet6Address) c.nameservers().get(0).getAddress()).getScopeId());
    assertTrue(problems.isEmpty(), problems::toString);
  }

  @Test
  void domainTakesItsFirstWordAndTheLastOfDomainOrSearchWins() {
    assertEquals(List.of("a.example"), parse("domain a.example b.example\n").search());
    assertEquals(List.of("d.example"), parse("search a.example b.example\ndomain d.example\n").search());
    assertEquals(List.of("a.example", "b.example", "c.example"),
        parse("domain d.example\nsearch a.example\tb.example  c.example. \n").search());
  }

  @Test
  void searchHasNoTrailingCommentsAndNoLengthLimit() {
    assertEquals(List.of("a.example", "b.example", "#", "c"), parse("search a.example b.example # c\n").search());
    assertEquals(List.of("s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9"),
        parse("search s1 s2 s3 s4 s5 s6 s7 s8 s9.\n").search());
  }

  @Test
  void rootInTheSearchListIsKeptAsDot() {
    assertEquals(List.of("s1", ".", "s2"), parse("search s1 . s2\n").search());
  }

  @Test
  void aSearchDomainThatMakesNoValidNameEndsTheList() {
    // Found by ResolvConfFuzzTest ("search .." gave an empty domain, taken for the root). glibc 2.36
    // asks for host.a.test, then for "host" as given, and never for host.b.test.
    assertEquals(List.of("a.test"), parse("search a.test .. b.test\n").search());
    assertEquals(List.of(), parse("search .. b.test\n").search());
    assertEquals(List.of(), parse("search ..a.test b.test\n").search());
    assertEquals(List.of(), parse("search a..test b.test\n").search());
    assertEquals(List.of(), parse("search a.test.. b.test\n").search());
    assertEquals(List.of("a.test"), parse("search a.test " + "x".repeat(64) + ".test b.test\n").search());
    assertEquals(List.of("."), parse("search . ..\n").search());
    assertTrue(problems.get(0).reason().contains("search domain '..' makes no valid name"), problems.toString());
  }

  @Test
  void oneLeadingAndOneTrailingDotAreDropped() {
    assertEquals(List.of("a.test", "b.test"), parse("search .a.test b.test.\n").search());
  }

  @Test
  void emptyDomainOrSearchLineIsIgnored() {
    assertEquals(List.of("a.example"), parse("search a.example\nsearch  \ndomain\t\nsearch\n").search());
  }

  @Test
  void hostNameDomainIsTheSearchListWhenNoneIsGiven() {
    assertEquals(List.of("e.example"), parse("", Map.of(), "host.e.example").search());
    assertEquals(List.of("e.example"), parse("search  \n", Map.of(), "host.e.example").search());
    assertEquals(List.of(), parse("", Map.of(), "host").search());
    assertEquals(List.of("a.example"), parse("search a.example\n", Map.of(), "host.e.example").search());
  }

  @Test
  void localDomainOverridesTheFileAndTheHostName() {
    Map<String, String> env = Map.of("LOCALDOMAIN", "l1.example  l2.example");
    assertEquals(List.of("l1.example", "l2.example"),
        parse("search a.example\ndomain b.example\n", env, "host.e.example").search());
    assertEquals(List.of("."), parse("search a.example\n", Map.of("LOCALDOMAIN", ""), "host.e.example").search());
    assertEquals(List.of(".", "l1.example"), parse("", Map.of("LOCALDOMAIN", " l1.example"), "host").search());
  }

  @Test
  void optionsAreCappedAsGlibcCapsThem() {
    ResolverConfig c = parse("options ndots:20 timeout:99 attempts:9\n");
    assertEquals(15, c.ndots());
    assertEquals(Duration.ofSeconds(30), c.timeout());
    assertEquals(5, c.attempts());
    assertEquals(3, problems.size());
  }

  @Test
  void negativeNdotsIsTakenModulo16AsGlibcsBitFieldDoes() {
    assertEquals(14, parse("options ndots:-2\n").ndots());
    assertEquals(15, parse("options ndots:-1\n").ndots());
    assertEquals(0, parse("options ndots:-16\n").ndots());
  }

  @Test
  void numbersAreReadWithAtoiAndFlagsMatchByPrefix() {
    ResolverConfig c = parse("options ndots:x timeout: attempts:3x rotatex edns0 single-request-reopen\n");
    assertEquals(0, c.ndots());
    assertEquals(Duration.ofSeconds(1), c.timeout());
    assertEquals(3, c.attempts());
    assertTrue(c.rotate());
    assertTrue(c.edns0());
    assertTrue(c.singleRequestReopen());
    assertFalse(c.singleRequest());
  }

  @Test
  void everyGlibc236FlagIsReadAndUnknownOnesAreReported() {
    ResolverConfig c = parse("options single-request use-vc no_tld_query trust-ad no-aaaa no-reload inet6 debug bogus\n");
    assertTrue(c.singleRequest() && c.useVc() && c.noTldQuery() && c.trustAd() && c.noAaaa());
    assertFalse(c.rotate() || c.edns0() || c.singleRequestReopen());
    assertEquals(3, problems.size());
    assertTrue(problems.get(0).reason().contains("inet6"), problems.get(0).reason());
    assertTrue(parse("options no-tld-query\n").noTldQuery());
  }

  @Test
  void resOptionsIsAppliedAfterTheFile() {
    ResolverConfig c = parse("options ndots:3 timeout:7\n", Map.of("RES_OPTIONS", "ndots:4 no-tld-query attempts:1"),
        "host");
    assertEquals(4, c.ndots());
    assertEquals(Duration.ofSeconds(7), c.timeout());
    assertEquals(1, c.attempts());
    assertTrue(c.noTldQuery());
  }

  @Test
  void commentsOnlyAtLineStartAndKeywordsOnlyAtLineStart() {
    ResolverConfig c = parse("options\tndots:2\n;options ndots:5\n#options ndots:6\n options ndots:7\n"
        + "options ndots:8 # ndots:9\n");
    assertEquals(9, c.ndots());
    assertEquals(1, problems.stream().filter(p -> p.lineNumber() == 4).count());
  }

  @Test
  void zeroTimeoutIsRaisedToOneButZeroAttemptsStayAsGlibcKeepsThemAndBothAreReported() {
    // glibc: timeout:0 waits 1 s; attempts:0 (or -1) sends no query at all [g8-timeout0, g8-attempts0]
    ResolverConfig c = parse("options timeout:0 attempts:0\n");
    assertEquals(Duration.ofSeconds(1), c.timeout());
    assertEquals(0, c.attempts());
    assertEquals(0, parse("options attempts:-1\n").attempts());
    assertEquals(3, problems.size());
  }

  @Test
  void sortlistIsAcceptedAndUnknownKeywordsReported() {
    parse("sortlist 192.0.2.0/255.255.255.0\nlookup file bind\n");
    assertEquals(1, problems.size());
    assertEquals(2, problems.get(0).lineNumber());
  }
}
