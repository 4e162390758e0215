package dev.addrinfo.netty.internal;

import io.netty.buffer.ByteBuf;

/**
 * Reads a possibly compressed domain name (RFC 1035 section 4.1.4) out of a whole DNS message,
 * treating every byte as hostile.
 *
 * <p>Termination is guaranteed without a hop counter: every compression pointer must point before
 * the start of the stretch of labels it was found in, so the offsets visited strictly decrease.
 * Real encoders only ever point to a prior occurrence, so this rejects nothing legitimate, and it
 * rejects loops and forward pointers. Labels whose two top bits are 01 or 10 (the obsolete
 * extended label types, which is also how a "label over 63" shows on the wire) are rejected, and so
 * is a name longer than 255 bytes in wire form.
 */
public final class NameReader {
  static final int MAX_NAME_WIRE_LENGTH = 255;

  private NameReader() {}

  /**
   * Reads the name starting at buffer index {@code offset} of a message that occupies indexes
   * {@code base} (its first header byte) to {@code end} (exclusive), and appends it to {@code out}
   * in presentation form, absolute with trailing dot.
   *
   * @return the index just past the name where it started (past its first pointer, if any)
   */
  public static int read(ByteBuf msg, int base, int end, int offset, StringBuilder out)
      throws MalformedMessageException {
    int pos = offset;
    int segmentStart = offset;
    int next = -1;
    int wireLength = 0;
    while (true) {
      if (pos >= end) {
        throw new MalformedMessageException("name runs past the end of the message at offset " + (pos - base));
      }
      int len = msg.getUnsignedByte(pos);
      int kind = len & 0xC0;
      if (kind == 0xC0) {
        if (pos + 1 >= end) {
          throw new MalformedMessageException("compression pointer cut off at offset " + (pos - base));
        }
        int target = base + (((len & 0x3F) << 8) | msg.getUnsignedByte(pos + 1));
        if (target >= segmentStart) {
          throw new MalformedMessageException(
              "compression pointer at offset " + (pos - base) + " to " + (target - base)
                  + " does not point to an earlier name (loop or forward pointer)");
        }
        if (next < 0) {
          next = pos + 2;
        }
        pos = target;
        segmentStart = target;
        continue;
      }
      if (kind != 0) {
        throw new MalformedMessageException(
            "label length byte 0x" + Integer.toHexString(len) + " at offset " + (pos - base)
                + " is over 63 (extended label types are not supported)");
      }
      wireLength += len + 1;
      if (wireLength > MAX_NAME_WIRE_LENGTH) {
        throw new MalformedMessageException("name at offset " + (offset - base) + " is over 255 bytes");
      }
      if (len == 0) {
        if (out.length() == 0) {
          out.append('.');
        }
        return next < 0 ? pos + 1 : next;
      }
      if (pos + 1 + len > end) {
        throw new MalformedMessageException("label at offset " + (pos - base) + " runs past the end of the message");
      }
      appendLabel(msg, pos + 1, len, out);
      pos += 1 + len;
    }
  }

  /** Skips a name without decoding it; the same checks apply. */
  public static int skip(ByteBuf msg, int base, int end, int offset) throws MalformedMessageException {
    return read(msg, base, end, offset, new StringBuilder(32));
  }

  // Presentation form (RFC 4343): '.' and '\' inside a label are escaped, and so is every byte
  // that is not printable ASCII, so that two different wire names never give the same string.
  private static void appendLabel(ByteBuf msg, int from, int len, StringBuilder out) {
    for (int i = from; i < from + len; i++) {
      int b = msg.getUnsignedByte(i);
      if (b == '.' || b == '\\') {
        out.append('\\').append((char) b);
      } else if (b <= 0x20 || b >= 0x7F) {
        out.append('\\').append((char) ('0' + b / 100)).append((char) ('0' + b / 10 % 10))
            .append((char) ('0' + b % 10));
      } else {
        out.append((char) b);
      }
    }
    out.append('.');
  }
}
