package dev.addrinfo.netty.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.DnsRecord;
import dev.addrinfo.spi.RecordType;
import dev.addrinfo.testing.dnsserver.WireBuilder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DNS 0x20's encoding and its check of the answer's question, on bytes alone. */
class QuestionCaseTest {
  private static final InetSocketAddress SERVER = new InetSocketAddress("127.0.0.1", 53);
  private static final String NAME = "a1-B_c.Xy9.";

  /** The question name as {@link QueryMessages} writes it with {@code bits}, as text. */
  private static String sent(String name, long bits) {
    ByteBuf b = QueryMessages.udp(UnpooledByteBufAllocator.DEFAULT, 7, new DnsQuestion(name, RecordType.A), true,
        false, bits);
    try {
      byte[] got = ByteBufUtil.getBytes(b);
      assertEquals(WireBuilder.withFlags(7, 0x0100).question(name, 1).bytes().length, got.length);
      StringBuilder text = new StringBuilder();
      for (int at = 12; got[at] != 0; at += 1 + got[at]) {
        text.append(new String(got, at + 1, got[at], java.nio.charset.StandardCharsets.US_ASCII)).append('.');
      }
      return text.toString();
    } finally {
      b.release();
    }
  }

  @ParameterizedTest(name = "bits {0} send {1}")
  @CsvSource({
      "0b00000, a1-B_c.Xy9.",
      "0b00001, A1-B_c.Xy9.",
      "0b10101, A1-B_C.XY9.",
      "0b11111, A1-b_C.xY9.",
      "0b01010, a1-b_c.xy9."})
  void eachLetterIsFlippedByItsOwnBitAndNothingElseChanges(String bits, String expected) {
    long flips = Long.parseLong(bits.substring(2), 2);
    assertEquals(expected, sent(NAME, flips | QuestionCase.RANDOMIZED));
  }

  @Test
  void bitsPastTheLastLetterChangeNothing() {
    assertEquals("A1-b_C.xY9.", sent(NAME, -1L));
  }

  @Test
  void zeroBitsWriteTheMessageOfTheNameAsGiven() {
    ByteBuf plain = QueryMessages.udp(UnpooledByteBufAllocator.DEFAULT, 7, new DnsQuestion(NAME, RecordType.A), true,
        true);
    ByteBuf zero = QueryMessages.udp(UnpooledByteBufAllocator.DEFAULT, 7, new DnsQuestion(NAME, RecordType.A), true,
        true, 0);
    try {
      byte[] expected = WireBuilder.withFlags(7, 0x0100).question(NAME, 1).opt(1232).bytes();
      assertArrayEquals(expected, ByteBufUtil.getBytes(zero));
      assertArrayEquals(ByteBufUtil.getBytes(plain), ByteBufUtil.getBytes(zero));
    } finally {
      plain.release();
      zero.release();
    }
  }

  @Test
  void lettersPastTheSixtyThirdGoAsGiven() {
    String name = "a".repeat(60) + "." + "b".repeat(10) + ".";
    assertEquals("A".repeat(60) + "." + "BBB" + "b".repeat(7) + ".", sent(name, -1L));
  }

  @ParameterizedTest(name = "{0} characters: {1} draws")
  @CsvSource({"1, 1", "16, 1", "17, 2", "63, 4", "200, 4"})
  void drawTakesOneSixteenBitDrawPerSixteenCharacters(int length, int draws) {
    int[] calls = {0};
    RandomGenerator counting = new RandomGenerator() {
      @Override
      public long nextLong() {
        calls[0]++;
        return -1L;
      }

      @Override
      public int nextInt(int bound) {
        calls[0]++;
        return bound - 1;
      }
    };
    String name = "x".repeat(length - 1) + ".";
    long bits = QuestionCase.draw(name, new RandomBits(counting));
    assertEquals(draws, calls[0]);
    int kept = Math.min(length, QuestionCase.MAX_LETTERS);
    assertEquals(QuestionCase.RANDOMIZED | (-1L >>> (64 - kept)), bits, Long.toBinaryString(bits));
  }

  /** An answer whose question is {@code echoedName} ("www." first), its CNAME target compressed into it. */
  private static byte[] answer(String echoedName) {
    WireBuilder w = WireBuilder.response(0x4242).question(echoedName, 1);
    // As Unbound writes it: "cdn" then a pointer to the question's "example" label (offset 16).
    w.answerWire(new byte[] {(byte) 0xC0, 12}, 5, 300, new byte[] {3, 'c', 'd', 'n', (byte) 0xC0, 16});
    int target = w.position() - 6;
    w.answerWire(new byte[] {(byte) 0xC0, (byte) target}, 1, 300, new byte[] {(byte) 192, 0, 2, 10});
    return w.bytes();
  }

  @Test
  void anAnswerInTheCaseSentReadsAsIfAskedInTheCallersCase() {
    String given = "www.Example.COM.";
    long bits = QuestionCase.RANDOMIZED | 0b1111111011111L; // www -> WWW, Example -> eXaMPLE, COM -> com
    String asSent = sent(given, bits);
    assertEquals("WWW.eXaMPLE.com.", asSent);
    ByteBuf msg = Unpooled.wrappedBuffer(answer(asSent));
    assertEquals(QuestionCase.AS_SENT, QuestionCase.check(msg, given, bits));
    List<DnsRecord> records = ResponseReader.read(msg, SERVER).response().answers();
    assertEquals("www.Example.COM.", records.get(0).name());
    assertEquals("cdn.Example.COM.", records.get(0).target());
    assertEquals("cdn.Example.COM.", records.get(1).name());
  }

  @Test
  void anAnswerWithOneLetterInAnotherCaseIsACaseChange() {
    long bits = QuestionCase.RANDOMIZED | 0b1111111011111L;
    ByteBuf msg = Unpooled.wrappedBuffer(answer("WWW.eXaMPlE.com."));
    assertEquals(QuestionCase.CASE_CHANGED, QuestionCase.check(msg, "www.Example.COM.", bits));
  }

  @Test
  void anAnswerLowerCasedByTheServerIsACaseChange() {
    long bits = QuestionCase.RANDOMIZED | 0b1L;
    ByteBuf msg = Unpooled.wrappedBuffer(answer("www.example.com."));
    assertEquals(QuestionCase.CASE_CHANGED, QuestionCase.check(msg, "www.example.com.", bits));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "another name, www.example.org.",
      "a longer name, www.example.com.au.",
      "a shorter name, www.example.",
      "a digit for a letter, www.examp1e.com."})
  void anotherNameIsLeftToTheQuestionCheck(String what, String echoed) {
    assertEquals(QuestionCase.OTHER, QuestionCase.check(Unpooled.wrappedBuffer(answer(echoed)), "www.example.com.",
        QuestionCase.RANDOMIZED | 0b101), what);
  }

  @Test
  void aByteOneCaseBitAwayFromADigitIsAnotherName() {
    // 0x11 and '1' (0x31) differ in the case bit only, but neither is a letter.
    byte[] wire = WireBuilder.response(1).question("x1.example.", 1).bytes();
    wire[14] = 0x11;
    assertEquals(QuestionCase.OTHER, QuestionCase.check(Unpooled.wrappedBuffer(wire), "x1.example.", -1L));
  }

  @Test
  void aReplyWithoutAQuestionIsLeftToTheQuestionCheck() {
    byte[] headerOnly = WireBuilder.withFlags(0x4242, 0x8182).bytes();
    assertEquals(QuestionCase.OTHER, QuestionCase.check(Unpooled.wrappedBuffer(headerOnly), "www.example.com.",
        QuestionCase.RANDOMIZED));
  }

  @Test
  void aQuestionCountOfZeroIsNoQuestionWhateverFollowsTheHeader() {
    byte[] wire = answer("www.example.com.");
    wire[5] = 0;
    assertEquals(QuestionCase.OTHER, QuestionCase.check(Unpooled.wrappedBuffer(wire), "www.example.com.",
        QuestionCase.RANDOMIZED | 1));
  }

  @Test
  void theRootHasNoLettersAndIsAlwaysAsSent() {
    byte[] wire = WireBuilder.response(1).question(".", 6).bytes();
    assertEquals(QuestionCase.AS_SENT, QuestionCase.check(Unpooled.wrappedBuffer(wire), ".", -1L));
  }

  @Test
  void randomBitsKeepOnlyTheBitsAsked() {
    RandomBits random = new RandomBits(new SplittableRandom(1));
    for (int count = 0; count <= 63; count++) {
      long bits = random.bits(count);
      assertEquals(0, count == 0 ? bits : bits >>> count, "bits above " + count);
    }
  }
}
