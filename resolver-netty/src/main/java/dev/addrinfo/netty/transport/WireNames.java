package dev.addrinfo.netty.transport;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.util.concurrent.FastThreadLocal;

/**
 * Reads the domain names of one DNS message, treating every byte as hostile: labels of 0 to 63
 * bytes, compression pointers (RFC 1035 section 4.1.4) only into the message after its header, at
 * most {@value #MAX_POINTERS} pointers in one name (which ends any loop), at most 255 bytes in wire
 * form once expanded, and no other label type (0x40, 0x80). Anything else is a
 * {@link CorruptedFrameException}.
 *
 * <p>A name comes back in presentation form (RFC 1035 section 5.1): labels joined by dots, with a
 * trailing dot; a byte outside printable ASCII, a backslash and a dot inside a label are written as
 * {@code \DDD} (decimal), so that "a.b" as one label never reads like two labels and every name is
 * printable ASCII. Such a name is never a valid host name, so the resolver treats it as glibc treats
 * a name its check refuses. Names are kept per offset, so the owner names of records that point at
 * the question (nearly all of them) cost no new string. One reader per thread, reused message after message.
 */
final class WireNames {
  static final int MAX_WIRE_LENGTH = 255;
  /** Every byte of a 255-byte name as a four-character escape. */
  private static final int MAX_TEXT_LENGTH = 4 * MAX_WIRE_LENGTH;
  static final int MAX_POINTERS = 127;
  private static final int MEMO = 8;

  private static final FastThreadLocal<WireNames> PER_THREAD = new FastThreadLocal<>() {
    @Override
    protected WireNames initialValue() {
      return new WireNames();
    }
  };

  private ByteBuf message;
  private int base;
  private int end;
  private final char[] text = new char[MAX_TEXT_LENGTH];
  private final int[] memoOffset = new int[MEMO];
  private final String[] memoName = new String[MEMO];
  private int memoCount;
  private int next;

  private WireNames() {}

  /**
   * The names of the message in {@code message}'s readable bytes, read with this thread's reader
   * (its 2 KB of scratch space is made once per thread). Valid until the thread's next call.
   */
  static WireNames of(ByteBuf message) {
    WireNames names = PER_THREAD.get();
    names.message = message;
    names.base = message.readerIndex();
    names.end = message.writerIndex();
    java.util.Arrays.fill(names.memoName, 0, names.memoCount, null);
    names.memoCount = 0;
    return names;
  }

  /** Where the bytes after the last name read start, as an offset into the message. */
  int next() {
    return next;
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
        return memoName[i];
      }
    }
    int length = expand(offset);
    String name = length == 0 ? "." : new String(text, 0, length);
    if (memoCount < MEMO) {
      memoOffset[memoCount] = first;
      memoName[memoCount] = name;
      memoCount++;
    }
    return name;
  }

  /** Checks the name at {@code offset} without making its text; returns the offset just past it. */
  int skip(int offset) {
    expand(offset);
    return next;
  }

  /** Writes the name's text into {@code text} and sets {@link #next}; returns the text length. */
  private int expand(int offset) {
    int pos = offset;
    int length = 0;
    int wire = 1;
    int pointers = 0;
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
            int c = octet(pos + i);
            if (c > 0x20 && c < 0x7F && c != '\\' && c != '.') {
              text[length++] = (char) c;
            } else {
              text[length++] = '\\';
              text[length++] = (char) ('0' + c / 100);
              text[length++] = (char) ('0' + c / 10 % 10);
              text[length++] = (char) ('0' + c % 10);
            }
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
