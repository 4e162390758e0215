package dev.addrinfo.netty.transport;

import io.netty.buffer.ByteBuf;

/**
 * Whether a response's question name is the one asked, compared on the wire: the same labels, byte
 * for byte, ASCII letters in either case (RFC 4343), as glibc compares them. Comparing the text
 * Netty decodes would not do: a label holding a dot reads like two labels, and Netty reads labels as
 * UTF-8 and puts them through IDN, so a Kelvin sign would match a "k". A question written with a
 * compression pointer is not the one asked (nothing precedes it that it could honestly point to).
 */
final class QuestionMatch {
  private QuestionMatch() {}

  /**
   * True when the question name starting right after the header of {@code msg} (its readable
   * bytes) is {@code name} (absolute, printable ASCII, as checked by {@link QueryMessages#problemWith}).
   */
  static boolean sameName(ByteBuf msg, String name) {
    int pos = msg.readerIndex() + ResponseReader.HEADER_LENGTH;
    int end = msg.writerIndex();
    int labelStart = 0;
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) != '.') {
        continue;
      }
      int len = i - labelStart;
      if (len == 0) {
        break; // the root name "."
      }
      if (pos + 1 + len > end || msg.getUnsignedByte(pos) != len) {
        return false;
      }
      for (int j = 0; j < len; j++) {
        if (lower(msg.getUnsignedByte(pos + 1 + j)) != lower(name.charAt(labelStart + j))) {
          return false;
        }
      }
      pos += 1 + len;
      labelStart = i + 1;
    }
    return pos < end && msg.getUnsignedByte(pos) == 0;
  }

  private static int lower(int c) {
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  }
}
