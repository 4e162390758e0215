package dev.addrinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

/**
 * Proves the comparison harness with glibc on both sides: the namespace really uses the test's
 * /etc files and its own BIND (alone or behind Unbound or dnsmasq), and a difference is reported
 * with both outputs.
 */
class GlibcHarnessTest {

  @BeforeEach
  void needsNamespaces() {
    NamespaceSupport.assumeAvailable();
  }

  private static GlibcComparison.Result only(String casesText, String etc, boolean withBind, Side other) {
    List<ComparisonCase> cases = ComparisonCase.parseAll(casesText, "inline");
    return GlibcComparison.run(cases, EtcFiles.fromResources(etc), withBind, other).get(0);
  }

  @Test
  void namespaceUsesTheTestsHostsFileWithIpv6LoopbackFirst() {
    GlibcComparison.Result r = only("c --socktype=stream localhost smtp", "compare/files-etc", false,
        Side.glibc());
    assertEquals("""
        {"family":10,"socktype":1,"protocol":6,"canonname":"","address":"::1","port":25,"scope_id":0}
        {"family":2,"socktype":1,"protocol":6,"canonname":"","address":"127.0.0.1","port":25,"scope_id":0}
        """, r.glibc().stdout());
    assertTrue(r.same());
  }

  @Test
  void namespaceRunsItsOwnBindWithTheTestZones() {
    GlibcComparison.Result r = only("c --socktype=stream gatech.edu www", "compare/dns-etc", true,
        Side.glibc());
    assertEquals("""
        {"family":2,"socktype":1,"protocol":6,"canonname":"","address":"130.207.244.244","port":80,"scope_id":0}
        """, r.glibc().stdout());
  }

  @Test
  void environmentOfACaseReachesTheProgram() {
    // LOCALDOMAIN replaces the search list, so "v4only" is no longer found in example.test.
    GlibcComparison.Result r = only("c LOCALDOMAIN=sub.example.test v4only 80", "compare/dns-etc",
        true, Side.glibc());
    assertEquals("{\"error\":\"EAI_NONAME\",\"message\":\"Name or service not known\",\"host\":\"v4only\","
        + "\"service\":\"80\"}\n", r.glibc().stdout());
    assertEquals(2, r.glibc().exitStatus());
  }

  /** glibc asked for IPv4 only: differs from glibc wherever an IPv6 address would be returned. */
  private static Side inetOnly() {
    return new Side() {
      @Override
      public String name() {
        return "inet-only";
      }

      @Override
      public List<String> command(List<String> args) {
        List<String> command = new ArrayList<>(Side.glibc().command(List.of("--family=inet")));
        command.addAll(args);
        return command;
      }
    };
  }

  @Test
  void reportsEveryDifferingCaseWithBothOutputs() {
    List<ComparisonCase> cases = ComparisonCase.parseAll(
        "same 127.0.0.1 80\ndiffers localhost 80\n", "inline");
    String report = GlibcComparison.report(
        GlibcComparison.run(cases, EtcFiles.fromResources("compare/files-etc"), false, inetOnly()),
        inetOnly().name());
    assertTrue(report.startsWith("1 of 2 cases differ from glibc"), report);
    assertTrue(report.contains("* differs (inline:2): localhost 80"), report);
    assertTrue(report.contains("\"address\":\"::1\""), report);
    assertTrue(report.contains("inet-only (exit 0, "), report);
  }

  @Test
  void everyCaseIsATestNamedByItsCaseAfterOneThatCountsThem() throws Throwable {
    List<DynamicTest> tests = GlibcComparison.eachCase("compare/files-cases.txt",
        GlibcFilesComparisonTest.CASES - 1, "compare/files-etc", NamespaceDns.NONE, inetOnly()).toList();
    assertEquals(GlibcFilesComparisonTest.CASES + 1, tests.size());
    AssertionError count = assertThrows(AssertionError.class, () -> tests.get(0).getExecutable().execute());
    assertTrue(count.getMessage().contains("has " + GlibcFilesComparisonTest.CASES + " cases, not "
        + (GlibcFilesComparisonTest.CASES - 1)), count.getMessage());
    AssertionError differs = assertThrows(AssertionError.class,
        () -> named(tests, "localhost-no-service").getExecutable().execute());
    assertTrue(differs.getMessage().startsWith("localhost-no-service (compare/files-cases.txt:"),
        differs.getMessage());
    assertTrue(differs.getMessage().contains("\"address\":\"::1\""), differs.getMessage());
    named(tests, "localhost-inet").getExecutable().execute();
  }

  private static DynamicTest named(List<DynamicTest> tests, String name) {
    return tests.stream().filter(t -> t.getDisplayName().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void bothFilesMatchWhenGlibcIsOnBothSides() {
    assertEquals("", GlibcComparison.report(GlibcComparison.run(
        GlibcComparison.cases("compare/files-cases.txt"), EtcFiles.fromResources("compare/files-etc"),
        false, Side.glibc()), "glibc again"));
    assertEquals("", GlibcComparison.report(GlibcComparison.run(
        GlibcComparison.cases("compare/dns-cases.txt"), EtcFiles.fromResources("compare/dns-etc"),
        true, Side.glibc()), "glibc again"));
  }

  @Test
  void glibcAgreesWithItselfBehindEachRecursiveServerWhichReallyAnswers() {
    // Caches, truncation and record order of the server in front must not make two runs differ.
    Map<NamespaceDns, GlibcComparison.Result> otherZone = new EnumMap<>(NamespaceDns.class);
    for (NamespaceDns dns : List.of(NamespaceDns.UNBOUND, NamespaceDns.DNSMASQ)) {
      GlibcComparison.Batch batch = GlibcComparison.batch(GlibcComparison.cases("compare/dns-cases.txt"),
          EtcFiles.fromResources("compare/recursive-etc"), dns, Side.glibc());
      List<GlibcComparison.Result> results = batch.results();
      String report = GlibcComparison.report(results, "glibc again");
      assertEquals("", report, () -> dns.description() + "; the servers logged:\n" + batch.serverLogs());
      otherZone.put(dns, results.stream().filter(r -> r.testCase().name().equals("cname-to-other-zone"))
          .findFirst().orElseThrow());
    }
    // BIND alone answers a CNAME into its other zone with the CNAME only (EAI_NONAME); Unbound
    // chases it to the address; dnsmasq forwards BIND's answer as it is.
    assertTrue(otherZone.get(NamespaceDns.UNBOUND).glibc().stdout().contains("\"address\":\"192.0.2.61\""),
        otherZone.get(NamespaceDns.UNBOUND).glibc().stdout());
    assertEquals(2, otherZone.get(NamespaceDns.DNSMASQ).glibc().exitStatus());
  }

  @Test
  void aDifferingCaseShowsTheServerLogLinesAboutItsName() {
    ComparisonCase c = ComparisonCase.parseAll("c --family=inet V4only.example.test 80", "x").get(0);
    String logs = "== unbound.log ==\n[1] info: start\n[2] error: SERVFAIL <v4only.example.test. A IN>: all"
        + " servers failed\n[3] query v4only.example.test AAAA\n[4] query dual.example.test A\n";
    assertEquals("""
          server logs (lines about [v4only.example.test], errors, SERVFAILs):
            == unbound.log ==
            [2] error: SERVFAIL <v4only.example.test. A IN>: all servers failed
            [3] query v4only.example.test AAAA
        """, GlibcComparison.logLinesAbout(c, logs));
    assertEquals("", GlibcComparison.logLinesAbout(c, ""));
  }

  @Test
  void caseLinesKeepQuotedEmptyWordsAndEnvironment() {
    ComparisonCase c = ComparisonCase.parseAll("e RES_OPTIONS=edns0 --passive '' 80", "x").get(0);
    assertEquals(Map.of("RES_OPTIONS", "edns0"), c.env());
    assertEquals(List.of("--passive", "", "80"), c.args());
  }
}
