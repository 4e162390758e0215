package dev.addrinfo.netty.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.addrinfo.spi.QueryTrace;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * What every transport test needs: transports that record their traces, scripted servers, both
 * closed after each test, and a check after the class that no Netty buffer leaked.
 */
abstract class TransportTestSupport {
  private static LeakWatch leakWatch;

  final List<QueryTrace> traces = new CopyOnWriteArrayList<>();
  private final List<AutoCloseable> toClose = new ArrayList<>();

  @BeforeAll
  static void watchLeaks() {
    leakWatch = new LeakWatch();
  }

  @AfterAll
  static void noBufferLeaked() throws InterruptedException {
    assertEquals(List.of(), leakWatch.leaks());
  }

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : toClose) {
      c.close();
    }
  }

  NettyDnsTransport transport(NettyDnsTransport.Builder b) {
    NettyDnsTransport t = b.trace(traces::add).build();
    toClose.add(t);
    return t;
  }

  ScriptedDnsServer server(ScriptedDnsServer.Script script) throws InterruptedException {
    ScriptedDnsServer s = ScriptedDnsServer.start(script);
    toClose.add(s);
    return s;
  }
}
