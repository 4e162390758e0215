package dev.addrinfo.it;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs every case of one comparison file through glibc (gai.c) and through another side, all in
 * one {@link GlibcNamespace}, and reports each case whose standard output or exit status differ.
 * Standard error is not compared (messages are free-form) but is shown in reports.
 *
 * <p>{@link #eachCase} is what a comparison test returns from its {@code @TestFactory}: the whole
 * file runs in one namespace (starting a JVM per command is the cost; a namespace and its servers
 * per case would double it), then every case is reported as its own test, named by the case.
 */
final class GlibcComparison {

  /** One case's two outputs. */
  record Result(ComparisonCase testCase, GlibcNamespace.Output glibc, GlibcNamespace.Output other) {
    boolean same() {
      return glibc.exitStatus() == other.exitStatus() && glibc.stdout().equals(other.stdout());
    }
  }

  /** Every case's result, and what the DNS servers logged while they ran. */
  record Batch(List<Result> results, String serverLogs) {}

  private GlibcComparison() {}

  static List<ComparisonCase> cases(String resource) {
    try (InputStream in = Zones.resource(resource)) {
      return ComparisonCase.parseAll(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static List<Result> run(List<ComparisonCase> cases, EtcFiles etc, NamespaceDns dns, Side other) {
    return batch(cases, etc, dns, other).results();
  }

  /** Runs every case on both sides in one namespace. */
  static Batch batch(List<ComparisonCase> cases, EtcFiles etc, NamespaceDns dns, Side other) {
    Side glibc = Side.glibc();
    List<GlibcNamespace.Command> commands = new ArrayList<>();
    for (ComparisonCase c : cases) {
      commands.add(new GlibcNamespace.Command(c.env(), glibc.command(c.args())));
      commands.add(new GlibcNamespace.Command(c.env(), other.command(c.args())));
    }
    GlibcNamespace.Run run = new GlibcNamespace(etc, dns).runAll(commands);
    List<Result> results = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      results.add(new Result(cases.get(i), run.outputs().get(2 * i), run.outputs().get(2 * i + 1)));
    }
    return new Batch(results, run.serverLogs());
  }

  /** {@link #run(List, EtcFiles, NamespaceDns, Side)} with BIND alone, or no DNS server. */
  static List<Result> run(List<ComparisonCase> cases, EtcFiles etc, boolean withBind, Side other) {
    return run(cases, etc, withBind ? NamespaceDns.BIND : NamespaceDns.NONE, other);
  }

  /**
   * One test per case of {@code casesResource}, named by the case, each failing with both outputs
   * when the sides differ; and first a test that the file has exactly {@code expectedCases} cases,
   * so that a deleted case is noticed. Skips (or fails on CI) where namespaces are unavailable.
   */
  static Stream<DynamicTest> eachCase(String casesResource, int expectedCases, String etcResource,
      NamespaceDns dns, Side other) {
    return eachCase(casesResource, expectedCases, etcResource, dns, other, UnaryOperator.identity());
  }

  /** {@link #eachCase(String, int, String, NamespaceDns, Side)}, each case first changed by {@code adapt}. */
  static Stream<DynamicTest> eachCase(String casesResource, int expectedCases, String etcResource,
      NamespaceDns dns, Side other, UnaryOperator<ComparisonCase> adapt) {
    NamespaceSupport.assumeAvailable();
    List<ComparisonCase> cases = cases(casesResource).stream().map(adapt).toList();
    Batch batch = batch(cases, EtcFiles.fromResources(etcResource), dns, other);
    String suffix = dns.testNameSuffix();
    DynamicTest count = dynamicTest(casesResource + " has " + expectedCases + " cases" + suffix,
        URI.create("classpath:/" + casesResource), () -> {
          if (cases.size() != expectedCases) {
            throw new AssertionError(casesResource + " has " + cases.size() + " cases, not "
                + expectedCases + ": a case was added or deleted; if on purpose, change the number");
          }
        });
    return Stream.concat(Stream.of(count), batch.results().stream().map(r -> dynamicTest(
        r.testCase().name() + suffix, source(r.testCase()),
        () -> check(r, other.name(), dns, batch.serverLogs()))));
  }

  private static URI source(ComparisonCase c) {
    int colon = c.source().lastIndexOf(':');
    return URI.create("classpath:/" + c.source().substring(0, colon) + "?line=" + c.source().substring(colon + 1));
  }

  private static void check(Result r, String otherName, NamespaceDns dns, String serverLogs) {
    if (r.glibc().exitStatus() == 64) {
      throw new AssertionError(r.testCase() + "\n  gai.c rejected the arguments: "
          + r.glibc().stderr().strip());
    }
    if (!r.same()) {
      throw new AssertionError(r.testCase() + " differs from glibc (" + dns.description() + ")\n"
          + describe("glibc", r.glibc()) + describe(otherName, r.other())
          + logLinesAbout(r.testCase(), serverLogs));
    }
  }

  /**
   * The servers' log lines that mention a name the case looks up, or an error or SERVFAIL, at
   * most 60: enough to tell what the server did, without the whole log of every case.
   */
  static String logLinesAbout(ComparisonCase c, String serverLogs) {
    if (serverLogs.isEmpty()) {
      return "";
    }
    List<String> names = c.args().stream()
        .filter(a -> !a.startsWith("-") && a.chars().anyMatch(Character::isLetter))
        .map(a -> a.toLowerCase(Locale.ROOT)).toList();
    List<String> lines = serverLogs.lines().filter(line -> {
      String lower = line.toLowerCase(Locale.ROOT);
      return lower.startsWith("== ") || lower.contains("servfail") || lower.contains("error")
          || names.stream().anyMatch(lower::contains);
    }).toList();
    List<String> shown = lines.size() > 60 ? lines.subList(lines.size() - 60, lines.size()) : lines;
    return "  server logs (lines about " + names + ", errors, SERVFAILs):\n    "
        + String.join("\n    ", shown) + "\n";
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
        .append(output.exitStatus()).append(", ").append(output.millis()).append(" ms):\n");
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
}
