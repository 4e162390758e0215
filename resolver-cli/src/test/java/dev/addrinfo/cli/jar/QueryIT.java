package dev.addrinfo.cli.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.cli.jar.Launcher.Run;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 7, item 8: {@code resolve query NAME TYPE} prints what the server said, as dig does. */
class QueryIT {
  private static ZoneServer server;

  @TempDir
  Path dir;

  private TestEtc etc;

  @BeforeAll
  static void startServer() throws Exception {
    server = new ZoneServer()
        .record("example.test", ZoneServer.SOA, 300,
            "ns1.example.test hostmaster.example.test 2026112401 3600 600 86400 60")
        .record("www.example.test", ZoneServer.A, 300, "192.0.2.10")
        .record("www.example.test", ZoneServer.AAAA, 60, "2001:db8::10")
        .answer("alias.example.test", ZoneServer.A, "alias.example.test", ZoneServer.CNAME, 300, "www.example.test")
        .answer("alias.example.test", ZoneServer.A, "www.example.test", ZoneServer.A, 300, "192.0.2.10")
        .record("alias.example.test", ZoneServer.CNAME, 300, "www.example.test")
        .record("10.2.0.192.in-addr.arpa", ZoneServer.PTR, 86400, "www.example.test")
        .rcode("servfail.example.test", 2);
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

  /** {@code resolve query}, the DNS options, then {@code args}. */
  private Run query(String... args) {
    List<String> line = new ArrayList<>(List.of("query"));
    line.addAll(List.of(etc.dnsArgs(server, args)));
    return Launcher.run(line.toArray(new String[0]));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "example.test|SOA|example.test.\\t\\t300\\tIN\\tSOA\\tns1.example.test. hostmaster.example.test. 2026112401 3600 600 86400 60",
      "www.example.test|A|www.example.test.\\t300\\tIN\\tA\\t192.0.2.10",
      "www.example.test.|aaaa|www.example.test.\\t60\\tIN\\tAAAA\\t2001:db8::10",
      "alias.example.test|CNAME|alias.example.test.\\t300\\tIN\\tCNAME\\twww.example.test.",
      "alias.example.test|A|alias.example.test.\\t300\\tIN\\tCNAME\\twww.example.test.\\nwww.example.test.\\t300\\tIN\\tA\\t192.0.2.10",
      "10.2.0.192.in-addr.arpa|PTR|10.2.0.192.in-addr.arpa. 86400\\tIN\\tPTR\\twww.example.test."})
  void answerRecordsAreDigsLines(String name, String type, String lines) {
    Run run = query(name, type);
    assertEquals(0, run.exit(), run::toString);
    assertEquals(lines.replace("\\t", "\t").replace("\\n", "\n") + "\n", run.out());
    assertEquals("", run.err());
  }

  @Test
  void aNameWithoutRecordsOfTheTypeIsNoerrorAndNothing() {
    Run run = query("example.test", "A");
    assertEquals(0, run.exit(), run::toString);
    assertEquals("", run.out() + run.err());
  }

  @Test
  void nxdomainIsAnErrorNamingTheServer() {
    Run run = query("nosuch.example.test", "A");
    assertEquals(2, run.exit(), run::toString);
    assertEquals("", run.out());
    assertEquals("resolve: nosuch.example.test. A: NXDOMAIN from " + server.address() + "\n", run.err());
  }

  @Test
  void servfailIsShownAsTheServerSaidItWithoutTryingAgain() {
    Run run = query("servfail.example.test", "A");
    assertEquals(2, run.exit(), run::toString);
    assertEquals("resolve: servfail.example.test. A: SERVFAIL from " + server.address() + "\n", run.err());
    assertEquals(1, server.questions().size());
  }

  @Test
  void jsonIsOneObjectPerRecordAndTheErrorWithTheQuestion() {
    Run run = query("--json", "alias.example.test", "A");
    assertEquals(""
        + "{\"name\":\"alias.example.test.\",\"ttl\":300,\"class\":\"IN\",\"type\":\"CNAME\",\"data\":\"www.example.test.\"}\n"
        + "{\"name\":\"www.example.test.\",\"ttl\":300,\"class\":\"IN\",\"type\":\"A\",\"data\":\"192.0.2.10\"}\n", run.out());
    Run nx = query("--json", "nosuch.example.test", "AAAA");
    assertEquals(2, nx.exit());
    assertEquals("{\"error\":\"NXDOMAIN\",\"message\":\"NXDOMAIN from " + server.address()
        + "\",\"name\":\"nosuch.example.test.\",\"type\":\"AAAA\"}\n", nx.out());
    assertEquals("", nx.err());
  }

  @Test
  void traceShowsTheExchange() {
    Run run = query("--trace", "www.example.test", "A");
    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.err().matches(";; 127\\.0\\.0\\.1:[0-9]+ udp id=[0-9]+ www\\.example\\.test\\. A NOERROR answers=1 "
        + "rtt=[0-9.]+ms ok\n"), run::toString);
  }

  @Test
  void noAnswerTriesEachServerAttemptsTimesThenSaysSo() throws Exception {
    try (ZoneServer silent = new ZoneServer().silent()) {
      Run run = Launcher.run(etc.dnsArgs(silent, "query", "--timeout=1", "--attempts=2", "www.example.test", "A"));
      assertEquals(2, run.exit(), run::toString);
      assertEquals("resolve: www.example.test. A: no answer from " + silent.address() + " in 2 tries of 1 s each\n",
          run.err());
      assertEquals(2, silent.questions().size());
    }
  }

  @Test
  void resolvConfsTimeoutAndAttemptsApplyToo() throws Exception {
    etc.write("resolv.conf", "options timeout:1 attempts:1\n");
    try (ZoneServer silent = new ZoneServer().silent()) {
      Run run = Launcher.run(etc.dnsArgs(silent, "query", "www.example.test", "A"));
      assertEquals("resolve: www.example.test. A: no answer from " + silent.address() + " in 1 try of 1 s each\n",
          run.err());
      assertEquals(1, silent.questions().size());
    }
  }

  @Test
  void optionsBeforeQueryApplyToIt() {
    List<String> args = new ArrayList<>(List.of(etc.dnsArgs(server, "--json")));
    args.addAll(List.of("query", "www.example.test", "A"));
    Run run = Launcher.run(args.toArray(new String[0]));
    assertEquals("{\"name\":\"www.example.test.\",\"ttl\":300,\"class\":\"IN\",\"type\":\"A\",\"data\":\"192.0.2.10\"}\n",
        run.out());
  }

  @Test
  void anUnknownTypeIsAUsageErrorNamingIt() {
    Run run = query("example.test", "MX");
    assertEquals(64, run.exit());
    assertEquals("Invalid value for positional parameter at index 1 (TYPE): 'MX' is not A, AAAA, CNAME, PTR or SOA\n"
        + "Try 'resolve query --help' for more information.\n", run.err());
  }

  @Test
  void aNameTheWireCannotCarryIsAUsageError() {
    Run run = query("a".repeat(64) + ".example.test", "A");
    assertEquals(64, run.exit(), run::toString);
    assertTrue(run.err().startsWith("Invalid value for NAME: "), run::toString);
    assertEquals(List.of(), server.questions());
  }
}
