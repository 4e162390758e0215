package dev.addrinfo.netty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.addrinfo.spi.DnsRecord;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SOA records in the answer section: kept for an SOA question, dropped for any other. */
class SoaAnswerTest {
  private static final int SOA = 6;

  private static byte[] soaData(String mname, String rname, long... numbers) {
    ByteArrayOutputStream rdata = new ByteArrayOutputStream();
    rdata.writeBytes(WireBuilder.nameBytes(mname));
    rdata.writeBytes(WireBuilder.nameBytes(rname));
    for (long v : numbers) {
      rdata.writeBytes(new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v});
    }
    return rdata.toByteArray();
  }

  private static List<DnsRecord> answers(byte[] message) {
    ByteBuf buf = Unpooled.wrappedBuffer(message);
    try {
      return ResponseReader.read(buf, new InetSocketAddress("127.0.0.1", 53)).response().answers();
    } finally {
      buf.release();
    }
  }

  @Test
  void theAnswerToAnSoaQuestionKeepsTheSoaWithAllSevenFields() {
    byte[] m = WireBuilder.response(7).question("example.test.", SOA)
        .answer("example.test.", SOA, 300,
            soaData("ns1.example.test.", "hostmaster.example.test.", 4294967295L, 7200, 3600, 1209600, 60))
        .bytes();
    assertEquals(List.of(DnsRecord.soa("example.test.", 300, new DnsRecord.Soa("ns1.example.test.",
        "hostmaster.example.test.", 4294967295L, 7200, 3600, 1209600, 60))), answers(m));
  }

  @Test
  void anSoaInTheAnswerToAnAddressQuestionIsStillDropped() {
    byte[] m = WireBuilder.response(7).question("example.test.", 1)
        .answer("example.test.", SOA, 300, soaData("ns1.example.test.", "hostmaster.example.test.", 1, 2, 3, 4, 5))
        .a("example.test.", 300, "192.0.2.1")
        .bytes();
    assertEquals(1, answers(m).size());
    assertEquals("192.0.2.1", answers(m).get(0).address().getHostAddress());
  }
}
