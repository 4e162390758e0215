package dev.addrinfo.netty.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.testing.dnsserver.WireBuilder;
import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.DnsRecord;
import dev.addrinfo.spi.RecordType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.CorruptedFrameException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseReaderTest {
  private static final InetSocketAddress SERVER = new InetSocketAddress("127.0.0.1", 53);


  /** Decodes, and checks that every record's hold on the buffer was given back, answer or error. */
  private static DecodedMessage decode(byte[] bytes) {
    ByteBuf buf = Unpooled.wrappedBuffer(bytes);
    try {
      return ResponseReader.read(buf, SERVER);
    } finally {
      assertEquals(1, buf.refCnt(), "references to the message left behind");
      assertEquals(0, buf.readerIndex(), "reader index moved");
      buf.release();
    }
  }

  private static String rejection(byte[] bytes) {
    return assertThrows(CorruptedFrameException.class, () -> decode(bytes)).getMessage();
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
        .answer("example.", 15, 60, new byte[0])
        .a("example.", 60, "192.0.2.1")
        .opt(1232)
        .bytes();
    DecodedMessage d = decode(m);
    assertEquals(3, d.answerCount());
    assertEquals(1, d.response().answers().size());
  }

  @Test
  void soaRecordsOfTheAnswerSectionAreReadWithTheirNumbers() throws Exception {
    byte[] rdata = WireBuilder.response(0).raw(2, 'n', 's', 0, 5, 'a', 'd', 'm', 'i', 'n', 0)
        .raw(0, 0, 0, 7, 0, 0, 14, 16, 0, 0, 2, 88, 0, 1, 81, 128, 0, 0, 0, 60).bytes();
    byte[] data = java.util.Arrays.copyOfRange(rdata, ResponseReader.HEADER_LENGTH, rdata.length);
    byte[] m = WireBuilder.response(4).question("example.", 6).answer("example.", 6, 300, data).bytes();
    assertEquals(List.of(DnsRecord.soa("example.", 300,
        new DnsRecord.Soa("ns.", "admin.", 7, 3600, 600, 86400, 60))), decode(m).response().answers());
  }

  @Test
  void anExtendedRcodeIsIgnoredAsGlibcIgnoresIt() throws Exception {
    // BADVERS (16): rcode bits 0 in the header, 1 in the OPT record's extended rcode byte.
    byte[] m = WireBuilder.withFlags(4, 0x8180).question("example.", 1).raw(0, 0, 41, 4, 208, 1, 0, 0, 0, 0, 0)
        .counts(1, 0, 0, 1).bytes();
    assertEquals(0, decode(m).rcode());
    assertEquals(1, decode(m).response().additionalCount());
  }

  @Test
  void rejectsTwoOptRecords() {
    byte[] m = WireBuilder.response(4).question("example.", 1).opt(1232).opt(1232).bytes();
    assertTrue(rejection(m).contains("two OPT"));
  }

  @Test
  void readsTheRecursionAvailableBit() throws Exception {
    assertTrue(decode(WireBuilder.withFlags(4, 0x8180).question("example.", 1).bytes()).response().recursionAvailable());
    assertFalse(decode(WireBuilder.withFlags(4, 0x8100).question("example.", 1).bytes()).response().recursionAvailable());
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
  void aLabelHoldingADotIsNotTheQuestionOfTwoLabels() {
    // Netty reads the one label "a.b" as the text "a.b.", the same as the two labels "a" and "b".
    byte[] oneLabel = WireBuilder.response(8).raw(3, 'a', '.', 'b', 0, 0, 1, 0, 1).counts(1, 0, 0, 0).bytes();
    assertEquals("a\\046b.", decode(oneLabel).questionName(), "the dot inside the label is escaped");
    assertFalse(QuestionMatch.sameName(Unpooled.wrappedBuffer(oneLabel), "a.b."));
    assertTrue(QuestionMatch.sameName(Unpooled.wrappedBuffer(WireBuilder.response(8).question("A.b.", 1).bytes()),
        "a.B."));
  }

  @Test
  void aKelvinSignIsNotTheLetterK() {
    // U+212A in UTF-8; Netty's text for it would compare equal to "k" ignoring case.
    byte[] m = WireBuilder.response(8).raw(3, 0xE2, 0x84, 0xAA, 0, 0, 1, 0, 1).counts(1, 0, 0, 0).bytes();
    assertFalse(QuestionMatch.sameName(Unpooled.wrappedBuffer(m), "k."));
  }

  @Test
  void aCompressedQuestionIsNotTheQuestionAsked() {
    // question: pointer to the answer's owner name "example." at offset 18
    byte[] m = WireBuilder.response(8).raw(0xC0, 18, 0, 1, 0, 1).a("example.", 60, "192.0.2.1").counts(1, 1, 0, 0)
        .bytes();
    assertEquals("example.", decode(m).questionName());
    assertFalse(QuestionMatch.sameName(Unpooled.wrappedBuffer(m), "example."));
  }

  @Test
  void namesOutsidePrintableAsciiAreKeptWithTheirBytesEscaped() {
    byte[] m = WireBuilder.response(8).question("example.", 1)
        .answer("example.", 5, 60, new byte[] {4, 'a', ' ', 'b', (byte) 0xE9, 0})
        .a("example.", 60, "192.0.2.1").bytes();
    List<DnsRecord> answers = decode(m).response().answers();
    assertEquals(List.of(RecordType.CNAME, RecordType.A), answers.stream().map(DnsRecord::type).toList());
    assertEquals("a\\032b\\233.", answers.get(0).target());
  }

  @Test
  void rejectsTruncatedHeader() {
    assertTrue(rejection(new byte[] {0, 1, (byte) 0x81, 0, 0, 1}).contains("shorter than a DNS header"));
  }

  @Test
  void rejectsQueries() {
    assertTrue(rejection(WireBuilder.withFlags(1, 0x0100).question("example.", 1).bytes()).contains("not a response"));
  }

  @Test
  void rejectsCompressionLoopOntoItself() {
    byte[] m = WireBuilder.response(1).raw(0xC0, 12, 0, 1, 0, 1).counts(1, 0, 0, 0).bytes();
    assertTrue(rejection(m).contains("compression pointers"));
  }

  @Test
  void rejectsCompressionLoopBetweenTwoPointers() {
    // question name: "a" then a pointer to 16, which points back to 12
    // Netty stops it at its 128th pointer, before the name it builds ("a.a.a...") passes 255.
    byte[] m = WireBuilder.response(1).raw(1, 'a', 0xC0, 16, 0xC0, 12, 0, 1, 0, 1).counts(1, 0, 0, 0).bytes();
    assertTrue(rejection(m).contains("compression pointers"));
  }

  @Test
  void rejectsPointerPastTheEnd() {
    byte[] m = WireBuilder.response(1).question("example.", 1).raw(0xC0, 0xFF, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0)
        .counts(1, 1, 0, 0).bytes();
    assertThrows(CorruptedFrameException.class, () -> decode(m));
  }

  @Test
  void rejectsPointerCutOff() {
    byte[] m = WireBuilder.response(1).raw(0xC0).counts(1, 0, 0, 0).bytes();
    assertTrue(rejection(m).contains("truncated pointer"));
  }

  @Test
  void rejectsLabelLengthOver63() {
    byte[] m = WireBuilder.response(1).raw(64).raw(new int[64]).raw(0, 0, 1, 0, 1).counts(1, 0, 0, 0).bytes();
    assertTrue(rejection(m).contains("63"));
  }

  @Test
  void rejectsNameOver255Bytes() {
    WireBuilder w = WireBuilder.response(1);
    for (int i = 0; i < 5; i++) {
      w.raw(50).raw(new int[50]);
    }
    byte[] m = w.raw(5, 1, 1, 1, 1, 1, 0, 0, 1, 0, 1).counts(1, 0, 0, 0).bytes();
    assertTrue(rejection(m).contains("255"));
  }

  @Test
  void rejectsNameOf256BytesWhichNettyAllows() {
    WireBuilder w = WireBuilder.response(1);
    for (int i = 0; i < 5; i++) {
      w.raw(49).raw(new int[49]); // 5 x 50 = 250
    }
    byte[] m = w.raw(4, 'a', 'b', 'c', 'd', 0, 0, 1, 0, 1).counts(1, 0, 0, 0).bytes(); // + 5 + 1 = 256
    assertTrue(rejection(m).contains("over 255"));
  }

  @Test
  void rejectsCnameTargetOf256Bytes() {
    StringBuilder target = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      target.append("x".repeat(49)).append('.');
    }
    byte[] m = WireBuilder.response(1).question("example.", 1).cname("example.", 1, target + "abcd.").bytes();
    assertTrue(rejection(m).contains("over 255"));
  }

  @Test
  void rejectsEmptyCnameData() {
    byte[] m = WireBuilder.response(1).question("example.", 1).answer("example.", 5, 1, new byte[0]).bytes();
    assertTrue(rejection(m).contains("ends before a name"));
  }

  @Test
  void rejectsSoaWithoutItsNumbers() {
    byte[] m = WireBuilder.withFlags(3, 0x8183).question("nx.example.", 1).raw(0, 0, 6, 0, 1, 0, 0, 0, 60, 0, 6)
        .raw(0, 0, 0, 0, 0, 1).counts(1, 0, 1, 0).bytes();
    assertTrue(rejection(m).contains("not 20"));
  }

  @Test
  void rejectsOpcodesOtherThanQuery() {
    byte[] m = WireBuilder.withFlags(1, 0x8000 | (2 << 11)).question("example.", 1).bytes();
    assertTrue(rejection(m).contains("opcode 2"));
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
    assertTrue(rejection(m).contains("truncated label"));
  }

  @Test
  void rejectsRecordDataLengthPastTheEnd() {
    byte[] m = WireBuilder.response(1).question("example.", 1)
        .raw(0xC0, 12, 0, 1, 0, 1, 0, 0, 0, 1, 0, 200, 192, 0, 2, 1).counts(1, 1, 0, 0).bytes();
    assertTrue(rejection(m).contains("header counts 1 ANSWER"));
  }

  @Test
  void rejectsMoreRecordsCountedThanPresent() {
    byte[] m = WireBuilder.response(1).question("example.", 1).a("example.", 1, "192.0.2.1").counts(1, 5, 0, 0).bytes();
    assertThrows(CorruptedFrameException.class, () -> decode(m));
  }

  @Test
  void rejectsAddressRecordOfWrongLength() {
    byte[] m = WireBuilder.response(1).question("example.", 1).answer("example.", 1, 1, new byte[5]).bytes();
    assertTrue(rejection(m).contains("not 4"));
  }

  @Test
  void bytesAfterTheNameOfACnameAreIgnoredAsGlibcIgnoresThem() {
    byte[] rdata = {1, 'a', 0, 9, 9};
    byte[] m = WireBuilder.response(1).question("example.", 1).answer("example.", 5, 1, rdata).bytes();
    assertEquals("a.", decode(m).response().answers().get(0).target());
  }

  @Test
  void rejectsCnameTargetRunningOutOfItsData() {
    byte[] rdata = {5, 'a'};
    byte[] m = WireBuilder.response(1).question("example.", 1).answer("example.", 5, 1, rdata).bytes();
    assertThrows(CorruptedFrameException.class, () -> decode(m));
  }

  @Test
  void everyTruncationOfAGoodMessageIsRejectedCleanly() throws Exception {
    byte[] m = WireBuilder.response(9).question("www.example.com.", 1)
        .cname("www.example.com.", 5, "cdn.example.net.").a("cdn.example.net.", 5, "192.0.2.1")
        .soa("example.com.", 60, 60).opt(1232).bytes();
    decode(m);
    for (int len = 0; len < m.length; len++) {
      byte[] cut = java.util.Arrays.copyOf(m, len);
      assertThrows(CorruptedFrameException.class, () -> decode(cut), "cut at " + len);
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
      } catch (CorruptedFrameException expected) {
        // fine: what matters is that nothing else escapes
      }
    }
  }
}
