package dev.addrinfo.netty.transport;

import dev.addrinfo.spi.QueryTrace;
import dev.addrinfo.testing.dnsserver.ScriptedDnsServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;

/**
 * What every transport test needs: transports that record their traces and scripted servers, both
 * closed after each test. (test-support's NettyLeakCheck checks after every class that no Netty
 * buffer leaked.)
 */
abstract class TransportTestSupport {
  final List<QueryTrace> traces = new CopyOnWriteArrayList<>();
  private final List<AutoCloseable> toClose = new ArrayList<>();

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
