package dev.addrinfo.it;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The cases of compare/dns-cases.txt again, but as users meet DNS: through a recursive server
 * (Unbound, then dnsmasq) on 127.0.0.1:53 in front of BIND, with the resolv.conf of
 * compare/recursive-etc/: a dead first name server (a closed port, so every query to it is refused
 * at once), a search list of two domains and {@code ndots:2}. One test per case and server.
 */
class GlibcRecursiveComparisonTest {

  @TestFactory
  Stream<DynamicTest> everyDnsCaseMatchesGlibcBehindUnbound() {
    return GlibcComparison.eachCase("compare/dns-cases.txt", GlibcDnsComparisonTest.CASES,
        "compare/recursive-etc", NamespaceDns.UNBOUND, Side.fromSystemProperty());
  }

  @TestFactory
  Stream<DynamicTest> everyDnsCaseMatchesGlibcBehindDnsmasq() {
    return GlibcComparison.eachCase("compare/dns-cases.txt", GlibcDnsComparisonTest.CASES,
        "compare/recursive-etc", NamespaceDns.DNSMASQ, Side.fromSystemProperty());
  }

  /**
   * With DNS 0x20 the server sees each name in a random case; Unbound writes owner names as
   * pointers to the question and compresses CNAME targets into it, so this is where a case that
   * glibc never sent could leak into canonical names.
   */
  @TestFactory
  Stream<DynamicTest> everyDnsCaseMatchesGlibcBehindUnboundWithRandomLetterCase() {
    return GlibcComparison.eachCase("compare/dns-cases.txt", GlibcDnsComparisonTest.CASES,
        "compare/recursive-etc", NamespaceDns.UNBOUND, Side.fromSystemProperty(List.of("--0x20")));
  }

  @TestFactory
  Stream<DynamicTest> everyDnsCaseMatchesGlibcBehindDnsmasqWithRandomLetterCase() {
    return GlibcComparison.eachCase("compare/dns-cases.txt", GlibcDnsComparisonTest.CASES,
        "compare/recursive-etc", NamespaceDns.DNSMASQ, Side.fromSystemProperty(List.of("--0x20")));
  }
}
