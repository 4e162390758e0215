package dev.addrinfo.it;

import org.junit.jupiter.api.Test;

/**
 * The resolve command answers every case in compare/dns-cases.txt exactly as glibc does, against
 * BIND serving the test zones on 127.0.0.1:53 inside the namespace, with the resolv.conf (search
 * list) and other files of compare/dns-etc/.
 */
class GlibcDnsComparisonTest {

  @Test
  void everyDnsCaseMatchesGlibc() {
    GlibcComparison.assertSameAsGlibc("compare/dns-cases.txt", "compare/dns-etc", true,
        Side.fromSystemProperty(), 45);
  }
}
