package dev.addrinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
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

  @TestFactory
  Stream<DynamicTest> everyIdnCaseThroughTheHostsFileMatchesGlibc() {
    return casesMatchingGlibc("compare/idn-files-cases.txt", "compare/idn-files-etc", false, 40);
  }

  @TestFactory
  Stream<DynamicTest> everyIdnCaseThroughBindMatchesGlibc() {
    return casesMatchingGlibc("compare/idn-dns-cases.txt", "compare/idn-dns-etc", true, 25);
  }

  private static Stream<DynamicTest> casesMatchingGlibc(String casesResource, String etcResource,
      boolean withBind, int minimumCases) {
    NamespaceSupport.assumeAvailable();
    List<ComparisonCase> cases = GlibcComparison.cases(casesResource).stream()
        .map(GlibcIdnComparisonTest::inUtf8Locale).toList();
    assertTrue(cases.size() >= minimumCases, casesResource + " has " + cases.size()
        + " cases; expected at least " + minimumCases);
    Side other = Side.fromSystemProperty();
    List<GlibcComparison.Result> results =
        GlibcComparison.run(cases, EtcFiles.fromResources(etcResource), withBind, other);
    return results.stream().map(r -> DynamicTest.dynamicTest(r.testCase().name(),
        () -> assertEquals("", GlibcComparison.report(List.of(r), other.name()))));
  }

  private static ComparisonCase inUtf8Locale(ComparisonCase c) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("LC_ALL", LOCALE);
    env.putAll(c.env());
    return new ComparisonCase(c.name(), env, c.args(), c.source());
  }
}
