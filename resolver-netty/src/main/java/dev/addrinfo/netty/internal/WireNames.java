package dev.addrinfo.netty.internal;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.CorruptedFrameException;

/**
 * Reads the domain names of one DNS message, treating every byte as hostile: labels of 0 to 63
 * bytes, compression pointers (RFC 1035 section 4.1.4) only into the message after its header, at
 * most {@value #MAX_POINTERS} pointers in one name (which ends any loop), at most 255 bytes in wire
 * form once expanded, and no other label type (0x40, 0x80). Anything else is a
 * {@link CorruptedFrameException}.
 *
 * <p>A name comes back as text: labels joined by dots, with a trailing dot, each byte one
 * character. Whether the text can be trusted is {@link #plain()}: only printable ASCII without '\'
 * and without a dot inside a label, since "a.b" as one label would read like two. Names are kept
 * per offset, so the owner names of records that point at the question (nearly all of them) cost
 * no new string. One reader per message; not thread-safe.
 */
final class WireNames {
  static final int MAX_WIRE_LENGTH = 255;
  static final int MAX_POINTERS = 127;
  private static final int MEMO = 8;

  private final ByteBuf message;
  private final int base;
  private final int end;
  private final char[] text = new char[MAX_WIRE_LENGTH];
  private final int[] memoOffset = new int[MEMO];
  private final String[] memoName = new String[MEMO];
  private final boolean[] memoPlain = new boolean[MEMO];
  private int memoCount;
  private boolean plain;
  private int next;

  /** Names of the message in {@code message}'s readable bytes. */
  WireNames(ByteBuf message) {
    this.message = message;
    this.base = message.readerIndex();
    this.end = message.writerIndex();
  }

  /** Where the bytes after the last name read start, as an offset into the message. */
  int next() {
    return next;
  }

  /** Whether the last name read is printable ASCII without '\' and without a dot inside a label. */
  boolean plain() {
    return plain;
  }

  /** Reads the name at {@code offset} and returns its text; {@link #next()} is then just past it. */
  String read(int offset) {
    int first = offset;
    if (offset < size() && (octet(offset) & 0xC0) == 0xC0) {
      // The name is only a pointer: the usual owner name, often seen before in this message.
      first = pointer(offset);
    }
    for (int i = 0; i < memoCount; i++) {
      if (memoOffset[i] == first) {
        next = first == offset ? skip(offset) : offset + 2;
        plain = memoPlain[i];
        return memoName[i];
      }
    }
    int length = expand(offset);
    String name = length == 0 ? "." : new String(text, 0, length);
    if (memoCount < MEMO) {
      memoOffset[memoCount] = first;
      memoName[memoCount] = name;
      memoPlain[memoCount] = plain;
      memoCount++;
    }
    return name;
  }

  /** Checks the name at {@code offset} without making its text; returns the offset just past it. */
  int skip(int offset) {
    expand(offset);
    return next;
  }

  /** Writes the name's text into {@code text}, sets {@link #next} and {@link #plain}; returns the text length. */
  private int expand(int offset) {
    int pos = offset;
    int length = 0;
    int wire = 1;
    int pointers = 0;
    boolean clean = true;
    next = -1;
    while (true) {
      if (pos >= size()) {
        throw new CorruptedFrameException("truncated name at offset " + offset);
      }
      int len = octet(pos);
      if (len == 0) {
        if (next < 0) {
          next = pos + 1;
        }
        plain = clean;
        return length;
      }
      switch (len & 0xC0) {
        case 0xC0 -> {
          if (++pointers > MAX_POINTERS) {
            throw new CorruptedFrameException("over " + MAX_POINTERS + " compression pointers in the name at offset "
                + offset);
          }
          int target = pointer(pos);
          if (next < 0) {
            next = pos + 2;
          }
          pos = target;
        }
        case 0x00 -> {
          if (pos + 1 + len > size()) {
            throw new CorruptedFrameException("truncated label at offset " + pos);
          }
          wire += len + 1;
          if (wire > MAX_WIRE_LENGTH) {
            throw new CorruptedFrameException("name at offset " + offset + " is over 255 bytes");
          }
          for (int i = 1; i <= len; i++) {
            char c = (char) octet(pos + i);
            clean &= c > 0x20 && c < 0x7F && c != '\\' && c != '.';
            text[length++] = c;
          }
          text[length++] = '.';
          pos += 1 + len;
        }
        default -> throw new CorruptedFrameException("label length " + len + " at offset " + pos
            + " is over 63 (label type 0x" + Integer.toHexString(len & 0xC0) + ")");
      }
    }
  }

  /** The target of the pointer at {@code pos}, checked to lie after the header and inside the message. */
  private int pointer(int pos) {
    if (pos + 1 >= size()) {
      throw new CorruptedFrameException("truncated pointer at offset " + pos);
    }
    int target = ((octet(pos) & 0x3F) << 8) | octet(pos + 1);
    if (target < ResponseReader.HEADER_LENGTH || target >= size()) {
      throw new CorruptedFrameException("compression pointer at offset " + pos + " to " + target
          + " is outside the message's " + size() + " bytes");
    }
    return target;
  }

  private int size() {
    return end - base;
  }

  private int octet(int offset) {
    return message.getUnsignedByte(base + offset);
  }
}
