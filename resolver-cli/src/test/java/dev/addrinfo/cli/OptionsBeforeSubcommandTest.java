package dev.addrinfo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.addrinfo.NameInfo;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Options written before a subcommand: the shared ones apply to it, the others are usage errors. */
class OptionsBeforeSubcommandTest {
  @TempDir
  static Path dir;

  private static FakeResolver answering() {
    return new FakeResolver().answering(new NameInfo("localhost", "smtp"));
  }

  @Test
  void sharedOptionsBeforeReverseApplyToIt() throws Exception {
    Path hosts = Files.writeString(dir.resolve("hosts"), "");
    FakeResolver fake = answering();
    CliRun run = CliRun.run(fake, "--hosts=" + hosts, "--nameserver=127.0.0.2:5353", "--timeout=2", "--attempts=1",
        "--trace", "reverse", "127.0.0.1", "25");
    assertEquals(0, run.exit, run::toString);
    assertEquals(hosts, fake.settings.files().hosts());
    assertEquals(List.of(new InetSocketAddress("127.0.0.2", 5353)), fake.settings.nameservers());
    assertEquals(Duration.ofSeconds(2), fake.settings.timeout());
    assertEquals(1, fake.settings.attempts());
    assertNotNull(fake.settings.trace());
  }

  @Test
  void jsonBeforeReversePrintsJson() {
    CliRun run = CliRun.run(answering(), "--json", "reverse", "127.0.0.1", "25");
    assertEquals("{\"host\":\"localhost\",\"service\":\"smtp\"}\n", run.out);
  }

  @Test
  void nameserversBeforeAndAfterTheSubcommandAreAllUsedInOrder() {
    FakeResolver fake = answering();
    CliRun.run(fake, "--nameserver=127.0.0.2", "reverse", "--nameserver=127.0.0.3", "127.0.0.1");
    assertEquals(List.of(new InetSocketAddress("127.0.0.2", 53), new InetSocketAddress("127.0.0.3", 53)),
        fake.settings.nameservers());
  }

  @Test
  void aFlagGivenBeforeAndAfterIsFine() {
    CliRun run = CliRun.run(answering(), "--json", "reverse", "--json", "127.0.0.1");
    assertEquals(0, run.exit, run::toString);
  }

  @Test
  void aValueGivenBeforeAndAfterIsAUsageError() {
    FakeResolver fake = answering();
    CliRun run = CliRun.run(fake, "--timeout=1", "reverse", "--timeout=2", "127.0.0.1");
    assertEquals(64, run.exit, run::toString);
    assertEquals("Option '--timeout' is given both before and after 'reverse'\n"
        + "Try 'resolve reverse --help' for more information.\n", run.err);
    assertFalse(fake.asked);
  }

  @ParameterizedTest
  @CsvSource({
      "--family=inet6, reverse, --family",
      "--passive, reverse, --passive",
      "--format=getent, reverse, --format",
      "--flags=1, reverse, --flags",
      "--hosts=/etc/hostname, query, --hosts",
      "--services=/etc/hostname, query, --services",
      "--canonname, query, --canonname"})
  void aLookupOptionBeforeASubcommandWithoutItIsAUsageError(String option, String subcommand, String name) {
    FakeResolver fake = answering();
    CliRun run = CliRun.run(fake, option, subcommand, "127.0.0.1", "A");
    assertEquals(64, run.exit, run::toString);
    assertEquals("Option '" + name + "' does not apply to 'resolve " + subcommand + "'\n"
        + "Try 'resolve " + subcommand + " --help' for more information.\n", run.err);
    assertFalse(fake.asked);
  }

  @Test
  void aGetaddrinfoFlagBeforeReverseIsNotTakenForGetnameinfosNamesake() {
    FakeResolver fake = answering();
    CliRun run = CliRun.run(fake, "--numeric-host", "reverse", "127.0.0.1");
    assertEquals(64, run.exit, run::toString);
    assertEquals("Option '--numeric-host' before 'reverse' belongs to the getaddrinfo lookup; write it after "
        + "'reverse' to give it to 'resolve reverse'\nTry 'resolve reverse --help' for more information.\n", run.err);
    assertFalse(fake.asked);
  }

  @Test
  void helpBeforeASubcommandIsTheTopCommandsHelp() {
    CliRun run = CliRun.run(answering(), "--help", "reverse");
    assertEquals(0, run.exit, run::toString);
    assertEquals(true, run.out.startsWith("Usage: resolve "), run::toString);
  }
}
