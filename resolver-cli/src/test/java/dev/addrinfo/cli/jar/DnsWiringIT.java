package dev.addrinfo.cli.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.cli.jar.Launcher.Run;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built command against the real resolver and a scripted DNS server: --nameserver,
 * --resolv-conf, --hosts, --nsswitch-conf, --gai-conf, --timeout, --attempts, --trace and --0x20
 * reach the resolver and do what they say.
 */
class DnsWiringIT {
  private static ZoneServer server;
  /** 39 letters: sent in a random case, it goes all in lower case once in 2^39 runs. */
  private static final String LONG_NAME = "a-name-long-enough-for-random-case.example.test";

  @TempDir
  Path dir;

  private TestEtc etc;

  @BeforeAll
  static void startServer() throws Exception {
    server = new ZoneServer()
        .record("www.example.test", ZoneServer.A, 300, "192.0.2.10")
        .record("two.example.test", ZoneServer.A, 300, "127.0.0.2")
        .record("two.example.test", ZoneServer.A, 300, "127.0.0.3")
        .record(LONG_NAME, ZoneServer.A, 300, "192.0.2.11");
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void files() {
    etc = new TestEtc(dir);
    server.questions().clear();
  }

  private Run run(String... args) {
    return Launcher.run(etc.args(server, args));
  }

  private static ZoneServer.Question question(String name, int type) {
    return new ZoneServer.Question(name, type);
  }

  @Test
  void nameserverSendsTheQuestionsToThatServer() {
    Run run = run("--family=inet", "--socktype=stream", "www.example.test", "http");
    assertEquals(0, run.exit(), run::toString);
    assertEquals(""
        + "FAMILY   SOCKTYPE     PROTOCOL  ADDRESS     PORT  CANONNAME\n"
        + "AF_INET  SOCK_STREAM  tcp       192.0.2.10  80\n", run.out());
    assertEquals("", run.err());
    assertEquals(List.of(question("www.example.test.", ZoneServer.A)), server.questions());
  }

  @Test
  void dash0x20SendsEachLetterInARandomCase() {
    Run run = run("--0x20", "--family=inet", "--socktype=stream", LONG_NAME, "http");
    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().contains("192.0.2.11"), run::toString);
    String sent = server.questions().get(0).name();
    assertTrue(sent.equalsIgnoreCase(LONG_NAME + ".") && !sent.equals(LONG_NAME + "."), sent);
  }

  @Test
  void resolvConfsSearchListIsUsed() {
    etc.write("resolv.conf", "search example.test\noptions timeout:1 attempts:1\n");
    Run run = run("--family=inet", "--socktype=stream", "www");
    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().endsWith("192.0.2.10  0\n"), run::toString);
    assertEquals(question("www.example.test.", ZoneServer.A), server.questions().get(0));
  }

  @Test
  void theHostsFileAnswersWithoutDns() {
    etc.write("hosts", "192.0.2.99 local.example\n");
    Run run = run("--family=inet", "--socktype=stream", "local.example");
    assertEquals("AF_INET  SOCK_STREAM  tcp       192.0.2.99  0", run.out().lines().skip(1).findFirst().orElse(""));
    assertEquals(List.of(), server.questions());
  }

  @Test
  void nsswitchConfWithoutDnsSendsNoQuestion() {
    etc.write("nsswitch.conf", "hosts: files\n");
    Run run = run("www.example.test");
    assertEquals(2, run.exit(), run::toString);
    assertEquals("resolve: www.example.test: Name or service not known\n", run.err());
    assertEquals(List.of(), server.questions());
  }

  @Test
  void gaiConfPrecedenceReordersTheAnswer() {
    String[] ask = {"--family=inet", "--socktype=stream", "two.example.test"};
    assertEquals(List.of("127.0.0.2", "127.0.0.3"), addresses(run(ask)));
    etc.write("gai.conf", "precedence ::ffff:127.0.0.3/128 100\nprecedence ::ffff:0:0/96 10\n");
    assertEquals(List.of("127.0.0.3", "127.0.0.2"), addresses(run(ask)));
  }

  private static List<String> addresses(Run run) {
    assertEquals(0, run.exit(), run::toString);
    return run.out().lines().skip(1).map(l -> l.split(" +")[3]).toList();
  }

  @Test
  void traceShowsEachExchangeOnStderr() {
    Run run = run("--trace", "--family=inet", "www.example.test");
    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.err().matches(";; " + Pattern.quote(server.address())
        + " udp id=[0-9]+ www\\.example\\.test\\. A NOERROR answers=1 rtt=[0-9]+\\.[0-9]{3}ms ok\n"), run::toString);
  }

  /**
   * Issue 7, item 3: the round trip is the exchange's, from the datagram's send to its answer; this
   * server answers at once, so it is far below 100 ms, and below the whole run's wall time (the
   * JVM's start-up included) however busy the machine.
   */
  @Test
  void traceRoundTripIsTheExchangesNotTheJvmsStartUp() {
    Run run = run("--trace", "--family=inet", "www.example.test");
    Matcher rtt = Pattern.compile("rtt=([0-9.]+)ms").matcher(run.err());
    assertTrue(rtt.find(), run::toString);
    double millis = Double.parseDouble(rtt.group(1));
    assertTrue(millis < 100, "rtt " + millis + " ms for a server that answers at once\n" + run);
    assertTrue(millis < run.wallNanos() / 1e6, "rtt " + millis + " ms is longer than the whole run\n" + run);
  }

  @Test
  void timeoutAndAttemptsReplaceResolvConfs() {
    try (ZoneServer silent = startSilent()) {
      Run run = Launcher.run(etc.args(silent, "--timeout=1", "--attempts=2", "--family=inet", "www.example.test."));
      assertEquals(2, run.exit(), run::toString);
      assertEquals("resolve: www.example.test.: Temporary failure in name resolution\n", run.err());
      assertEquals(2, silent.questions().size(), silent.questions()::toString);
      // a lower bound cannot flake: each of the two tries waits at least the second asked
      assertTrue(run.wallNanos() >= 2_000_000_000L, run::toString);
    }
  }

  @Test
  void withoutTheOptionsResolvConfsTimeoutAndAttemptsApply() {
    etc.write("resolv.conf", "options timeout:1 attempts:1\n");
    try (ZoneServer silent = startSilent()) {
      Run run = Launcher.run(etc.args(silent, "--family=inet", "www.example.test."));
      assertEquals(2, run.exit(), run::toString);
      assertEquals(1, silent.questions().size(), silent.questions()::toString);
      assertTrue(run.wallNanos() >= 1_000_000_000L, run::toString);
    }
  }

  private static ZoneServer startSilent() {
    try {
      return new ZoneServer().silent();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
