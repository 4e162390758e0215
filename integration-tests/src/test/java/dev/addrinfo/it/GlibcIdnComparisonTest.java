package dev.addrinfo.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * AI_IDN, AI_CANONIDN and NI_IDN: the resolve command answers every case of
 * compare/idn-files-cases.txt (hosts file only) and compare/idn-dns-cases.txt (BIND with the zones'
 * IDN names) exactly as glibc does, one test per case. All cases of a file run in one namespace.
 *
 * <p>Every case runs with {@code LC_ALL=C.UTF-8} unless it sets LC_ALL itself: glibc reads and
 * writes internationalized names in the locale's encoding (and refuses them in the C locale),
 * while addrinfo's names are Java strings, so the comparison is made where the two can agree.
 */
class GlibcIdnComparisonTest {
  private static final String LOCALE = "C.UTF-8";

  /** The cases in compare/idn-files-cases.txt: change it with the file, so that no case is lost unnoticed. */
  static final int FILES_CASES = 65;
  /** The cases in compare/idn-dns-cases.txt: change it with the file, so that no case is lost unnoticed. */
  static final int DNS_CASES = 33;

  @TestFactory
  Stream<DynamicTest> everyIdnCaseThroughTheHostsFileMatchesGlibc() {
    return casesMatchingGlibc("compare/idn-files-cases.txt", FILES_CASES, "compare/idn-files-etc", NamespaceDns.NONE);
  }

  @TestFactory
  Stream<DynamicTest> everyIdnCaseThroughBindMatchesGlibc() {
    return casesMatchingGlibc("compare/idn-dns-cases.txt", DNS_CASES, "compare/idn-dns-etc", NamespaceDns.BIND);
  }

  private static Stream<DynamicTest> casesMatchingGlibc(String casesResource, int expectedCases,
      String etcResource, NamespaceDns dns) {
    NamespaceSupport.assumeAvailable();
    assertTrue(hasLibidn2(), "glibc converts names only through libidn2.so.0, which ldconfig -p does not list: "
        + "install it (apt-get install libidn2-0; bind9-dnsutils depends on it) or every IDN case differs");
    return GlibcComparison.eachCase(casesResource, expectedCases, etcResource, dns, Side.fromSystemProperty(),
        GlibcIdnComparisonTest::inUtf8Locale);
  }

  private static boolean hasLibidn2() {
    try {
      Process ldconfig = new ProcessBuilder("ldconfig", "-p").redirectErrorStream(true).start();
      String libraries = new String(ldconfig.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return ldconfig.waitFor() == 0 && libraries.contains("libidn2.so.0 ");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run ldconfig -p to look for libidn2", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while looking for libidn2", e);
    }
  }

  private static ComparisonCase inUtf8Locale(ComparisonCase c) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("LC_ALL", LOCALE);
    env.putAll(c.env());
    return new ComparisonCase(c.name(), env, c.args(), c.source());
  }
}
