package dev.addrinfo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.addrinfo.services.LineProblem;
import org.junit.jupiter.api.Test;

class WarningsTest {
  @Test
  void eachProblemIsOneLineNamingFileAndLine() {
    FakeResolver fake = new FakeResolver();
    fake.problems.add(new LineProblem("/etc/hosts", 3, "x y", "not an IPv4 or IPv6 address: x"));
    fake.problems.add(new LineProblem("/etc/gai.conf", 0, "", "cannot be read (Permission denied); read as a missing file"));
    CliRun run = CliRun.run(fake, "localhost");
    assertEquals(0, run.exit, run::toString);
    assertEquals(""
        + "resolve: warning: /etc/hosts:3: not an IPv4 or IPv6 address: x\n"
        + "resolve: warning: /etc/gai.conf: cannot be read (Permission denied); read as a missing file\n", run.err);
  }

  @Test
  void aFileFullOfBadLinesShowsTheFirstFiveAndACount() {
    FakeResolver fake = new FakeResolver();
    for (int i = 1; i <= 29; i++) {
      fake.problems.add(new LineProblem("/etc/shadow", i, "secret", "bad line " + i));
    }
    fake.problems.add(new LineProblem("/etc/gai.conf", 2, "x", "other"));
    CliRun run = CliRun.run(fake, "localhost");
    assertEquals(""
        + "resolve: warning: /etc/shadow:1: bad line 1\n"
        + "resolve: warning: /etc/shadow:2: bad line 2\n"
        + "resolve: warning: /etc/shadow:3: bad line 3\n"
        + "resolve: warning: /etc/shadow:4: bad line 4\n"
        + "resolve: warning: /etc/shadow:5: bad line 5\n"
        + "resolve: warning: /etc/gai.conf:2: other\n"
        + "resolve: warning: /etc/shadow: 24 more problems not shown\n", run.err);
  }

  @Test
  void oneMoreIsSingular() {
    FakeResolver fake = new FakeResolver();
    for (int i = 1; i <= 6; i++) {
      fake.problems.add(new LineProblem("/h", i, "", "bad"));
    }
    CliRun run = CliRun.run(fake, "reverse", "127.0.0.1");
    assertEquals(true, run.err.endsWith("resolve: warning: /h: 1 more problem not shown\n"), run::toString);
  }

  @Test
  void warningsStayOnStderrUnderJson() {
    FakeResolver fake = new FakeResolver();
    fake.problems.add(new LineProblem("/etc/hosts", 3, "x", "bad"));
    CliRun run = CliRun.run(fake, "--json", "localhost");
    assertEquals("", run.out);
    assertEquals("resolve: warning: /etc/hosts:3: bad\n", run.err);
  }
}
