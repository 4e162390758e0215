package dev.addrinfo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A plain lookup runs without the subcommands set up, and nothing it prints shows it. */
class LazySubcommandsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "localhost smtp|false",
      "--family=inet6 -- -x|false",
      "--family -1 localhost|false",
      "reverse 127.0.0.1|true",
      "--json query a A|true",
      "--help|true",
      "--version|true",
      "-h|true",
      "-hV|true",
      "-V|true",
      "-- -h|true"})
  void subcommandsAreSetUpOnlyWhenAnArgumentMayNeedThem(String args, boolean needed) {
    assertEquals(needed, ResolveCommand.mayNeedSubcommands(args.split(" ")));
  }

  /** What the full command line prints for these arguments, subcommands and all. */
  private static String full(FakeResolver fake, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = new ResolveCommand(fake::create, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).commandLine().execute(args);
    return exit + "\n" + out.toString(StandardCharsets.UTF_8) + "---\n" + err.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost smtp extra", "--canon localhost", "--family=ipx x", "--timeout=0 x",
      "--json --format=getent x", "revers 1.2.3.4 x", "--hosts=/nonexistent x", "--nameserver"})
  void aUsageErrorReadsAsTheFullCommandsDoes(String args) {
    String[] split = args.split(" ");
    CliRun lazy = CliRun.run(new FakeResolver(), split);
    assertEquals(full(new FakeResolver(), split), lazy.exit + "\n" + lazy.out + "---\n" + lazy.err);
    assertEquals(64, lazy.exit);
  }
}
