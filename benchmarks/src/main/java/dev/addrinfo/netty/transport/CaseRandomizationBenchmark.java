package dev.addrinfo.netty.transport;

import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.RecordType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What DNS 0x20 adds to a query's codec work, for "www.example.com." (13 letters): writing the
 * query with random case (drawing the bits from the transport's buffered {@link SecureRandom}) next
 * to writing it as given, and taking an answer as the transport does in each case: the check of the
 * question's case (which also restores the caller's case) takes the place of the case-insensitive
 * compare of the question. Both first copy the received bytes into a scratch buffer, as the check
 * rewrites the question in place; the copy (4 ns) is the same on both sides.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class CaseRandomizationBenchmark {
  private static final InetSocketAddress SERVER = new InetSocketAddress("127.0.0.1", 53);
  private static final String NAME = "www.example.com.";
  private static final DnsQuestion QUESTION = new DnsQuestion(NAME, RecordType.A);
  /** One random case of NAME: "wWw.eXaMPle.COm." */
  private static final long BITS = QuestionCase.RANDOMIZED | 0b110011010010L;

  private final RandomBits random = new RandomBits(new SecureRandom());
  private final byte[] answerAsGiven = answer(NAME);
  private final byte[] answerAsSent = answer("wWw.eXaMPle.COm.");
  private final ByteBuf scratch = PooledByteBufAllocator.DEFAULT.directBuffer(answerAsGiven.length);

  @TearDown
  public void release() {
    scratch.release();
  }

  @Benchmark
  public int writeAsGiven() {
    ByteBuf b = QueryMessages.udp(PooledByteBufAllocator.DEFAULT, 4711, QUESTION, true, false, 0);
    int n = b.readableBytes();
    b.release();
    return n;
  }

  @Benchmark
  public int writeRandomCase() {
    long bits = QuestionCase.draw(NAME, random);
    ByteBuf b = QueryMessages.udp(PooledByteBufAllocator.DEFAULT, 4711, QUESTION, true, false, bits);
    int n = b.readableBytes();
    b.release();
    return n;
  }

  /** As the transport takes an answer to a name sent as given: decode, compare the question ignoring case. */
  @Benchmark
  public DecodedMessage receiveAsGiven() {
    scratch.clear().writeBytes(answerAsGiven);
    DecodedMessage m = ResponseReader.read(scratch, SERVER);
    if (!QuestionMatch.sameName(scratch, NAME)) {
      throw new AssertionError("the answer's question is not the name asked");
    }
    return m;
  }

  /** As the transport takes an answer to a name sent with random case: check and restore the case, decode. */
  @Benchmark
  public DecodedMessage receiveRandomCase() {
    scratch.clear().writeBytes(answerAsSent);
    if (QuestionCase.check(scratch, NAME, BITS) != QuestionCase.AS_SENT) {
      throw new AssertionError("the answer's question is not the name as sent");
    }
    return ResponseReader.read(scratch, SERVER);
  }

  private static byte[] answer(String question) {
    return new Wire(0x1234).question(question, 1).pointerRecord(1, 3600, new byte[] {(byte) 192, 0, 2, 1})
        .counts(1, 1, 0, 0).bytes();
  }
}
