package dev.addrinfo.it;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The resolve command answers every case in compare/dns-cases.txt exactly as glibc does, against
 * BIND serving the test zones on 127.0.0.1:53 inside the namespace, with the resolv.conf (search
 * list) and other files of compare/dns-etc/. One test per case.
 */
class GlibcDnsComparisonTest {

  /**
   * The cases in compare/dns-cases.txt, which the comparisons behind Unbound and dnsmasq run too:
   * change it with the file, so that no case is lost unnoticed.
   */
  static final int CASES = 88;

  @TestFactory
  Stream<DynamicTest> everyDnsCaseMatchesGlibc() {
    return GlibcComparison.eachCase("compare/dns-cases.txt", CASES, "compare/dns-etc",
        NamespaceDns.BIND, Side.fromSystemProperty());
  }
}
