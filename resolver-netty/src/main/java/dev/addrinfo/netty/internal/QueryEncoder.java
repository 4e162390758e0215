package dev.addrinfo.netty.internal;

import dev.addrinfo.spi.DnsQuestion;
import io.netty.buffer.ByteBuf;

/**
 * Writes a DNS query: header, one question of class IN, and optionally an EDNS0 OPT record
 * advertising a 1232-byte UDP payload (the DNS Flag Day 2020 figure: fits a 1280-byte IPv6 MTU
 * without fragmentation). Names are written uncompressed; a question has nothing to point back to.
 */
public final class QueryEncoder {
  public static final int EDNS_PAYLOAD_SIZE = 1232;
  private static final int CLASS_IN = 1;
  private static final int TYPE_OPT = 41;

  private QueryEncoder() {}

  /** Checks that {@code name} can be written; returns null if so, or what is wrong with it. */
  public static String problemWith(String name) {
    if (name.equals(".")) {
      return null;
    }
    int wireLength = 1;
    int labelStart = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      // Only printable ASCII without '\\': the reply's question is compared in presentation form,
      // where other bytes would come back escaped.
      if (c <= 0x20 || c >= 0x7F || c == '\\') {
        return "character 0x" + Integer.toHexString(c) + " not allowed in question name '" + name + "'";
      }
      if (c == '.') {
        int len = i - labelStart;
        if (len == 0) {
          return "empty label in question name '" + name + "'";
        }
        if (len > 63) {
          return "label over 63 bytes in question name '" + name + "'";
        }
        wireLength += len + 1;
        labelStart = i + 1;
      }
    }
    return wireLength > NameReader.MAX_NAME_WIRE_LENGTH ? "question name over 255 bytes: '" + name + "'" : null;
  }

  /** Writes the query; the name must have passed {@link #problemWith}. */
  public static void encode(ByteBuf out, int id, DnsQuestion question, boolean recursionDesired, boolean edns0) {
    out.writeShort(id);
    out.writeShort(recursionDesired ? 0x0100 : 0);
    out.writeShort(1);
    out.writeShort(0);
    out.writeShort(0);
    out.writeShort(edns0 ? 1 : 0);
    writeName(out, question.name());
    out.writeShort(question.type().code());
    out.writeShort(CLASS_IN);
    if (edns0) {
      out.writeByte(0); // root owner name
      out.writeShort(TYPE_OPT);
      out.writeShort(EDNS_PAYLOAD_SIZE);
      out.writeInt(0); // extended rcode, version 0, no DO bit
      out.writeShort(0); // no options
    }
  }

  private static void writeName(ByteBuf out, String name) {
    int labelStart = 0;
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) == '.') {
        int len = i - labelStart;
        if (len > 0) {
          out.writeByte(len);
          for (int j = labelStart; j < i; j++) {
            out.writeByte(name.charAt(j));
          }
        }
        labelStart = i + 1;
      }
    }
    out.writeByte(0);
  }
}
