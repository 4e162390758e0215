package dev.addrinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Proves the comparison harness with glibc on both sides: the namespace really uses the test's
 * /etc files and its own BIND, and a difference is reported with both outputs.
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

  @Test
  void reportsEveryDifferingCaseWithBothOutputs() {
    Side inetOnly = new Side() {
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
    List<ComparisonCase> cases = ComparisonCase.parseAll(
        "same 127.0.0.1 80\ndiffers localhost 80\n", "inline");
    String report = GlibcComparison.report(
        GlibcComparison.run(cases, EtcFiles.fromResources("compare/files-etc"), false, inetOnly),
        inetOnly.name());
    assertTrue(report.startsWith("1 of 2 cases differ from glibc"), report);
    assertTrue(report.contains("* differs (inline:2): localhost 80"), report);
    assertTrue(report.contains("\"address\":\"::1\""), report);
    assertTrue(report.contains("inet-only (exit 0)"), report);
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
  void caseLinesKeepQuotedEmptyWordsAndEnvironment() {
    ComparisonCase c = ComparisonCase.parseAll("e RES_OPTIONS=edns0 --passive '' 80", "x").get(0);
    assertEquals(Map.of("RES_OPTIONS", "edns0"), c.env());
    assertEquals(List.of("--passive", "", "80"), c.args());
  }
}
