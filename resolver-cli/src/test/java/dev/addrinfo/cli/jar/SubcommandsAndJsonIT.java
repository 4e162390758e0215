package dev.addrinfo.cli.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.addrinfo.cli.jar.Launcher.Run;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 7, items 2, 5 and 8 (getent): options before a subcommand, JSON everywhere on stdout, getent's lines. */
class SubcommandsAndJsonIT {
  private static ZoneServer server;

  @TempDir
  Path dir;

  private TestEtc etc;

  @BeforeAll
  static void startServer() throws Exception {
    server = new ZoneServer()
        .record("www.example.test", ZoneServer.A, 300, "192.0.2.10")
        .record("10.2.0.192.in-addr.arpa", ZoneServer.PTR, 300, "www.example.test");
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void files() {
    etc = new TestEtc(dir).write("hosts", "192.0.2.7 seven.example\n");
  }

  private static String[] concat(String[] first, String... then) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(List.of(then));
    return all.toArray(new String[0]);
  }

  @Test
  void jsonBeforeReverseAppliesToIt() {
    Run run = Launcher.run(concat(etc.args(server), "--json", "reverse", "192.0.2.7", "25"));
    assertEquals(0, run.exit(), run::toString);
    assertEquals("{\"host\":\"seven.example\",\"service\":\"smtp\"}\n", run.out());
  }

  @Test
  void traceBeforeReverseTracesItsPtrQuery() {
    Run run = Launcher.run(concat(etc.args(server), "--trace", "reverse", "192.0.2.10"));
    assertEquals(0, run.exit(), run::toString);
    assertEquals("HOST              SERVICE\nwww.example.test  0\n", run.out());
    assertTrue(run.err().matches(";; 127\\.0\\.0\\.1:[0-9]+ udp id=[0-9]+ 10\\.2\\.0\\.192\\.in-addr\\.arpa\\. PTR NOERROR "
        + "answers=1 rtt=[0-9.]+ms ok\n"), run::toString);
  }

  @Test
  void familyBeforeReverseIsRejectedNotIgnored() {
    Run run = Launcher.run("--family=inet6", "reverse", "127.0.0.1");
    assertEquals(64, run.exit(), run::toString);
    assertEquals("Option '--family' does not apply to 'resolve reverse'\n"
        + "Try 'resolve reverse --help' for more information.\n", run.err());
  }

  @Test
  void aJsonErrorNamesHostAndService() {
    Run run = Launcher.run(etc.args(server, "--json", "nosuch.example.test", "smtp"));
    assertEquals(2, run.exit(), run::toString);
    assertEquals("{\"error\":\"EAI_NONAME\",\"message\":\"Name or service not known\",\"host\":\"nosuch.example.test\","
        + "\"service\":\"smtp\"}\n", run.out());
    assertEquals("", run.err());
  }

  @Test
  void underJsonTheTraceIsJsonOnStdoutToo() throws IOException {
    Run run = Launcher.run(etc.args(server, "--json", "--trace", "--family=inet", "--socktype=stream", "www.example.test",
        "smtp"));
    assertEquals(0, run.exit(), run::toString);
    assertEquals("", run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(2, lines.size(), run::toString);
    assertTrue(lines.get(0).matches("\\{\"trace\":\\{\"server\":\"127\\.0\\.0\\.1\",\"port\":[0-9]+,\"transport\":\"udp\","
        + "\"id\":[0-9]+,\"name\":\"www\\.example\\.test\\.\",\"type\":\"A\",\"rcode\":\"NOERROR\",\"answers\":1,"
        + "\"truncated\":false,\"rtt_ms\":[0-9]+\\.[0-9]{3},\"outcome\":\"ok\"}}"), run::toString);
    assertEquals("{\"family\":2,\"socktype\":1,\"protocol\":6,\"canonname\":\"\",\"address\":\"192.0.2.10\",\"port\":25,"
        + "\"scope_id\":0}", lines.get(1));
    for (String line : lines) {
      assertWholeJsonObject(line);
    }
  }

  private static void assertWholeJsonObject(String line) throws IOException {
    try (JsonParser p = new JsonFactory().createParser(line)) {
      assertEquals(JsonToken.START_OBJECT, p.nextToken(), line);
      p.skipChildren();
      assertEquals(null, p.nextToken(), line);
    }
  }

  @Test
  void getentFormatPrintsGetentsLines() {
    Run run = Launcher.run(etc.args(server, "--format=getent", "--canonname", "--family=inet", "www.example.test"));
    assertEquals(0, run.exit(), run::toString);
    assertEquals(""
        + "192.0.2.10      STREAM www.example.test\n"
        + "192.0.2.10      DGRAM  \n"
        + "192.0.2.10      RAW    \n", run.out());
  }
}
