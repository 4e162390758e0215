package dev.addrinfo.netty.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.testing.dnsserver.WireBuilder;
import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.RecordType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.UnpooledByteBufAllocator;
import org.junit.jupiter.api.Test;

class QueryMessagesTest {
  private static final UnpooledByteBufAllocator ALLOC = UnpooledByteBufAllocator.DEFAULT;
  private static final DnsQuestion WWW = new DnsQuestion("www.Example.com.", RecordType.AAAA);

  private static byte[] udpBytes(boolean rd, boolean edns0) {
    ByteBuf b = QueryMessages.udp(ALLOC, 0xBEEF, WWW, rd, edns0);
    try {
      assertEquals(b.writerIndex(), b.capacity(), "the buffer is sized exactly");
      return ByteBufUtil.getBytes(b);
    } finally {
      b.release();
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
    ByteBuf out = QueryMessages.tcp(ALLOC, 0xBEEF, WWW, true, false);
    byte[] message = WireBuilder.withFlags(0xBEEF, 0x0100).question("www.Example.com.", 28).bytes();
    try {
      assertEquals(message.length, out.readUnsignedShort());
      assertArrayEquals(message, ByteBufUtil.getBytes(out));
    } finally {
      out.release();
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

  @Test
  void theRootIsOneZeroByte() {
    ByteBuf b = QueryMessages.udp(ALLOC, 1, new DnsQuestion(".", RecordType.SOA), true, false);
    try {
      assertArrayEquals(WireBuilder.withFlags(1, 0x0100).question(".", 6).bytes(), ByteBufUtil.getBytes(b));
    } finally {
      b.release();
    }
  }
}
