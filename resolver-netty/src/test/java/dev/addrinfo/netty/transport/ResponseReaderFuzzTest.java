package dev.addrinfo.netty.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.addrinfo.spi.DnsRecord;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.handler.codec.CorruptedFrameException;
import java.net.InetSocketAddress;

/**
 * The answer decoder as the transport calls it, on any bytes: it returns a message or throws a
 * {@link CorruptedFrameException} with a reason, never anything else; it leaves the buffer as it
 * found it (same reference count, same reader index); and what it returns holds only names in
 * presentation form (printable ASCII with \DDD escapes, absolute, labels of 1 to 63 bytes, at most
 * 255 bytes on the wire) and addresses of the right length. The buffer is a pooled direct one, as on the wire, so
 * the suite's leak check sees any reference left behind.
 */
class ResponseReaderFuzzTest {
  private static final InetSocketAddress SERVER = new InetSocketAddress("127.0.0.1", 53);

  @FuzzTest(maxDuration = "10s")
  void read(byte[] message) {
    ByteBuf buf = PooledByteBufAllocator.DEFAULT.directBuffer(message.length);
    buf.writeBytes(message);
    try {
      check(ResponseReader.read(buf, SERVER));
    } catch (CorruptedFrameException e) {
      assertNotNull(e.getMessage());
    } finally {
      assertEquals(1, buf.refCnt(), "references to the message left behind");
      assertEquals(0, buf.readerIndex(), "reader index moved");
      buf.release();
    }
  }

  private static void check(DecodedMessage m) {
    assertTrue(m.id() >= 0 && m.id() <= 0xFFFF, m.toString());
    if (m.questionName() != null) {
      name(m.questionName(), m);
    }
    assertTrue(m.answerCount() >= m.response().answers().size(), m.toString());
    for (DnsRecord r : m.response().answers()) {
      name(r.name(), m);
      assertTrue(r.ttlSeconds() >= 0 && r.ttlSeconds() <= Integer.MAX_VALUE, m.toString());
      switch (r.type()) {
        case A -> assertEquals(4, r.address().getAddress().length, m.toString());
        case AAAA -> assertEquals(16, r.address().getAddress().length, m.toString());
        case CNAME, PTR -> name(r.target(), m);
        case SOA -> {
          name(r.soa().primary(), m);
          name(r.soa().mailbox(), m);
        }
        default -> throw new AssertionError("record of a type the transport never returns: " + m);
      }
    }
  }

  /**
   * A name in presentation form: printable ASCII, absolute, each byte outside printable ASCII or
   * that would be read as syntax ('.', '\\') written as \DDD, labels of 1 to 63 bytes, 255 bytes
   * at most on the wire.
   */
  private static void name(String name, DecodedMessage m) {
    assertTrue(name.endsWith("."), m.toString());
    if (name.equals(".")) {
      return;
    }
    int wire = 1;
    int label = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      assertTrue(c > 0x20 && c < 0x7F, "not printable ASCII: " + m);
      if (c == '.') {
        assertTrue(label >= 1 && label <= 63, "label of " + label + " bytes: " + m);
        wire += label + 1;
        label = 0;
      } else if (c == '\\') {
        assertTrue(i + 3 < name.length(), "escape cut short: " + m);
        int value = Integer.parseInt(name.substring(i + 1, i + 4));
        assertTrue(value <= 255, "escape over 255: " + m);
        label++;
        i += 3;
      } else {
        label++;
      }
    }
    assertTrue(wire <= 255, "name of " + wire + " bytes on the wire: " + m);
  }

}
