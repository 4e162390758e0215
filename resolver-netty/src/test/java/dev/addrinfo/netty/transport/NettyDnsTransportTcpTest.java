package dev.addrinfo.netty.transport;

import static dev.addrinfo.netty.transport.NettyDnsTransportTest.answer;
import static dev.addrinfo.netty.transport.NettyDnsTransportTest.failure;
import static dev.addrinfo.netty.transport.NettyDnsTransportTest.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.testing.dnsserver.DnsRequest;
import dev.addrinfo.testing.dnsserver.ScriptedDnsServer;
import dev.addrinfo.testing.dnsserver.WireBuilder;
import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.DnsTimeoutException;
import dev.addrinfo.spi.QueryOptions;
import dev.addrinfo.spi.RecordType;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Truncation, TCP framing and EDNS0. */
class NettyDnsTransportTcpTest extends TransportTestSupport {
  private static final DnsQuestion WWW = new DnsQuestion("www.example.com.", RecordType.A);
  private static final QueryOptions UDP = new QueryOptions(Duration.ofSeconds(2), false, false, true);
  private static final QueryOptions EDNS = new QueryOptions(Duration.ofSeconds(2), true, false, true);
  private static final QueryOptions TCP_ONLY = new QueryOptions(Duration.ofSeconds(2), false, true, true);
  private static byte[] truncated(DnsRequest r) {
    return WireBuilder.withFlags(r.id(), 0x8380).question(r.name(), r.type()).bytes();
  }

  private static byte[] framed(byte[] m) {
    byte[] f = new byte[m.length + 2];
    f[0] = (byte) (m.length >> 8);
    f[1] = (byte) m.length;
    System.arraycopy(m, 0, f, 2, m.length);
    return f;
  }

  private static final ScriptedDnsServer.Script TRUNCATE_UDP = (r, out) ->
      out.reply(r.transport().equals("udp") ? truncated(r) : answer(r));

  @Test
  void truncatedAnswerIsAskedAgainOverTcp() throws Exception {
    ScriptedDnsServer s = server(TRUNCATE_UDP);
    NettyDnsTransport t = transport(NettyDnsTransport.builder());
    DnsResponse resp = get(t.query(WWW, s.address(), UDP).toCompletableFuture());
    assertEquals(1, resp.answers().size());
    assertEquals(List.of("udp", "tcp"), s.requests().stream().map(DnsRequest::transport).toList());
    assertEquals("www.example.com.", s.requests().get(1).name());
    assertEquals(1, t.stats().tcpFallbacks());
    assertEquals(2, t.stats().sent());
    assertEquals(2, traces.size());
    assertTrue(traces.get(0).truncated());
    assertEquals("udp", traces.get(0).transport());
    assertEquals("tcp", traces.get(1).transport());
    assertFalse(traces.get(1).truncated());
  }

  @Test
  void backToBackTruncationsToOneServerShareOneConnection() throws Exception {
    ScriptedDnsServer s = server(TRUNCATE_UDP);
    NettyDnsTransport t = transport(NettyDnsTransport.builder());
    for (int i = 0; i < 5; i++) {
      assertEquals(1, get(t.query(WWW, s.address(), UDP).toCompletableFuture()).answers().size());
    }
    assertEquals(1, s.tcpConnectionsAccepted());
    assertEquals(5, t.stats().tcpFallbacks());
  }

  @Test
  void concurrentTcpQueriesAreMultiplexedOnOneConnection() throws Exception {
    // Answers come back in reverse order of arrival: only the ID tells them apart.
    List<Runnable> held = new CopyOnWriteArrayList<>();
    ScriptedDnsServer s = server((r, out) -> {
      held.add(() -> out.reply(WireBuilder.response(r.id()).question(r.name(), r.type())
          .a(r.name(), 1, "192.0.2." + r.name().charAt(1)).bytes()));
      if (held.size() == 3) {
        for (int i = 2; i >= 0; i--) {
          held.get(i).run();
        }
      }
    });
    NettyDnsTransport t = transport(NettyDnsTransport.builder().eventLoopGroup(
        new io.netty.channel.MultiThreadIoEventLoopGroup(1, io.netty.channel.nio.NioIoHandler.newFactory())));
    List<java.util.concurrent.CompletableFuture<DnsResponse>> all = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      all.add(t.query(new DnsQuestion("h" + i + ".example.", RecordType.A), s.address(), TCP_ONLY)
          .toCompletableFuture());
    }
    for (int i = 1; i <= 3; i++) {
      assertEquals("/192.0.2." + i, get(all.get(i - 1)).answers().get(0).address().toString());
    }
    assertEquals(1, s.tcpConnectionsAccepted());
  }

  @Test
  void tcpOnlyNeverUsesUdp() throws Exception {
    ScriptedDnsServer s = server((r, out) -> out.reply(answer(r)));
    NettyDnsTransport t = transport(NettyDnsTransport.builder());
    assertEquals(1, get(t.query(WWW, s.address(), TCP_ONLY).toCompletableFuture()).answers().size());
    assertEquals(List.of("tcp"), s.requests().stream().map(DnsRequest::transport).toList());
    assertEquals(0, t.stats().tcpFallbacks());
  }

  @Test
  void tcpAnswerSplitAcrossManyWritesIsReassembled() throws Exception {
    ScriptedDnsServer s = server((r, out) -> {
      byte[] f = framed(answer(r));
      out.writeRaw(Arrays.copyOfRange(f, 0, 1), Arrays.copyOfRange(f, 1, 7), Arrays.copyOfRange(f, 7, 20),
          Arrays.copyOfRange(f, 20, f.length));
    });
    NettyDnsTransport t = transport(NettyDnsTransport.builder());
    assertEquals(1, get(t.query(WWW, s.address(), TCP_ONLY).toCompletableFuture()).answers().size());
  }

  @Test
  void tcpLengthOverTheMaximumFailsTheQueryNamingTheServer() throws Exception {
    ScriptedDnsServer s = server((r, out) -> out.writeRaw(new byte[] {(byte) 0xFF, (byte) 0xFF, 0, 0, 0}));
    NettyDnsTransport t = transport(NettyDnsTransport.builder().maxTcpMessageLength(4096));
    Throwable e = failure(t.query(WWW, s.address(), TCP_ONLY).toCompletableFuture());
    assertInstanceOf(IOException.class, e);
    assertFalse(e instanceof DnsTimeoutException, e.toString());
    assertTrue(e.getMessage().contains("127.0.0.1:" + s.address().getPort()), e.getMessage());
    assertEquals(1, t.stats().droppedMalformed());
  }

  @Test
  void tcpConnectionClosedByServerFailsTheQuery() throws Exception {
    ScriptedDnsServer s = server((r, out) -> {
      out.writeRaw(new byte[] {0, 50, 1, 2});
      out.closeConnection();
    });
    NettyDnsTransport t = transport(NettyDnsTransport.builder());
    // With a one-minute timeout, failing within the test's wait is failing on the close itself.
    QueryOptions tcpOneMinute = new QueryOptions(Duration.ofMinutes(1), false, true, true);
    Throwable e = failure(t.query(WWW, s.address(), tcpOneMinute).toCompletableFuture());
    assertInstanceOf(IOException.class, e);
    assertFalse(e instanceof DnsTimeoutException, e.toString());
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
  }

  @Test
  void ednsQueryAdvertises1232Bytes() throws Exception {
    ScriptedDnsServer s = server((r, out) -> out.reply(answer(r)));
    NettyDnsTransport t = transport(NettyDnsTransport.builder());
    get(t.query(WWW, s.address(), EDNS).toCompletableFuture());
    assertEquals(1232, s.requests().get(0).ednsPayload());
  }

  @Test
  void formerrToAnEdnsQueryIsRetriedWithoutOpt() throws Exception {
    // A server that does not know EDNS, answering FORMERR without echoing the question.
    ScriptedDnsServer s = server((r, out) -> out.reply(r.edns()
        ? WireBuilder.withFlags(r.id(), 0x8181).bytes()
        : answer(r)));
    NettyDnsTransport t = transport(NettyDnsTransport.builder());
    DnsResponse resp = get(t.query(WWW, s.address(), EDNS).toCompletableFuture());
    assertEquals(DnsResponse.NOERROR, resp.rcode());
    assertEquals(List.of(true, false), s.requests().stream().map(DnsRequest::edns).toList());
    assertEquals(1, t.stats().ednsFallbacks());
    assertEquals(1, traces.get(0).rcode());
  }

  @Test
  void formerrWithoutOptIsTheAnswer() throws Exception {
    ScriptedDnsServer s = server((r, out) -> out.reply(
        WireBuilder.withFlags(r.id(), 0x8181).question(r.name(), r.type()).bytes()));
    NettyDnsTransport t = transport(NettyDnsTransport.builder());
    assertEquals(DnsResponse.FORMERR, get(t.query(WWW, s.address(), UDP).toCompletableFuture()).rcode());
    assertEquals(1, s.requests().size());
    assertEquals(0, t.stats().ednsFallbacks());
  }

  @Test
  void truncatedEdnsAnswerThenFormerrOverTcpEndsWithoutOpt() throws Exception {
    ScriptedDnsServer s = server((r, out) -> {
      if (r.transport().equals("udp")) {
        out.reply(truncated(r));
      } else {
        out.reply(r.edns() ? WireBuilder.withFlags(r.id(), 0x8181).bytes() : answer(r));
      }
    });
    NettyDnsTransport t = transport(NettyDnsTransport.builder());
    assertEquals(1, get(t.query(WWW, s.address(), EDNS).toCompletableFuture()).answers().size());
    assertEquals(List.of("udp", "tcp", "tcp"), s.requests().stream().map(DnsRequest::transport).toList());
    assertEquals(List.of(true, true, false), s.requests().stream().map(DnsRequest::edns).toList());
  }
}
