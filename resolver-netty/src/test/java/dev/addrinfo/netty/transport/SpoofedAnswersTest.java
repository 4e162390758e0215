package dev.addrinfo.netty.transport;

import static dev.addrinfo.netty.transport.NettyDnsTransportTest.get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.QueryOptions;
import dev.addrinfo.spi.RecordType;
import dev.addrinfo.testing.dnsserver.Answers;
import dev.addrinfo.testing.dnsserver.DnsRequest;
import dev.addrinfo.testing.dnsserver.ScriptedDnsServer;
import dev.addrinfo.testing.dnsserver.WireBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Forgeries and stray messages that arrive before the real answer: each must be ignored and the
 * real answer (192.0.2.1) taken. The forged ones carry 203.0.113.66.
 */
class SpoofedAnswersTest extends TransportTestSupport {
  private static final DnsQuestion WWW = new DnsQuestion("www.example.com.", RecordType.A);
  private static final QueryOptions UDP = new QueryOptions(Duration.ofSeconds(5), false, false, true);

  private static byte[] real(DnsRequest r) {
    return Answers.addresses(r, "192.0.2.1");
  }

  private static byte[] forged(DnsRequest r) {
    return Answers.addresses(r, "203.0.113.66");
  }

  private NettyDnsTransport ask(ScriptedDnsServer.Script script) throws Exception {
    ScriptedDnsServer s = server(script);
    NettyDnsTransport t = transport(NettyDnsTransport.builder());
    DnsResponse response = get(t.query(WWW, s.address(), UDP).toCompletableFuture());
    assertEquals("/192.0.2.1", response.answers().get(0).address().toString());
    assertEquals(1, response.answers().size());
    return t;
  }

  @Test
  void garbageThenAWrongIdThenTheRightAnswer() throws Exception {
    NettyDnsTransport t = ask((r, out) -> {
      byte[] garbage = new byte[64];
      new SplittableRandom(r.id()).nextBytes(garbage);
      garbage[0] = (byte) (r.id() >> 8);
      garbage[1] = (byte) r.id();
      garbage[2] = (byte) 0x81; // QR set, so only the rest is garbage
      out.reply(garbage);
      out.reply(Answers.addresses(new DnsRequest(r.transport(), r.id() ^ 0x8001, r.name(), r.type(),
          true, false, -1, r.sourcePort(), 0), "203.0.113.66"));
      out.reply(real(r));
    });
    assertEquals(1, t.stats().droppedMalformed(), t.stats().toString());
    assertEquals(1, t.stats().droppedWrongId(), t.stats().toString());
  }

  @Test
  void theRightIdFromAnotherPortOfTheServerIsNeverSeen() throws Exception {
    NettyDnsTransport t = ask((r, out) -> {
      out.replyFromOtherPort(forged(r));
      out.reply(real(r));
    });
    // The socket is connected to the server's address and port: the kernel drops the forgery.
    assertEquals(0, t.stats().dropped(), t.stats().toString());
  }

  @Test
  void theRightIdFromAnotherAddressIsNeverSeen() throws Exception {
    NettyDnsTransport t = ask((r, out) -> {
      sendFrom(InetAddressOf.LOOPBACK_2, forged(r), r.sourcePort());
      out.reply(real(r));
    });
    assertEquals(0, t.stats().dropped(), t.stats().toString());
  }

  @Test
  void theRightIdWithAnotherNameIsIgnored() throws Exception {
    NettyDnsTransport t = ask((r, out) -> {
      out.reply(WireBuilder.response(r.id()).question("evil.example.com.", r.type())
          .a("evil.example.com.", 60, "203.0.113.66").a(r.name(), 60, "203.0.113.66").bytes());
      out.reply(real(r));
    });
    assertEquals(1, t.stats().droppedWrongQuestion(), t.stats().toString());
  }

  @Test
  void theRightIdWithAnotherTypeIsIgnored() throws Exception {
    NettyDnsTransport t = ask((r, out) -> {
      out.reply(WireBuilder.response(r.id()).question(r.name(), 28).a(r.name(), 60, "203.0.113.66").bytes());
      out.reply(real(r));
    });
    assertEquals(1, t.stats().droppedWrongQuestion(), t.stats().toString());
  }

  @Test
  void theRightIdWithAnotherClassIsIgnored() throws Exception {
    NettyDnsTransport t = ask((r, out) -> {
      byte[] m = forged(r);
      int classAt = 12 + WireBuilder.nameBytes(r.name()).length + 2;
      m[classAt + 1] = 3; // CH
      out.reply(m);
      out.reply(real(r));
    });
    assertEquals(1, t.stats().droppedWrongQuestion(), t.stats().toString());
  }

  @Test
  void theQueryEchoedBackWithQrClearIsIgnored() throws Exception {
    // Stricter than glibc 2.36, whose res_send takes an echo of its query (QR=0) as the answer: a
    // reflector or a middlebox that bounces datagrams would otherwise answer "no such data".
    NettyDnsTransport t = ask((r, out) -> {
      out.reply(WireBuilder.withFlags(r.id(), 0x0100).question(r.name(), r.type()).bytes());
      out.reply(real(r));
    });
    assertEquals(1, t.stats().droppedMalformed(), t.stats().toString());
  }

  private static void sendFrom(InetAddress source, byte[] message, int clientPort) {
    try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(source, 0))) {
      s.send(new DatagramPacket(message, message.length, new InetSocketAddress(InetAddressOf.LOOPBACK_1, clientPort)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class InetAddressOf {
    static final InetAddress LOOPBACK_1 = of(1);
    static final InetAddress LOOPBACK_2 = of(2);

    private static InetAddress of(int last) {
      try {
        return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) last});
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
  }
}
