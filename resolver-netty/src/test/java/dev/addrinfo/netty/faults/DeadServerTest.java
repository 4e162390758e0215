package dev.addrinfo.netty.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.Linux;
import dev.addrinfo.Resolver;
import dev.addrinfo.spi.QueryTrace;
import dev.addrinfo.testing.dnsserver.Answers;
import dev.addrinfo.testing.dnsserver.ScriptedDnsServer;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Issue 10, beyond the peers: a dead first server is remembered, so that a later lookup asks the
 * second server at once instead of waiting out its timeout again (glibc waits every time). The
 * waiting is read from the traces (which servers were asked, and whether a try timed out), never
 * from the clock, except for one bound as long as a whole try.
 */
@Execution(ExecutionMode.CONCURRENT)
class DeadServerTest extends ResolverFaultsSupport {
  static final String NAME = "host.test.";
  static final String V4 = "192.0.2.1";
  /** One try per server of 3 s: the first lookup waits this long on the silent server. */
  static final String THREE_SECONDS = "options timeout:3 attempts:2\n";

  ScriptedDnsServer answering() throws InterruptedException {
    return server((q, out) -> out.reply(Answers.addresses(q, V4, "2001:db8::1")));
  }

  ScriptedDnsServer silent() throws InterruptedException {
    return server((q, out) -> { });
  }

  /** The traces of one lookup of {@code NAME}, which must find {@code V4}. */
  List<String> lookupTraced(Resolver r) {
    traces.clear();
    assertEquals(V4, lookup(r, NAME, Linux.AF_INET));
    return traces.stream().map(t -> port(t.server()) + " " + t.outcome()).toList();
  }

  static String port(InetSocketAddress a) {
    return String.valueOf(a.getPort());
  }

  @Test
  void aSecondLookupDoesNotWaitOnASilentFirstServer() throws Exception {
    ScriptedDnsServer dead = silent();
    ScriptedDnsServer second = answering();
    Resolver r = resolver(THREE_SECONDS, dead.address(), second.address());
    String d = port(dead.address());
    String s = port(second.address());
    assertEquals(List.of(d + " timeout", s + " ok"), lookupTraced(r));
    long start = System.nanoTime();
    assertEquals(List.of(s + " ok"), lookupTraced(r));
    long tookMillis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(1, dead.requestCount(), "the dead server was asked once, by the first lookup");
    assertEquals(1, r.stats().skippedTries());
    // Waiting on the dead server would take its whole 3 s try; not waiting takes milliseconds.
    assertTrue(tookMillis < 3_000, "took " + tookMillis + " ms");
  }

  @Test
  void aSecondLookupDoesNotAskAFirstServerWhosePortIsClosed() throws Exception {
    InetSocketAddress closed = ScriptedDnsServer.closedPort();
    ScriptedDnsServer second = answering();
    Resolver r = resolver(ONE_TRY, closed, second.address());
    String s = port(second.address());
    List<String> first = lookupTraced(r);
    assertEquals(2, first.size(), first.toString());
    assertEquals(List.of(s + " ok"), lookupTraced(r));
  }

  @Test
  void withTheOptionOffEveryLookupWaitsOnTheSilentServerAsGlibcDoes() throws Exception {
    ScriptedDnsServer dead = silent();
    ScriptedDnsServer second = answering();
    Resolver r = resolver(WAIT, b -> b.rememberDeadServers(false), dead.address(), second.address());
    List<String> expected = List.of(port(dead.address()) + " timeout", port(second.address()) + " ok");
    assertEquals(expected, lookupTraced(r));
    assertEquals(expected, lookupTraced(r));
    assertEquals(0, r.stats().skippedTries());
  }
}
