package dev.addrinfo.netty.transport;

import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.RecordType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.socket.DatagramPacket;
import io.netty.handler.codec.dns.DatagramDnsQuery;
import io.netty.handler.codec.dns.DatagramDnsQueryEncoder;
import io.netty.handler.codec.dns.DatagramDnsResponseDecoder;
import io.netty.handler.codec.dns.DefaultDnsQuestion;
import io.netty.handler.codec.dns.DnsRecord;
import io.netty.handler.codec.dns.DnsRecordType;
import io.netty.handler.codec.dns.DnsResponse;
import io.netty.handler.codec.dns.DnsSection;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The codec on its own: the transport's hand-written query writer and answer reader against
 * netty-codec-dns doing the same work (building and encoding a query; decoding an answer into
 * records and the values the resolver needs, then releasing it). Two answers: one A record (the
 * common case) and a CNAME + A + SOA (authority) answer. In this package because the transport's
 * codec is package-private; the benchmark only reads it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class CodecBenchmark {
  private static final InetSocketAddress SERVER = new InetSocketAddress("127.0.0.1", 53);
  private static final DnsQuestion QUESTION = new DnsQuestion("n12345.bench.test.", RecordType.A);

  private final ByteBuf simple = Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(simpleAnswer()));
  private final ByteBuf chained = Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(chainedAnswer()));
  private final NettyReader netty = new NettyReader();
  private final NettyWriter encoder = new NettyWriter();

  @Benchmark
  public DecodedMessage readSimpleOwn() {
    return ResponseReader.read(simple, SERVER);
  }

  @Benchmark
  public int readSimpleNetty() throws Exception {
    return netty.read(simple);
  }

  @Benchmark
  public DecodedMessage readChainedOwn() {
    return ResponseReader.read(chained, SERVER);
  }

  @Benchmark
  public int readChainedNetty() throws Exception {
    return netty.read(chained);
  }

  @Benchmark
  public int writeOwn() {
    ByteBuf b = QueryMessages.udp(PooledByteBufAllocator.DEFAULT, 4711, QUESTION, true, false);
    int n = b.readableBytes();
    b.release();
    return n;
  }

  @Benchmark
  public int writeNetty() throws Exception {
    DatagramDnsQuery q = new DatagramDnsQuery(null, SERVER, 4711);
    q.setRecursionDesired(true);
    q.addRecord(DnsSection.QUESTION, new DefaultDnsQuestion(QUESTION.name(), DnsRecordType.A));
    return encoder.write(q);
  }

  /** Netty's encoder, writing one query as its channel pipeline would (into a pooled buffer). */
  static final class NettyWriter extends DatagramDnsQueryEncoder {
    @Override
    protected ByteBuf allocateBuffer(io.netty.channel.ChannelHandlerContext ctx,
        io.netty.channel.AddressedEnvelope<io.netty.handler.codec.dns.DnsQuery, InetSocketAddress> msg) {
      return PooledByteBufAllocator.DEFAULT.ioBuffer(1024);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    int write(DatagramDnsQuery q) throws Exception {
      List<Object> out = new ArrayList<>(1);
      encode(null, (io.netty.channel.AddressedEnvelope) q, out);
      DatagramPacket p = (DatagramPacket) out.get(0);
      int n = p.content().readableBytes();
      p.release();
      q.release();
      return n;
    }
  }

  /** Netty's decoder, and what the resolver would take from its message: every record's name, type and data. */
  static final class NettyReader extends DatagramDnsResponseDecoder {
    int read(ByteBuf message) throws Exception {
      DnsResponse r = decodeResponse(null, new DatagramPacket(message.duplicate(), null, SERVER));
      try {
        int sum = r.code().intValue();
        for (int i = 0; i < r.count(DnsSection.ANSWER); i++) {
          DnsRecord rec = r.recordAt(DnsSection.ANSWER, i);
          sum += rec.name().length() + rec.type().intValue();
        }
        return sum;
      } finally {
        r.release();
      }
    }
  }

  private static byte[] simpleAnswer() {
    return new Wire(0x1234).question("n12345.bench.test.", 1).pointerRecord(1, 3600, new byte[] {(byte) 192, 0, 2, 1})
        .counts(1, 1, 0, 0).bytes();
  }

  private static byte[] chainedAnswer() {
    Wire w = new Wire(0x1234).question("www.example.com.", 1);
    w.pointerRecord(5, 300, Wire.name("cdn.example.net."));
    w.record("cdn.example.net.", 1, 60, new byte[] {(byte) 192, 0, 2, 7});
    byte[] soa = Wire.concat(Wire.name("ns.example.net."), Wire.name("admin.example.net."), new byte[20]);
    w.record("example.net.", 6, 300, soa);
    return w.counts(1, 2, 1, 0).bytes();
  }
}
