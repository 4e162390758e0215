package dev.addrinfo.netty.transport;

import dev.addrinfo.spi.DnsRecord;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.RecordType;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.CorruptedFrameException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one DNS response, from a datagram or a TCP frame, into the core's values, treating every
 * byte as hostile. Kept: answer records of class IN and type A, AAAA, CNAME, PTR and SOA, their
 * names in presentation form ({@link WireNames}); the first SOA of the authority section gives the
 * negative-caching TTL, min(SOA TTL, SOA MINIMUM) (RFC 2308 section 5). The rcode is the header's
 * four bits: glibc ignores an OPT record's extended bits, and so does this reader (it still allows
 * one OPT record only). A TTL with the top bit set counts as zero (RFC 2181 section 8). The buffer
 * is only read: its indexes and reference count are left as they were.
 *
 * <p>Rejected, as a {@link CorruptedFrameException} naming the fault (never another exception): a
 * message shorter than a header, a query (QR 0), an opcode other than QUERY, more than one
 * question, fewer records than the header counts or a record running past the end, names that
 * {@link WireNames} rejects, an A or AAAA record of class IN whose data is not 4 or 16 bytes, a
 * CNAME or PTR whose data ends before its name does, an SOA whose data is not exactly its names
 * and 20 bytes of numbers, and a second OPT record (RFC 6891 section 6.1.1). Bytes after the last
 * record, and after the name of a CNAME or PTR within its data, are ignored, as glibc ignores them.
 *
 * <p>Written by hand for the five record types a stub resolver reads: netty-codec-dns builds a
 * message object, a record object per record and an {@code IDN.toASCII} per name, about 2
 * microseconds for a CNAME + A + SOA answer, where this takes a few hundred nanoseconds (see the
 * benchmarks module's {@code CodecBenchmark}).
 */
final class ResponseReader {
  public static final int HEADER_LENGTH = 12;
  private static final int CLASS_IN = 1;
  private static final int TYPE_OPT = 41;
  private static final int SOA_NUMBERS = 20;
  private static final String[] SECTIONS = {"QUESTION", "ANSWER", "AUTHORITY", "ADDITIONAL"};

  private final ByteBuf message;
  private final int base;
  private final int size;
  private final WireNames names;
  private long negativeTtl = -1;
  private boolean sawOpt;

  private ResponseReader(ByteBuf message) {
    this.message = message;
    this.base = message.readerIndex();
    this.size = message.readableBytes();
    this.names = WireNames.of(message);
  }

  /**
   * Decodes the message in {@code msg}'s readable bytes, as sent by {@code server}.
   *
   * @throws CorruptedFrameException naming what is wrong, for any message that cannot be read safely
   */
  public static DecodedMessage read(ByteBuf msg, InetSocketAddress server) {
    return read(msg, server, false);
  }

  /** As {@link #read(ByteBuf, InetSocketAddress)}, for a message that came over TCP when {@code viaTcp}. */
  public static DecodedMessage read(ByteBuf msg, InetSocketAddress server, boolean viaTcp) {
    if (msg.readableBytes() < HEADER_LENGTH) {
      throw new CorruptedFrameException("message of " + msg.readableBytes() + " bytes is shorter than a DNS header");
    }
    return new ResponseReader(msg).read(viaTcp);
  }

  private DecodedMessage read(boolean viaTcp) {
    int flags = u16(2);
    if ((flags & 0x8000) == 0) {
      throw new CorruptedFrameException("not a response: the QR bit is 0");
    }
    int opcode = (flags >> 11) & 0xF;
    if (opcode != 0) {
      throw new CorruptedFrameException("opcode " + opcode + " is not QUERY");
    }
    int questions = u16(4);
    int answerCount = u16(6);
    int authorityCount = u16(8);
    int additionalCount = u16(10);
    if (questions > 1) {
      throw new CorruptedFrameException("response has " + questions + " questions");
    }
    int pos = HEADER_LENGTH;
    String questionName = null;
    int questionType = -1;
    int questionClass = -1;
    if (questions == 1) {
      questionName = names.read(pos);
      pos = names.next();
      need(pos, 4, 0, 1, 0);
      questionType = u16(pos);
      questionClass = u16(pos + 2);
      pos += 4;
    }
    List<DnsRecord> answers = new ArrayList<>(Math.min(answerCount, 8));
    for (int i = 0; i < answerCount; i++) {
      pos = record(pos, 1, i, answerCount, answers);
    }
    for (int i = 0; i < authorityCount; i++) {
      pos = record(pos, 2, i, authorityCount, null);
    }
    for (int i = 0; i < additionalCount; i++) {
      pos = record(pos, 3, i, additionalCount, null);
    }
    DnsResponse response = new DnsResponse(flags & 0xF, (flags & 0x0400) != 0, (flags & 0x0080) != 0,
        (flags & 0x0020) != 0, answers, negativeTtl, answerCount, additionalCount, viaTcp);
    return new DecodedMessage(u16(0), (flags & 0x0200) != 0, questionName, questionType, questionClass, answerCount,
        response);
  }

  /** Reads record {@code index} of {@code section} at {@code pos}; returns the offset after it. */
  private int record(int pos, int section, int index, int count, List<DnsRecord> answers) {
    boolean keep = answers != null;
    String owner = keep ? names.read(pos) : null;
    int at = keep ? names.next() : names.skip(pos);
    need(at, 10, section, count, index);
    int type = u16(at);
    int dnsClass = u16(at + 2);
    long ttl = ttl(message.getUnsignedInt(base + at + 4));
    int length = u16(at + 8);
    int data = at + 10;
    need(data, length, section, count, index);
    int dataEnd = data + length;
    RecordType known = RecordType.ofCode(type);
    if (type == TYPE_OPT && section == 3) {
      opt(pos);
    } else if (known == RecordType.A || known == RecordType.AAAA) {
      int expected = known == RecordType.A ? 4 : 16;
      if (dnsClass == CLASS_IN && length != expected) {
        throw new CorruptedFrameException(known + " record data is " + length + " bytes, not " + expected);
      }
      if (keep && dnsClass == CLASS_IN) {
        answers.add(new DnsRecord(owner, known, ttl, address(data, length), null, null));
      }
    } else if (known == RecordType.CNAME || known == RecordType.PTR) {
      String target = dataName(known, data, dataEnd);
      if (keep && dnsClass == CLASS_IN) {
        answers.add(new DnsRecord(owner, known, ttl, null, target, null));
      }
    } else if (known == RecordType.SOA) {
      soa(owner, dnsClass, ttl, data, dataEnd, section, answers);
    }
    return dataEnd;
  }

  private void soa(String owner, int dnsClass, long ttl, int data, int dataEnd, int section,
      List<DnsRecord> answers) {
    String primary = dataName(RecordType.SOA, data, dataEnd);
    int afterPrimary = names.next();
    String mailbox = afterPrimary < dataEnd ? names.read(afterPrimary) : null;
    if (mailbox == null || names.next() > dataEnd || dataEnd - names.next() != SOA_NUMBERS) {
      int rest = mailbox == null ? 0 : dataEnd - names.next();
      throw new CorruptedFrameException("SOA record data has " + rest + " bytes after its names, not " + SOA_NUMBERS);
    }
    int numbers = names.next();
    long minimum = message.getUnsignedInt(base + numbers + 16);
    if (section == 2 && negativeTtl < 0) {
      negativeTtl = Math.min(ttl, ttl(minimum));
    }
    if (answers != null && dnsClass == CLASS_IN) {
      answers.add(DnsRecord.soa(owner, ttl, new DnsRecord.Soa(primary, mailbox, u32(numbers), u32(numbers + 4),
          u32(numbers + 8), u32(numbers + 12), minimum)));
    }
  }

  /** The name that starts a record's data, which must hold at least its root byte. */
  private String dataName(RecordType type, int data, int dataEnd) {
    if (data >= dataEnd) {
      throw new CorruptedFrameException(type + " record data ends before a name");
    }
    String name = names.read(data);
    if (names.next() > dataEnd) {
      throw new CorruptedFrameException(type + " record's name runs past its " + (dataEnd - data) + " bytes of data");
    }
    return name;
  }

  /** An OPT pseudo-record (RFC 6891): one at most, owned by the root. */
  private void opt(int ownerAt) {
    if (sawOpt) {
      throw new CorruptedFrameException("response has two OPT records");
    }
    sawOpt = true;
    if (message.getUnsignedByte(base + ownerAt) != 0) {
      throw new CorruptedFrameException("OPT record owned by a name other than the root");
    }
  }

  private void need(int at, int bytes, int section, int count, int index) {
    if (at + bytes > size) {
      throw new CorruptedFrameException("header counts " + count + " " + SECTIONS[section] + " records but the "
          + "message holds " + index + " (the next runs past its " + size + " bytes)");
    }
  }

  private InetAddress address(int data, int length) {
    byte[] bytes = new byte[length];
    message.getBytes(base + data, bytes);
    try {
      // Inet6Address.getByAddress keeps ::ffff:a.b.c.d an IPv6 address, as an AAAA record says it is.
      return length == 4 ? InetAddress.getByAddress(bytes) : Inet6Address.getByAddress(null, bytes, -1);
    } catch (UnknownHostException impossible) {
      throw new AssertionError(impossible);
    }
  }

  private int u16(int offset) {
    return message.getUnsignedShort(base + offset);
  }

  private long u32(int offset) {
    return message.getUnsignedInt(base + offset);
  }

  private static long ttl(long wire) {
    return wire > Integer.MAX_VALUE ? 0 : wire;
  }
}
