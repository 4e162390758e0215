package dev.addrinfo.netty.internal;

import dev.addrinfo.spi.DnsRecord;
import dev.addrinfo.spi.RecordType;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.dns.DnsPtrRecord;
import io.netty.handler.codec.dns.DnsRawRecord;
import io.netty.handler.codec.dns.DnsRecordType;
import io.netty.handler.codec.dns.DnsResponse;
import io.netty.handler.codec.dns.DnsSection;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a checked netty-codec-dns response to the core's values. Kept: answer records of class IN and
 * type A, AAAA, CNAME and PTR whose names are printable ASCII, and SOA too in the answer to an SOA
 * question (for {@code resolve query}; elsewhere an SOA answer stays dropped, as before, so that
 * the getaddrinfo path sees no change); the first SOA of the authority
 * section gives the negative-caching TTL, min(SOA TTL, SOA MINIMUM) (RFC 2308 section 5). A TTL
 * with the top bit set counts as zero (RFC 2181 section 8).
 */
final class ResponseMapping {
  private static final int CLASS_IN = 1;
  /** RFC 2929 section 2.1: the AD bit, in Netty's three Z bits (Z, AD, CD from the top). */
  private static final int Z_AUTHENTIC_DATA = 0b010;
  /** What follows an SOA's two names: serial, refresh, retry, expire, minimum. */
  private static final int SOA_FIXED_LENGTH = 20;

  private ResponseMapping() {}

  static DecodedMessage map(DnsResponse r) {
    String qName = null;
    int qType = -1;
    int qClass = -1;
    if (r.count(DnsSection.QUESTION) == 1) {
      io.netty.handler.codec.dns.DnsRecord q = r.recordAt(DnsSection.QUESTION);
      qName = q.name();
      qType = q.type().intValue();
      qClass = q.dnsClass();
    }
    int anCount = r.count(DnsSection.ANSWER);
    List<DnsRecord> answers = new ArrayList<>(Math.min(anCount, 16));
    boolean soaQuestion = qType == RecordType.SOA.code();
    for (int i = 0; i < anCount; i++) {
      DnsRecord mapped = answer(r.recordAt(DnsSection.ANSWER, i), soaQuestion);
      if (mapped != null) {
        answers.add(mapped);
      }
    }
    dev.addrinfo.spi.DnsResponse response = new dev.addrinfo.spi.DnsResponse(r.code().intValue(),
        r.isAuthoritativeAnswer(), (r.z() & Z_AUTHENTIC_DATA) != 0, answers, negativeTtl(r));
    return new DecodedMessage(r.id(), r.isTruncated(), qName, qType, qClass, anCount, response);
  }

  private static DnsRecord answer(io.netty.handler.codec.dns.DnsRecord rec, boolean soaQuestion) {
    RecordType type = RecordType.ofCode(rec.type().intValue());
    if (type == null || (type == RecordType.SOA && !soaQuestion) || rec.dnsClass() != CLASS_IN
        || !plain(rec.name())) {
      return null;
    }
    long ttl = ttl(rec.timeToLive());
    return switch (type) {
      case A, AAAA -> new DnsRecord(rec.name(), type, ttl, address(((DnsRawRecord) rec).content(), type), null);
      case CNAME -> {
        String target = ((CnameRecord) rec).target();
        yield plain(target) ? DnsRecord.cname(rec.name(), ttl, target) : null;
      }
      case PTR -> {
        String target = ((DnsPtrRecord) rec).hostname();
        yield plain(target) ? DnsRecord.ptr(rec.name(), ttl, target) : null;
      }
      case SOA -> {
        DnsRecord.Soa soa = soa(((DnsRawRecord) rec).content());
        yield plain(soa.primaryServer()) && plain(soa.mailbox()) ? DnsRecord.soa(rec.name(), ttl, soa) : null;
      }
      default -> null;
    };
  }

  /** From the first SOA of the authority section; every SOA there must be well formed. */
  private static long negativeTtl(DnsResponse r) {
    long negativeTtl = -1;
    for (int i = 0; i < r.count(DnsSection.AUTHORITY); i++) {
      io.netty.handler.codec.dns.DnsRecord rec = r.recordAt(DnsSection.AUTHORITY, i);
      if (rec.type().equals(DnsRecordType.SOA)) {
        long minimum = soaMinimum(((DnsRawRecord) rec).content());
        if (negativeTtl < 0) {
          negativeTtl = Math.min(ttl(rec.timeToLive()), ttl(minimum));
        }
      }
    }
    return negativeTtl;
  }

  /**
   * MINIMUM, after the zone's primary server and mailbox names and four other numbers. Netty leaves
   * SOA data raw, as a view of the whole message (so that its names' pointers still resolve).
   */
  private static long soaMinimum(ByteBuf data) {
    return soa(data).minimum();
  }

  /** The SOA's two names and five numbers; its data must hold exactly those. */
  private static DnsRecord.Soa soa(ByteBuf data) {
    ByteBuf rest = data.duplicate();
    String primaryServer = StrictRecordDecoder.readName(rest, DnsRecordType.SOA);
    String mailbox = StrictRecordDecoder.readName(rest, DnsRecordType.SOA);
    if (rest.readableBytes() != SOA_FIXED_LENGTH) {
      throw new CorruptedFrameException(
          "SOA record data has " + rest.readableBytes() + " bytes after its names, not " + SOA_FIXED_LENGTH);
    }
    return new DnsRecord.Soa(primaryServer, mailbox, rest.readUnsignedInt(), rest.readUnsignedInt(),
        rest.readUnsignedInt(), rest.readUnsignedInt(), rest.readUnsignedInt());
  }

  private static long ttl(long wire) {
    return wire > Integer.MAX_VALUE ? 0 : wire;
  }

  /** Printable ASCII without '\': the only names the transport ever asks for or follows. */
  static boolean plain(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= 0x20 || c >= 0x7F || c == '\\') {
        return false;
      }
    }
    return true;
  }

  // StrictRecordDecoder checked the length (4 or 16) of every class-IN address.
  private static InetAddress address(ByteBuf data, RecordType type) {
    byte[] bytes = new byte[data.readableBytes()];
    data.getBytes(data.readerIndex(), bytes);
    try {
      // Inet6Address.getByAddress keeps ::ffff:a.b.c.d an IPv6 address, as an AAAA record says it is.
      return type == RecordType.A ? InetAddress.getByAddress(bytes) : Inet6Address.getByAddress(null, bytes, -1);
    } catch (UnknownHostException impossible) {
      throw new AssertionError(impossible);
    }
  }
}
