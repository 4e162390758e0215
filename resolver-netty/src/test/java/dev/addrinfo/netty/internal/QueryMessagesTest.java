package dev.addrinfo.netty.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.testing.dnsserver.WireBuilder;
import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.RecordType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.DatagramPacket;
import io.netty.handler.codec.dns.DatagramDnsQueryEncoder;
import io.netty.handler.codec.dns.TcpDnsQueryEncoder;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class QueryMessagesTest {
  private static final InetSocketAddress SERVER = new InetSocketAddress("127.0.0.1", 53);
  private static final DnsQuestion WWW = new DnsQuestion("www.Example.com.", RecordType.AAAA);

  private static byte[] udpBytes(boolean rd, boolean edns0) {
    EmbeddedChannel ch = new EmbeddedChannel(new DatagramDnsQueryEncoder());
    ch.writeOutbound(QueryMessages.udp(SERVER, 0xBEEF, WWW, rd, edns0));
    DatagramPacket packet = ch.readOutbound();
    try {
      assertEquals(SERVER, packet.recipient());
      return ByteBufUtil.getBytes(packet.content());
    } finally {
      packet.release();
      ch.finishAndReleaseAll();
    }
  }

  @Test
  void udpQueryIsHeaderQuestionAndNothingElse() {
    byte[] expected = WireBuilder.withFlags(0xBEEF, 0x0100).question("www.Example.com.", 28).bytes();
    assertArrayEquals(expected, udpBytes(true, false));
  }

  @Test
  void ednsAddsOneOptRecordFor1232BytesWithoutOptionsOrDoBit() {
    byte[] expected = WireBuilder.withFlags(0xBEEF, 0).question("www.Example.com.", 28).opt(1232).bytes();
    assertArrayEquals(expected, udpBytes(false, true));
  }

  @Test
  void tcpQueryIsTheSameMessageAfterATwoByteLength() {
    EmbeddedChannel ch = new EmbeddedChannel(new TcpDnsQueryEncoder());
    ch.writeOutbound(QueryMessages.tcp(0xBEEF, WWW, true, false));
    ByteBuf out = ch.readOutbound();
    byte[] message = WireBuilder.withFlags(0xBEEF, 0x0100).question("www.Example.com.", 28).bytes();
    try {
      assertEquals(message.length, out.readUnsignedShort());
      assertArrayEquals(message, ByteBufUtil.getBytes(out));
    } finally {
      out.release();
      ch.finishAndReleaseAll();
    }
  }

  @Test
  void namesThatCannotBeWrittenAreNamedBeforeAnythingIsSent() {
    assertNull(QueryMessages.problemWith("."));
    assertNull(QueryMessages.problemWith("a-b_c.example."));
    assertTrue(QueryMessages.problemWith("a".repeat(64) + ".").contains("over 63"));
    assertTrue(QueryMessages.problemWith("a..b.").contains("empty label"));
    assertTrue(QueryMessages.problemWith("a b.").contains("0x20"));
    assertTrue(QueryMessages.problemWith("b\u00fccher.").contains("0xfc"));
    String name255 = ("x".repeat(62) + ".").repeat(4); // 4 x 63 + 1 = 253 bytes
    assertNull(QueryMessages.problemWith(name255));
    assertTrue(QueryMessages.problemWith("ab." + name255).contains("over 255"));
  }
}
