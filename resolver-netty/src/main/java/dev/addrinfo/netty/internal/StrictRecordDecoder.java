package dev.addrinfo.netty.internal;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.dns.DefaultDnsPtrRecord;
import io.netty.handler.codec.dns.DefaultDnsRecordDecoder;
import io.netty.handler.codec.dns.DnsRecord;
import io.netty.handler.codec.dns.DnsRecordType;

/**
 * Netty's record decoder with the checks this transport's hostile-network rules add on top. Netty
 * (4.2) already rejects labels over 63 bytes, labels and pointers running past the end, pointers out
 * of the message and more than 127 pointers in one name (which ends any compression loop). It is more
 * lenient than we are in three places, checked here: it allows a name of 256 bytes in wire form (its
 * limit is 255 characters in presentation form), it accepts a CNAME or PTR whose name ends before
 * its record data does (or is empty), and it does not look at an address's length. (SOA data is
 * checked where it is read, in {@link ResponseMapping}: only the authority section's matter.)
 * Every rejection is a {@link CorruptedFrameException}, which fails the whole message.
 */
final class StrictRecordDecoder extends DefaultDnsRecordDecoder {
  static final StrictRecordDecoder INSTANCE = new StrictRecordDecoder();
  private static final int CLASS_IN = 1;

  private StrictRecordDecoder() {}

  @Override
  protected DnsRecord decodeRecord(String name, DnsRecordType type, int dnsClass, long timeToLive, ByteBuf in,
      int offset, int length) throws Exception {
    checkLength(name);
    int code = type.intValue();
    if (code == DnsRecordType.CNAME.intValue() || code == DnsRecordType.PTR.intValue()) {
      ByteBuf rdata = in.duplicate().setIndex(offset, offset + length);
      String target = readName(rdata, type);
      if (rdata.isReadable()) {
        throw new CorruptedFrameException(type.name() + " record data is " + length + " bytes but its name ends at "
            + (rdata.readerIndex() - offset));
      }
      // Built from the name just read rather than by Netty, which would read it again.
      return code == DnsRecordType.PTR.intValue()
          ? new DefaultDnsPtrRecord(name, dnsClass, timeToLive, target)
          : new CnameRecord(name, dnsClass, timeToLive, target);
    } else if (dnsClass == CLASS_IN && (code == DnsRecordType.A.intValue() || code == DnsRecordType.AAAA.intValue())) {
      int expected = code == DnsRecordType.A.intValue() ? 4 : 16;
      if (length != expected) {
        throw new CorruptedFrameException(type.name() + " record data is " + length + " bytes, not " + expected);
      }
    }
    return super.decodeRecord(name, type, dnsClass, timeToLive, in, offset, length);
  }

  /**
   * Reads one name of record data with Netty's name decoder, which reads nothing and answers "."
   * when no byte is left; a name needs at least its root byte.
   */
  static String readName(ByteBuf rdata, DnsRecordType type) {
    if (!rdata.isReadable()) {
      throw new CorruptedFrameException(type.name() + " record data ends before a name");
    }
    String name = decodeName(rdata);
    checkLength(name);
    return name;
  }

  /**
   * Rejects a decoded name over 255 bytes in wire form. Netty gives names in presentation form with
   * a trailing dot, where each label's length byte becomes its dot; only the root's zero byte has no
   * character, so the wire length is the string's length plus one. (A label with bytes that are not
   * ASCII comes back shorter after Netty's UTF-8 decoding; such names are never used, see
   * {@link ResponseReader}.)
   */
  static void checkLength(String name) {
    if (name.length() >= QueryMessages.MAX_NAME_WIRE_LENGTH) {
      throw new CorruptedFrameException("name over 255 bytes: " + name.substring(0, 40) + "...");
    }
  }
}
