package dev.addrinfo.netty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.DnsRecord;
import dev.addrinfo.spi.RecordType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseDecoderTest {

  private static DecodedMessage decode(byte[] bytes) throws MalformedMessageException {
    ByteBuf buf = Unpooled.wrappedBuffer(bytes);
    try {
      return ResponseDecoder.decode(buf);
    } finally {
      buf.release();
    }
  }

  private static String rejection(byte[] bytes) {
    return assertThrows(MalformedMessageException.class, () -> decode(bytes)).getMessage();
  }

  @Test
  void readsAddressesFlagsAndQuestion() throws Exception {
    byte[] m = WireBuilder.withFlags(0x1234, 0x8180 | 0x0400 | 0x0020 | 0x0200)
        .question("WWW.example.com.", 1)
        .a("www.example.com.", 300, "192.0.2.7")
        .aaaa("www.example.com.", 60, "2001:db8::7")
        .bytes();
    DecodedMessage d = decode(m);
    assertEquals(0x1234, d.id());
    assertTrue(d.truncated());
    assertEquals("WWW.example.com.", d.questionName());
    assertEquals(1, d.questionType());
    assertEquals(1, d.questionClass());
    assertEquals(2, d.answerCount());
    assertTrue(d.response().authoritative());
    assertTrue(d.response().authenticData());
    assertEquals(List.of(
        DnsRecord.address("www.example.com.", 300, InetAddress.getByName("192.0.2.7")),
        DnsRecord.address("www.example.com.", 60, InetAddress.getByName("2001:db8::7"))), d.response().answers());
    assertEquals(-1, d.response().negativeTtlSeconds());
  }

  @Test
  void decompressesCnameTargetsAndOwnerNames() throws Exception {
    WireBuilder w = WireBuilder.response(1).question("www.example.com.", 1);
    // answer 1: owner = pointer to the question name (offset 12), CNAME target "cdn" + pointer to
    // "example.com." inside the question (offset 12 + 4).
    w.raw(0xC0, 12, 0, 5, 0, 1, 0, 0, 0, 30, 0, 6);
    int cdnAt = w.position();
    w.raw(3, 'c', 'd', 'n', 0xC0, 16);
    w.raw(0xC0, cdnAt, 0, 1, 0, 1, 0, 0, 0, 40, 0, 4, 192, 0, 2, 9).counts(1, 2, 0, 0);
    DecodedMessage d = decode(w.bytes());
    assertEquals(List.of(
        DnsRecord.cname("www.example.com.", 30, "cdn.example.com."),
        DnsRecord.address("cdn.example.com.", 40, InetAddress.getByName("192.0.2.9"))), d.response().answers());
  }

  @Test
  void readsPtrTargets() throws Exception {
    byte[] m = WireBuilder.response(2).question("1.2.0.192.in-addr.arpa.", 12)
        .answer("1.2.0.192.in-addr.arpa.", 12, 86400, WireBuilder.nameBytes("host.example."))
        .bytes();
    assertEquals(List.of(DnsRecord.ptr("1.2.0.192.in-addr.arpa.", 86400, "host.example.")),
        decode(m).response().answers());
  }

  @Test
  void negativeTtlIsTheSmallerOfSoaTtlAndMinimum() throws Exception {
    byte[] small = WireBuilder.withFlags(3, 0x8183).question("nx.example.", 1).soa("example.", 900, 300).bytes();
    byte[] big = WireBuilder.withFlags(3, 0x8183).question("nx.example.", 1).soa("example.", 120, 3600).bytes();
    assertEquals(3, decode(small).rcode());
    assertEquals(300, decode(small).response().negativeTtlSeconds());
    assertEquals(120, decode(big).response().negativeTtlSeconds());
  }

  @Test
  void recordsOfOtherTypesAndClassesAreDropped() throws Exception {
    byte[] m = WireBuilder.response(4).question("example.", 1)
        .answer("example.", 16, 60, new byte[] {3, 'a', 'b', 'c'})
        .answer("example.", 6, 60, new byte[0])
        .a("example.", 60, "192.0.2.1")
        .opt(1232)
        .bytes();
    DecodedMessage d = decode(m);
    assertEquals(3, d.answerCount());
    assertEquals(1, d.response().answers().size());
  }

  @Test
  void ttlWithTopBitSetCountsAsZero() throws Exception {
    byte[] m = WireBuilder.response(5).question("example.", 1).a("example.", 0x80000001L, "192.0.2.1").bytes();
    assertEquals(0, decode(m).response().answers().get(0).ttlSeconds());
  }

  @Test
  void aaaaHoldingAMappedAddressStaysIpv6() throws Exception {
    byte[] mapped = new byte[16];
    mapped[10] = (byte) 0xff;
    mapped[11] = (byte) 0xff;
    mapped[12] = (byte) 192;
    mapped[14] = 2;
    mapped[15] = 1;
    byte[] m = WireBuilder.response(6).question("example.", 28).answer("example.", 28, 60, mapped).bytes();
    DnsRecord r = decode(m).response().answers().get(0);
    assertEquals(RecordType.AAAA, r.type());
    assertInstanceOf(Inet6Address.class, r.address());
  }

  @Test
  void formerrWithoutQuestionIsReadable() throws Exception {
    DecodedMessage d = decode(WireBuilder.withFlags(7, 0x8001).bytes());
    assertNull(d.questionName());
    assertEquals(1, d.rcode());
  }

  @Test
  void labelsAreEscapedSoDifferentWireNamesStayDifferent() throws Exception {
    byte[] m = WireBuilder.response(8).raw(3, 'a', '.', 'b', 0, 0, 1, 0, 1).counts(1, 0, 0, 0).bytes();
    assertEquals("a\\.b.", decode(m).questionName());
    assertFalse(new DnsQuestion("a.b.", RecordType.A).matches(decode(m).questionName(), RecordType.A));
  }

  @Test
  void rejectsTruncatedHeader() {
    assertTrue(rejection(new byte[] {0, 1, (byte) 0x81, 0, 0, 1}).contains("shorter than a DNS header"));
  }

  @Test
  void rejectsQueries() {
    assertTrue(rejection(WireBuilder.withFlags(1, 0x0100).question("example.", 1).bytes()).contains("QR"));
  }

  @Test
  void rejectsCompressionLoopOntoItself() {
    byte[] m = WireBuilder.response(1).raw(0xC0, 12, 0, 1, 0, 1).counts(1, 0, 0, 0).bytes();
    assertTrue(rejection(m).contains("does not point to an earlier name"));
  }

  @Test
  void rejectsCompressionLoopBetweenTwoPointers() {
    // question name: "a" then pointer to 17; at 17 (the answer owner) a pointer back to 12
    byte[] m = WireBuilder.response(1).raw(1, 'a', 0xC0, 18, 0, 1, 0, 1, 0xC0, 12).counts(1, 0, 0, 0).bytes();
    assertTrue(rejection(m).contains("does not point to an earlier name"));
  }

  @Test
  void rejectsPointerPastTheEnd() {
    byte[] m = WireBuilder.response(1).question("example.", 1).raw(0xC0, 0xFF, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0)
        .counts(1, 1, 0, 0).bytes();
    assertThrows(MalformedMessageException.class, () -> decode(m));
  }

  @Test
  void rejectsPointerCutOff() {
    byte[] m = WireBuilder.response(1).raw(0xC0).counts(1, 0, 0, 0).bytes();
    assertTrue(rejection(m).contains("cut off"));
  }

  @Test
  void rejectsLabelLengthOver63() {
    byte[] m = WireBuilder.response(1).raw(64).raw(new int[64]).raw(0, 0, 1, 0, 1).counts(1, 0, 0, 0).bytes();
    assertTrue(rejection(m).contains("over 63"));
  }

  @Test
  void rejectsNameOver255Bytes() {
    WireBuilder w = WireBuilder.response(1);
    for (int i = 0; i < 5; i++) {
      w.raw(50).raw(new int[50]);
    }
    byte[] m = w.raw(5, 1, 1, 1, 1, 1, 0, 0, 1, 0, 1).counts(1, 0, 0, 0).bytes();
    assertTrue(rejection(m).contains("over 255"));
  }

  @Test
  void acceptsNameOfExactly255Bytes() throws Exception {
    WireBuilder w = WireBuilder.response(1);
    for (int i = 0; i < 5; i++) {
      w.raw(49).raw(new int[49]); // 5 x 50 = 250
    }
    byte[] m = w.raw(3, 'a', 'b', 'c', 0, 0, 1, 0, 1).counts(1, 0, 0, 0).bytes(); // + 4 + 1 = 255
    assertTrue(decode(m).questionName().endsWith("abc."));
  }

  @Test
  void rejectsLabelRunningPastTheEnd() {
    byte[] m = WireBuilder.response(1).raw(10, 'a', 'b').counts(1, 0, 0, 0).bytes();
    assertTrue(rejection(m).contains("past the end"));
  }

  @Test
  void rejectsRecordDataLengthPastTheEnd() {
    byte[] m = WireBuilder.response(1).question("example.", 1)
        .raw(0xC0, 12, 0, 1, 0, 1, 0, 0, 0, 1, 0, 200, 192, 0, 2, 1).counts(1, 1, 0, 0).bytes();
    assertTrue(rejection(m).contains("record data"));
  }

  @Test
  void rejectsMoreRecordsCountedThanPresent() {
    byte[] m = WireBuilder.response(1).question("example.", 1).a("example.", 1, "192.0.2.1").counts(1, 5, 0, 0).bytes();
    assertThrows(MalformedMessageException.class, () -> decode(m));
  }

  @Test
  void rejectsAddressRecordOfWrongLength() {
    byte[] m = WireBuilder.response(1).question("example.", 1).answer("example.", 1, 1, new byte[5]).bytes();
    assertTrue(rejection(m).contains("not 4"));
  }

  @Test
  void rejectsCnameWhoseNameDoesNotFillItsData() {
    byte[] rdata = {1, 'a', 0, 9, 9};
    byte[] m = WireBuilder.response(1).question("example.", 1).answer("example.", 5, 1, rdata).bytes();
    assertThrows(MalformedMessageException.class, () -> decode(m));
  }

  @Test
  void rejectsCnameTargetRunningOutOfItsData() {
    byte[] rdata = {5, 'a'};
    byte[] m = WireBuilder.response(1).question("example.", 1).answer("example.", 5, 1, rdata).bytes();
    assertThrows(MalformedMessageException.class, () -> decode(m));
  }

  @Test
  void everyTruncationOfAGoodMessageIsRejectedCleanly() throws Exception {
    byte[] m = WireBuilder.response(9).question("www.example.com.", 1)
        .cname("www.example.com.", 5, "cdn.example.net.").a("cdn.example.net.", 5, "192.0.2.1")
        .soa("example.com.", 60, 60).opt(1232).bytes();
    decode(m);
    for (int len = 0; len < m.length; len++) {
      byte[] cut = java.util.Arrays.copyOf(m, len);
      assertThrows(MalformedMessageException.class, () -> decode(cut), "cut at " + len);
    }
  }

  @Test
  void randomGarbageNeverThrowsAnythingElse() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(42);
    byte[] good = WireBuilder.response(9).question("www.example.com.", 1)
        .cname("www.example.com.", 5, "cdn.example.net.").a("cdn.example.net.", 5, "192.0.2.1").bytes();
    for (int i = 0; i < 20_000; i++) {
      byte[] m = good.clone();
      for (int flips = 1 + r.nextInt(4); flips > 0; flips--) {
        m[r.nextInt(m.length)] = (byte) r.nextInt(256);
      }
      m[2] |= (byte) 0x80;
      try {
        decode(m);
      } catch (MalformedMessageException expected) {
        // fine: what matters is that nothing else escapes
      }
    }
  }
}
