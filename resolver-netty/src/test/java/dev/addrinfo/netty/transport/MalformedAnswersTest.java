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
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed answers, each sent by the server just before the real one: the transport must drop it,
 * count it, and take the real answer that follows (no exception escapes, nothing hangs). The
 * question is www.example.com. A, whose name starts at offset 12 and whose answers start at 33.
 */
class MalformedAnswersTest extends TransportTestSupport {
  private static final DnsQuestion WWW = new DnsQuestion("www.example.com.", RecordType.A);
  private static final QueryOptions UDP = new QueryOptions(Duration.ofSeconds(5), false, false, true);
  private static final int QUESTION_NAME_AT = 12;
  private static final int ANSWERS_AT = 33;
  /** Type A, class IN, TTL 60, 4 bytes of data: what follows an owner name in an A record. */
  private static final int[] A_FIXED = {0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 192, 0, 2, 66};

  private static byte[] good(DnsRequest r) {
    return Answers.addresses(r, "192.0.2.1", "2001:db8::1");
  }

  /** An answer to {@code r} whose answer section is the given raw bytes, counted as one record. */
  private static byte[] withRawAnswer(DnsRequest r, int... answer) {
    return Answers.reply(r).raw(answer).counts(1, 1, 0, 0).bytes();
  }

  private static int[] concat(int[] a, int... b) {
    int[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Sends {@code bad} then the real answer; checks which was taken and how the bad one was counted. */
  private DnsResponse badThenGood(DnsQuestion q, Function<DnsRequest, byte[]> bad) throws Exception {
    ScriptedDnsServer s = server((r, out) -> {
      out.reply(bad.apply(r));
      out.reply(good(r));
    });
    NettyDnsTransport t = transport(NettyDnsTransport.builder());
    DnsResponse response = get(t.query(q, s.address(), UDP).toCompletableFuture());
    assertEquals(1, t.stats().answered());
    return response;
  }

  private void rejected(Function<DnsRequest, byte[]> bad) throws Exception {
    rejected(WWW, bad);
  }

  private void rejected(DnsQuestion q, Function<DnsRequest, byte[]> bad) throws Exception {
    ScriptedDnsServer s = server((r, out) -> {
      out.reply(bad.apply(r));
      out.reply(good(r));
    });
    NettyDnsTransport t = transport(NettyDnsTransport.builder());
    DnsResponse response = get(t.query(q, s.address(), UDP).toCompletableFuture());
    String expected = q.type() == RecordType.A ? "/192.0.2.1" : "/2001:db8:0:0:0:0:0:1";
    assertEquals(List.of(expected), response.answers().stream().map(a -> a.address().toString()).toList());
    assertEquals(1, t.stats().droppedMalformed(), t.stats().toString());
    assertEquals(1, t.stats().dropped(), t.stats().toString());
  }

  @Test
  void compressionPointerToItselfIsDropped() throws Exception {
    rejected(r -> withRawAnswer(r, concat(new int[] {0xC0, ANSWERS_AT}, A_FIXED)));
  }

  @Test
  void compressionLoopBetweenTwoPointersIsDropped() throws Exception {
    // the owner points at the second pointer, which points back at the first
    rejected(r -> withRawAnswer(r, concat(new int[] {0xC0, ANSWERS_AT + 2, 0xC0, ANSWERS_AT}, A_FIXED)));
  }

  @Test
  void chainOf200PointersIsDropped() throws Exception {
    // An unknown-type record holds 200 pointers, each to the one before (the first to the question
    // name); an A record is owned by the last. Not a loop, but longer than any honest name needs:
    // rejected (Netty allows 127 pointers per name); glibc would follow it.
    rejected(r -> {
      WireBuilder w = Answers.reply(r);
      int n = 200;
      w.raw(0xC0, QUESTION_NAME_AT, 0, 99, 0, 1, 0, 0, 0, 60, (2 * n) >> 8, (2 * n) & 0xff);
      int first = w.position();
      for (int i = 0; i < n; i++) {
        int target = i == 0 ? QUESTION_NAME_AT : first + 2 * (i - 1);
        w.raw(0xC0 | (target >> 8), target & 0xff);
      }
      int last = first + 2 * (n - 1);
      w.raw(0xC0 | (last >> 8), last & 0xff).raw(A_FIXED);
      return w.counts(1, 2, 0, 0).bytes();
    });
  }

  @Test
  void forwardPointerToAWellFormedNameIsFollowed() throws Exception {
    // The owner points past the record to a copy of the question name: unusual, but in the message
    // and no loop, so it reads as that name (as glibc's dn_expand reads it).
    DnsResponse r = badThenGood(WWW, req -> {
      WireBuilder w = Answers.reply(req);
      int nameAt = w.position() + 2 + A_FIXED.length;
      w.raw(0xC0, nameAt).raw(A_FIXED).raw(toInts(WireBuilder.nameBytes(req.name())));
      return w.counts(1, 1, 0, 0).bytes();
    });
    assertEquals("/192.0.2.66", r.answers().get(0).address().toString());
  }

  @Test
  void pointerPastTheEndOfTheMessageIsDropped() throws Exception {
    rejected(r -> withRawAnswer(r, concat(new int[] {0xFF, 0xFF}, A_FIXED)));
  }

  @Test
  void loneCompressionByteAtTheEndIsDropped() throws Exception {
    rejected(r -> withRawAnswer(r, 0xC0));
  }

  @Test
  void extendedLabelType0x40IsDropped() throws Exception {
    // 0b01 in the top bits: RFC 2671's extended label (0x41 is the withdrawn bit-string label)
    rejected(r -> withRawAnswer(r, concat(new int[] {0x41, 0x00, 0}, A_FIXED)));
  }

  @Test
  void reservedLabelType0x80IsDropped() throws Exception {
    rejected(r -> withRawAnswer(r, concat(new int[] {0x80, 'x', 0}, A_FIXED)));
  }

  @Test
  void labelOf64BytesIsDropped() throws Exception {
    int[] label = new int[66];
    label[0] = 64;
    Arrays.fill(label, 1, 65, 'a');
    rejected(r -> withRawAnswer(r, concat(label, A_FIXED)));
  }

  @Test
  void ownerNameOver255BytesIsDropped() throws Exception {
    String long259 = label(63) + "." + label(63) + "." + label(63) + "." + label(63) + ".a.";
    rejected(r -> Answers.reply(r).a(long259, 60, "192.0.2.66").a(r.name(), 60, "192.0.2.66").bytes());
  }

  @Test
  void nameOver255BytesMadeWithAPointerIsDroppedAndOneOfExactly255IsAccepted() throws Exception {
    // The question itself is 255 bytes (63+1, 63+1, 63+1, 61+1 and the root): the longest name
    // there is. "x" followed by a pointer to it makes 257.
    String long255 = label(63) + "." + label(63) + "." + label(63) + "." + label(61) + ".";
    assertEquals(255, WireBuilder.nameBytes(long255).length);
    DnsQuestion q = new DnsQuestion(long255, RecordType.A);
    rejected(q, r -> withRawAnswer(r, concat(new int[] {1, 'x', 0xC0, QUESTION_NAME_AT}, A_FIXED)));
  }

  @Test
  void recordDataLengthPastTheEndIsDropped() throws Exception {
    rejected(r -> withRawAnswer(r, 0xC0, QUESTION_NAME_AT, 0, 1, 0, 1, 0, 0, 0, 60, 0, 200, 192, 0, 2, 66));
  }

  @Test
  void moreAnswersCountedThanPresentIsDropped() throws Exception {
    rejected(r -> Answers.reply(r).a(r.name(), 60, "192.0.2.66").counts(1, 2, 0, 0).bytes());
  }

  @Test
  void noQuestionSectionIsNotAnAnswer() throws Exception {
    // Readable, but not an answer to the question asked (only a FORMERR to an EDNS query may omit it).
    ScriptedDnsServer s = server((r, out) -> {
      out.reply(WireBuilder.response(r.id()).a(r.name(), 60, "192.0.2.66").bytes());
      out.reply(good(r));
    });
    NettyDnsTransport t = transport(NettyDnsTransport.builder());
    assertEquals("/192.0.2.1", get(t.query(WWW, s.address(), UDP).toCompletableFuture())
        .answers().get(0).address().toString());
    assertEquals(1, t.stats().droppedWrongQuestion(), t.stats().toString());
  }

  @Test
  void twoQuestionsAreDropped() throws Exception {
    rejected(r -> Answers.reply(r).question(r.name(), r.type()).a(r.name(), 60, "192.0.2.66").bytes());
  }

  @Test
  void addressOfThreeBytesIsDropped() throws Exception {
    rejected(r -> Answers.reply(r).answer(r.name(), 1, 60, new byte[] {(byte) 192, 0, 2}).bytes());
  }

  @Test
  void addressOfFiveBytesIsDropped() throws Exception {
    rejected(r -> Answers.reply(r).answer(r.name(), 1, 60, new byte[] {(byte) 192, 0, 2, 66, 1}).bytes());
  }

  @Test
  void ipv6AddressOfFourBytesIsDropped() throws Exception {
    rejected(new DnsQuestion("www.example.com.", RecordType.AAAA),
        r -> Answers.reply(r).answer(r.name(), 28, 60, new byte[] {(byte) 192, 0, 2, 66}).bytes());
  }

  @Test
  void ipv6AddressOfSeventeenBytesIsDropped() throws Exception {
    rejected(new DnsQuestion("www.example.com.", RecordType.AAAA),
        r -> Answers.reply(r).answer(r.name(), 28, 60, new byte[17]).bytes());
  }

  @Test
  void bytesAfterTheLastRecordAreIgnored() throws Exception {
    // glibc reads the records the header counts and never looks further; so do we.
    DnsResponse r = badThenGood(WWW, req -> {
      byte[] m = Answers.reply(req).a(req.name(), 60, "192.0.2.66").bytes();
      byte[] padded = Arrays.copyOf(m, m.length + 7);
      Arrays.fill(padded, m.length, padded.length, (byte) 0xC0);
      return padded;
    });
    assertEquals("/192.0.2.66", r.answers().get(0).address().toString());
  }

  @Test
  void twoOptRecordsAreDropped() throws Exception {
    // RFC 6891 section 6.1.1: a message with more than one OPT is malformed.
    rejected(r -> Answers.reply(r).a(r.name(), 60, "192.0.2.66").opt(1232).opt(512).bytes());
  }

  /** Names c000.cut.example. to c999.cut.example. all give answers of one length. */
  private static final int CUT_ANSWER_LENGTH = cutAnswer(0, "c000.cut.example.").length;

  private static byte[] cutAnswer(int id, String name) {
    // CNAME, A, and an SOA in the authority section: a cut can land in any section or field.
    return WireBuilder.response(id).question(name, 1).cname(name, 60, "t." + name).a("t." + name, 60, "192.0.2.1")
        .soa("example.", 60, 60).bytes();
  }

  static IntStream cutLengths() {
    return IntStream.range(1, CUT_ANSWER_LENGTH);
  }

  @ParameterizedTest(name = "cut to {0} bytes")
  @MethodSource("cutLengths")
  void anAnswerCutShortIsDroppedAndTheWholeOneTaken(int length) throws Exception {
    ScriptedDnsServer s = server((r, out) -> {
      byte[] whole = cutAnswer(r.id(), r.name());
      out.reply(Arrays.copyOf(whole, length));
      out.reply(whole);
    });
    NettyDnsTransport t = transport(NettyDnsTransport.builder());
    String name = String.format("c%03d.cut.example.", length);
    DnsResponse response = get(t.query(new DnsQuestion(name, RecordType.A), s.address(), UDP).toCompletableFuture());
    assertEquals(2, response.answers().size());
    assertEquals(1, t.stats().droppedMalformed(), t.stats().toString());
  }

  private static String label(int length) {
    return "a".repeat(length);
  }

  private static int[] toInts(byte[] bytes) {
    int[] out = new int[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      out[i] = bytes[i] & 0xff;
    }
    return out;
  }
}
