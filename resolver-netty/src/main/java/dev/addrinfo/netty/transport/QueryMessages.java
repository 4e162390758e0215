package dev.addrinfo.netty.transport;

import dev.addrinfo.spi.DnsQuestion;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * Writes the query messages the transport sends: a header with one question of class IN and, with
 * EDNS0, an OPT record advertising a 1232-byte UDP payload (the DNS Flag Day 2020 figure: fits a
 * 1280-byte IPv6 MTU without fragmentation), no options and no DO bit. Over TCP the message follows
 * its two-byte length (RFC 1035 section 4.2.2). Also checks, before anything is sent, that a name
 * can be written.
 *
 * <p>Written straight into one pooled buffer (about 50 bytes): no message or record objects, and
 * no IDN pass over a name that {@link #problemWith} already found to be printable ASCII.
 */
final class QueryMessages {
  public static final int EDNS_PAYLOAD_SIZE = 1232;
  /** The longest name on the wire (RFC 1035 section 2.3.4), length bytes and root label included. */
  public static final int MAX_NAME_WIRE_LENGTH = 255;
  private static final int CLASS_IN = 1;
  private static final int TYPE_OPT = 41;
  private static final int FLAG_RD = 0x0100;
  private static final int OPT_LENGTH = 11;

  private QueryMessages() {}

  /** Checks that {@code name} can be written; returns null if so, or what is wrong with it. */
  public static String problemWith(String name) {
    if (name.equals(".")) {
      return null;
    }
    int wireLength = 1;
    int labelStart = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      // Only printable ASCII without '\\': answers are matched to it byte for byte (ignoring case).
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
    return wireLength > MAX_NAME_WIRE_LENGTH ? "question name over 255 bytes: '" + name + "'" : null;
  }

  /** A query datagram; the name must have passed {@link #problemWith}. */
  static ByteBuf udp(ByteBufAllocator alloc, int id, DnsQuestion question, boolean rd, boolean edns0) {
    return udp(alloc, id, question, rd, edns0, 0);
  }

  /** A query datagram whose name's letters are flipped by {@link QuestionCase} bits; 0 sends it as given. */
  static ByteBuf udp(ByteBufAllocator alloc, int id, DnsQuestion question, boolean rd, boolean edns0, long caseBits) {
    ByteBuf b = alloc.directBuffer(length(question, edns0));
    write(b, id, question, rd, edns0, caseBits);
    return b;
  }

  /** A query for a TCP stream: the same message after its two-byte length. */
  static ByteBuf tcp(ByteBufAllocator alloc, int id, DnsQuestion question, boolean rd, boolean edns0) {
    int length = length(question, edns0);
    ByteBuf b = alloc.directBuffer(2 + length);
    b.writeShort(length);
    write(b, id, question, rd, edns0, 0);
    return b;
  }

  private static int length(DnsQuestion question, boolean edns0) {
    String name = question.name();
    int nameLength = name.equals(".") ? 1 : name.length() + 1;
    return ResponseReader.HEADER_LENGTH + nameLength + 4 + (edns0 ? OPT_LENGTH : 0);
  }

  private static void write(ByteBuf b, int id, DnsQuestion question, boolean rd, boolean edns0, long caseBits) {
    b.writeShort(id);
    b.writeShort(rd ? FLAG_RD : 0);
    b.writeShort(1);
    b.writeShort(0);
    b.writeShort(0);
    b.writeShort(edns0 ? 1 : 0);
    if (caseBits == 0) {
      writeName(b, question.name());
    } else {
      QuestionCase.writeName(b, question.name(), caseBits);
    }
    b.writeShort(question.type().code());
    b.writeShort(CLASS_IN);
    if (edns0) {
      b.writeByte(0);
      b.writeShort(TYPE_OPT);
      b.writeShort(EDNS_PAYLOAD_SIZE);
      b.writeInt(0); // extended rcode 0, version 0, no DO bit
      b.writeShort(0);
    }
  }

  /** An absolute name as labels; "." is the root alone. */
  private static void writeName(ByteBuf b, String name) {
    int labelStart = 0;
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) == '.') {
        int len = i - labelStart;
        if (len > 0) {
          b.writeByte(len);
          for (int j = labelStart; j < i; j++) {
            b.writeByte(name.charAt(j));
          }
        }
        labelStart = i + 1;
      }
    }
    b.writeByte(0);
  }
}
