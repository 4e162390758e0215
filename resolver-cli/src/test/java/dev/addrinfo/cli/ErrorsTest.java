package dev.addrinfo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.EaiError;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorsTest {
  @Test
  void aResolverErrorInJsonIsOneLineOnStdoutAndExitTwo() {
    CliRun run = CliRun.run(new FakeResolver().failing(EaiError.EAI_NONAME), "--json", "nosuch.example", "smtp");
    assertEquals(2, run.exit, run::toString);
    assertEquals("{\"error\":\"EAI_NONAME\",\"message\":\"Name or service not known\","
        + "\"host\":\"nosuch.example\",\"service\":\"smtp\"}\n", run.out);
    assertEquals("", run.err);
  }

  @Test
  void aJsonErrorGivesANullHostOrServiceAsNull() {
    CliRun run = CliRun.run(new FakeResolver().failing(EaiError.EAI_NONAME), "--json", "-", "-");
    assertEquals("{\"error\":\"EAI_NONAME\",\"message\":\"Name or service not known\",\"host\":null,"
        + "\"service\":null}\n", run.out);
    CliRun hostOnly = CliRun.run(new FakeResolver().failing(EaiError.EAI_NONAME), "--json", "nosuch.example");
    assertEquals("{\"error\":\"EAI_NONAME\",\"message\":\"Name or service not known\",\"host\":\"nosuch.example\","
        + "\"service\":null}\n", hostOnly.out);
  }

  @Test
  void aResolverErrorWithoutJsonIsOneLineOnStderrNamingTheQuery() {
    CliRun run = CliRun.run(new FakeResolver().failing(EaiError.EAI_SERVICE), "--socktype=raw", "localhost", "smtp");
    assertEquals(2, run.exit, run::toString);
    assertEquals("", run.out);
    assertEquals("resolve: localhost smtp: Servname not supported for ai_socktype\n", run.err);
  }

  @Test
  void aResolverErrorWithoutServiceNamesTheHostAlone() {
    CliRun run = CliRun.run(new FakeResolver().failing(EaiError.EAI_FAMILY), "--family=1", "localhost");
    assertEquals(2, run.exit, run::toString);
    assertEquals("resolve: localhost: ai_family not supported\n", run.err);
  }

  @Test
  void aNullHostIsNamedAsTyped() {
    CliRun run = CliRun.run(new FakeResolver().failing(EaiError.EAI_NONAME), "-", "-");
    assertEquals("resolve: - -: Name or service not known\n", run.err);
  }

  @Test
  void anUnexpectedFailureIsReportedInOneLineWithExitSeventy() {
    CliRun run = CliRun.run(new FakeResolver().failing(new IllegalStateException("resolver closed")), "localhost");
    assertEquals(70, run.exit, run::toString);
    assertEquals("", run.out);
    assertTrue(run.err.startsWith("resolve: ") && run.err.contains("resolver closed"), run::toString);
    assertEquals(1, run.err.lines().count(), run::toString);
  }

  @Test
  void aMissingHostIsAUsageErrorWithExitSixtyFour() {
    FakeResolver fake = new FakeResolver();
    CliRun run = CliRun.run(fake);
    assertEquals(64, run.exit, run::toString);
    assertEquals("Missing required parameter: 'HOST|-'\nTry 'resolve --help' for more information.\n", run.err);
    assertFalse(fake.asked);
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithASuggestion() {
    CliRun run = CliRun.run(new FakeResolver(), "--canon", "localhost");
    assertEquals(64, run.exit, run::toString);
    assertTrue(run.err.startsWith("Unknown option: '--canon'"), run::toString);
    assertTrue(run.err.contains("--canonname"), run::toString);
  }

  @Test
  void aThirdPositionalIsAUsageError() {
    assertEquals(64, CliRun.run(new FakeResolver(), "localhost", "smtp", "extra").exit);
  }

  @Test
  void helpGoesToStdoutWithExitZero() {
    FakeResolver fake = new FakeResolver();
    CliRun run = CliRun.run(fake, "--help");
    assertEquals(0, run.exit);
    assertTrue(run.out.startsWith("Usage: resolve [--family=inet|inet6|NUMBER]"), run::toString);
    assertTrue(run.out.contains("--nameserver=IP[:PORT]") && run.out.contains("reverse"), run::toString);
    assertFalse(fake.asked);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "reverse", "query"})
  void helpListsTheExitStatuses(String subcommand) {
    CliRun run = subcommand.isEmpty() ? CliRun.run(new FakeResolver(), "--help")
        : CliRun.run(new FakeResolver(), subcommand, "--help");
    assertEquals(0, run.exit, run::toString);
    String exits = run.out.substring(run.out.indexOf("\nExit status:\n"));
    assertEquals(List.of("0", "2", "64", "70"),
        exits.lines().skip(2).filter(l -> l.matches(" *[0-9]+ .*")).map(l -> l.strip().split(" ")[0]).toList(), exits);
  }

  @Test
  void versionNamesTheProgram() {
    CliRun run = CliRun.run(new FakeResolver(), "--version");
    assertEquals(0, run.exit);
    assertEquals("resolve (addrinfo) " + Version.FALLBACK + "\n", run.out);
  }
}
