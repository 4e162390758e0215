package dev.addrinfo.netty.internal;

import dev.addrinfo.spi.DnsRecord;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.RecordType;
import io.netty.buffer.ByteBuf;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a DNS response message into a {@link DecodedMessage}. Every count, length and pointer is
 * checked against the message's end before it is followed; anything wrong is a
 * {@link MalformedMessageException}, never another exception. The buffer's indexes are not moved.
 *
 * <p>Kept: answer records of class IN and type A, AAAA, CNAME and PTR (targets decompressed); the
 * first SOA of the authority section gives the negative-caching TTL, min(SOA TTL, SOA MINIMUM)
 * (RFC 2308 section 5). Other records are bounds-checked and skipped; the additional section is
 * walked only to check it.
 */
public final class ResponseDecoder {
  static final int HEADER_LENGTH = 12;
  private static final int CLASS_IN = 1;

  private ResponseDecoder() {}

  public static DecodedMessage decode(ByteBuf msg) throws MalformedMessageException {
    int base = msg.readerIndex();
    int end = msg.writerIndex();
    if (end - base < HEADER_LENGTH) {
      throw new MalformedMessageException("message of " + (end - base) + " bytes is shorter than a DNS header");
    }
    int id = msg.getUnsignedShort(base);
    int flags = msg.getUnsignedShort(base + 2);
    if ((flags & 0x8000) == 0) {
      throw new MalformedMessageException("QR bit clear: a query, not a response");
    }
    if ((flags & 0x7800) != 0) {
      throw new MalformedMessageException("opcode " + ((flags >> 11) & 0xF) + " is not QUERY");
    }
    int qdCount = msg.getUnsignedShort(base + 4);
    int anCount = msg.getUnsignedShort(base + 6);
    int nsCount = msg.getUnsignedShort(base + 8);
    int arCount = msg.getUnsignedShort(base + 10);
    if (qdCount > 1) {
      throw new MalformedMessageException("response has " + qdCount + " questions");
    }
    int pos = base + HEADER_LENGTH;
    String qName = null;
    int qType = -1;
    int qClass = -1;
    if (qdCount == 1) {
      StringBuilder name = new StringBuilder(64);
      pos = NameReader.read(msg, base, end, pos, name);
      need(pos, 4, end, "question");
      qName = name.toString();
      qType = msg.getUnsignedShort(pos);
      qClass = msg.getUnsignedShort(pos + 2);
      pos += 4;
    }
    List<DnsRecord> answers = new ArrayList<>(Math.min(anCount, 16));
    for (int i = 0; i < anCount; i++) {
      pos = readAnswer(msg, base, end, pos, answers);
    }
    long negativeTtl = -1;
    for (int i = 0; i < nsCount; i++) {
      long[] soaTtl = {-1};
      pos = readAuthority(msg, base, end, pos, soaTtl);
      if (negativeTtl < 0) {
        negativeTtl = soaTtl[0];
      }
    }
    for (int i = 0; i < arCount; i++) {
      pos = skipRecord(msg, base, end, pos);
    }
    DnsResponse response = new DnsResponse(
        flags & 0xF, (flags & 0x0400) != 0, (flags & 0x0020) != 0, answers, negativeTtl);
    return new DecodedMessage(id, (flags & 0x0200) != 0, qName, qType, qClass, anCount, response);
  }

  private static int readAnswer(ByteBuf msg, int base, int end, int pos, List<DnsRecord> out)
      throws MalformedMessageException {
    int nameStart = pos;
    pos = NameReader.skip(msg, base, end, pos);
    need(pos, 10, end, "record header");
    RecordType type = RecordType.ofCode(msg.getUnsignedShort(pos));
    int rrClass = msg.getUnsignedShort(pos + 2);
    long ttl = ttl(msg, pos + 4);
    int rdLength = msg.getUnsignedShort(pos + 8);
    int rdata = pos + 10;
    need(rdata, rdLength, end, "record data");
    int next = rdata + rdLength;
    if (type == null || type == RecordType.SOA || rrClass != CLASS_IN) {
      return next;
    }
    StringBuilder owner = new StringBuilder(64);
    NameReader.read(msg, base, end, nameStart, owner);
    switch (type) {
      case A, AAAA -> out.add(new DnsRecord(owner.toString(), type, ttl, address(msg, rdata, rdLength, type), null));
      case CNAME, PTR -> {
        StringBuilder target = new StringBuilder(64);
        int after = NameReader.read(msg, base, next, rdata, target);
        if (after != next) {
          throw new MalformedMessageException(type + " record data is " + rdLength + " bytes but its name ends at "
              + (after - rdata));
        }
        out.add(type == RecordType.CNAME
            ? DnsRecord.cname(owner.toString(), ttl, target.toString())
            : DnsRecord.ptr(owner.toString(), ttl, target.toString()));
      }
      default -> { }
    }
    return next;
  }

  private static int readAuthority(ByteBuf msg, int base, int end, int pos, long[] soaTtl)
      throws MalformedMessageException {
    pos = NameReader.skip(msg, base, end, pos);
    need(pos, 10, end, "record header");
    int type = msg.getUnsignedShort(pos);
    long ttl = ttl(msg, pos + 4);
    int rdLength = msg.getUnsignedShort(pos + 8);
    int rdata = pos + 10;
    need(rdata, rdLength, end, "record data");
    int next = rdata + rdLength;
    if (type == RecordType.SOA.code()) {
      int p = NameReader.skip(msg, base, next, rdata);
      p = NameReader.skip(msg, base, next, p);
      if (p + 20 != next) {
        throw new MalformedMessageException("SOA record data has " + (next - p) + " bytes after its names, not 20");
      }
      soaTtl[0] = Math.min(ttl, ttl(msg, p + 16));
    }
    return next;
  }

  private static int skipRecord(ByteBuf msg, int base, int end, int pos) throws MalformedMessageException {
    pos = NameReader.skip(msg, base, end, pos);
    need(pos, 10, end, "record header");
    int rdLength = msg.getUnsignedShort(pos + 8);
    need(pos + 10, rdLength, end, "record data");
    return pos + 10 + rdLength;
  }

  // RFC 2181 section 8: a TTL with the top bit set is treated as zero.
  private static long ttl(ByteBuf msg, int at) {
    long ttl = msg.getUnsignedInt(at);
    return ttl > Integer.MAX_VALUE ? 0 : ttl;
  }

  private static InetAddress address(ByteBuf msg, int at, int length, RecordType type)
      throws MalformedMessageException {
    int expected = type == RecordType.A ? 4 : 16;
    if (length != expected) {
      throw new MalformedMessageException(type + " record data is " + length + " bytes, not " + expected);
    }
    byte[] bytes = new byte[length];
    msg.getBytes(at, bytes);
    try {
      // Inet6Address.getByAddress keeps ::ffff:a.b.c.d an IPv6 address, as an AAAA record says it is.
      return type == RecordType.A ? InetAddress.getByAddress(bytes) : Inet6Address.getByAddress(null, bytes, -1);
    } catch (UnknownHostException impossible) {
      throw new AssertionError(impossible);
    }
  }

  private static void need(int pos, int length, int end, String what) throws MalformedMessageException {
    if (pos + length > end) {
      throw new MalformedMessageException(what + " of " + length + " bytes runs past the end of the message");
    }
  }
}
