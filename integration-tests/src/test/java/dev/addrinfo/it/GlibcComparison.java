package dev.addrinfo.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every case of one comparison file through glibc (gai.c) and through another side, all in
 * one {@link GlibcNamespace}, and reports each case whose standard output or exit status differ.
 * Standard error is not compared (messages are free-form) but is shown in reports.
 */
final class GlibcComparison {

  /** One case's two outputs. */
  record Result(ComparisonCase testCase, GlibcNamespace.Output glibc, GlibcNamespace.Output other) {
    boolean same() {
      return glibc.exitStatus() == other.exitStatus() && glibc.stdout().equals(other.stdout());
    }
  }

  private GlibcComparison() {}

  static List<ComparisonCase> cases(String resource) {
    try (InputStream in = Zones.resource(resource)) {
      return ComparisonCase.parseAll(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static List<Result> run(List<ComparisonCase> cases, EtcFiles etc, boolean withBind, Side other) {
    Side glibc = Side.glibc();
    List<GlibcNamespace.Command> commands = new ArrayList<>();
    for (ComparisonCase c : cases) {
      commands.add(new GlibcNamespace.Command(c.env(), glibc.command(c.args())));
      commands.add(new GlibcNamespace.Command(c.env(), other.command(c.args())));
    }
    List<GlibcNamespace.Output> outputs = new GlibcNamespace(etc, withBind).run(commands);
    List<Result> results = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      results.add(new Result(cases.get(i), outputs.get(2 * i), outputs.get(2 * i + 1)));
    }
    return results;
  }

  /**
   * Everything wrong with {@code results}, or "" when every case matched: cases that gai.c itself
   * rejected (a mistake in the case file) and cases where the two sides differ.
   */
  static String report(List<Result> results, String otherName) {
    StringBuilder report = new StringBuilder();
    int differing = 0;
    for (Result r : results) {
      if (r.glibc().exitStatus() == 64) {
        report.append("\n* ").append(r.testCase()).append("\n  gai.c rejected the arguments: ")
            .append(r.glibc().stderr().strip()).append('\n');
      } else if (!r.same()) {
        differing++;
        report.append("\n* ").append(r.testCase()).append('\n')
            .append(describe("glibc", r.glibc())).append(describe(otherName, r.other()));
      }
    }
    if (report.length() == 0) {
      return "";
    }
    return differing + " of " + results.size() + " cases differ from glibc" + report;
  }

  private static String describe(String side, GlibcNamespace.Output output) {
    StringBuilder text = new StringBuilder("  ").append(side).append(" (exit ")
        .append(output.exitStatus()).append("):\n");
    for (String line : output.stdout().split("\n")) {
      text.append("    ").append(line).append('\n');
    }
    if (!output.stderr().isBlank()) {
      String err = output.stderr().strip();
      text.append("    stderr: ").append(err.length() > 600 ? err.substring(0, 600) + "..." : err)
          .append('\n');
    }
    return text.toString();
  }

  /** The whole check for one file: skip or fail per NamespaceSupport, run, fail with the report. */
  static void assertSameAsGlibc(String casesResource, String etcResource, boolean withBind,
      Side other, int minimumCases) {
    NamespaceSupport.assumeAvailable();
    List<ComparisonCase> cases = cases(casesResource);
    if (cases.size() < minimumCases) {
      throw new AssertionError(casesResource + " has " + cases.size() + " cases; expected at least "
          + minimumCases);
    }
    String report = report(run(cases, EtcFiles.fromResources(etcResource), withBind, other), other.name());
    if (!report.isEmpty()) {
      throw new AssertionError(report);
    }
  }
}
