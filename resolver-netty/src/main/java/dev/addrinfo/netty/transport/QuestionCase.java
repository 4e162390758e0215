package dev.addrinfo.netty.transport;

import io.netty.buffer.ByteBuf;

/**
 * DNS 0x20 (draft-vixie-dnsext-dns0x20): the question name of a query sent with the case of each
 * ASCII letter flipped by a random bit, and the answer's copy of the question checked letter for
 * letter. Servers copy the question into the answer byte for byte (RFC 1035 section 4.1.1), so the
 * real answer carries the case sent; a forger who does not see the query must guess one more bit
 * per letter, on top of the ID and the port.
 *
 * <p>An exchange's bits are one {@code long}: bit {@code i} flips the {@code i}-th letter of the
 * name (counting letters only, at most {@value #MAX_LETTERS}: past that many letters the rest go
 * as given, 63 bits being far beyond what a forger can guess), and bit 63, {@link #RANDOMIZED}, is
 * set in every randomized exchange so that 0 means "sent as given". No object is made per query.
 *
 * <p><b>An answer in another case</b> is dropped, but it does not leave the try waiting for a
 * better one, as a wrong ID does: it is nearly always the server's own answer (some forwarders and
 * middleboxes lower-case names), since a forger must have guessed port and ID to get this far, and
 * waiting would turn every query to such a server into a timeout. The try asks the same server
 * again at once with the name as given. A forger who guessed port and ID but not the case thus
 * wins nothing but that second query, and must guess port and ID again for it, within its round
 * trip: p^2 where p is its chance against a query without 0x20, against p / 2^letters for guessing
 * the case too. For any flood short of 2^(31 - letters) packets per round trip (2^18 for
 * www.example.com) p^2 is the smaller, so asking again costs less than a bit of the letters'
 * protection, and a server that does not keep case costs a round trip instead of a timeout.
 * {@link CaseMemory} then stops randomizing for a server that changed the case of 3 tries in a row,
 * which a forger could only bring about with 3 such guesses in a row.
 *
 * <p>Unbound's use-caps-for-id answers a case mismatch in a similar way (it asks again without
 * 0x20, there of every server of the zone, and takes the answer only if they all agree); a stub has
 * no set of authoritative servers to compare, hence the single re-ask and the memory.
 */
final class QuestionCase {
  static final long RANDOMIZED = 1L << 63;
  static final int MAX_LETTERS = 63;

  /** {@link #check}: the answer's question is the name exactly as sent (now rewritten as given). */
  static final int AS_SENT = 0;
  /** {@link #check}: the answer's question is the name, but with some letter in another case. */
  static final int CASE_CHANGED = 1;
  /** {@link #check}: no question (judged by its rcode), or another name (never taken). */
  static final int OTHER = 2;
  /** {@link #echo}: the exchange sent the name as given; the ordinary question check compares it. */
  static final int UNCHECKED = 3;

  private QuestionCase() {}

  /**
   * Random bits for sending {@code name}: as many as it can have letters (one per character, up to
   * {@value #MAX_LETTERS}), drawn 16 at a time, so "www.example.com." costs one 16-bit draw.
   */
  static long draw(String name, RandomBits random) {
    return random.bits(Math.min(name.length(), MAX_LETTERS)) | RANDOMIZED;
  }

  /** Writes {@code name} (checked by {@link QueryMessages#problemWith}) as labels, letters flipped by {@code bits}. */
  static void writeName(ByteBuf b, String name, long bits) {
    long flips = bits & ~RANDOMIZED;
    int labelStart = 0;
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) != '.') {
        continue;
      }
      int len = i - labelStart;
      if (len > 0) {
        b.writeByte(len);
        for (int j = labelStart; j < i; j++) {
          int c = name.charAt(j);
          if (isLetter(c)) {
            c ^= (int) (flips & 1) << 5;
            flips >>>= 1;
          }
          b.writeByte(c);
        }
      }
      labelStart = i + 1;
    }
    b.writeByte(0);
  }

  /**
   * How the answer in {@code msg} to {@code query}'s exchange copied the question:
   * {@link #UNCHECKED} when the name went as given, else as {@link #check}. An answer in exactly the
   * case sent tells the server's {@link CaseMemory} that it keeps case.
   */
  static int echo(ByteBuf msg, Query query) {
    if (query.caseBits == 0) {
      return UNCHECKED;
    }
    int echo = check(msg, query.question.name(), query.caseBits);
    if (echo == AS_SENT) {
      ((UdpSocket) query.host).lane.caseMemory.kept();
    }
    return echo;
  }

  /**
   * Compares the question name of the response in {@code msg} (its readable bytes) with {@code name}
   * as sent with {@code bits}, in one pass, and writes each flipped letter it finds as sent back in
   * the case the caller gave it. So an answer in exactly the case sent reads, for the decoder, as an
   * answer to the name as given: every name it reads through a compression pointer into the
   * question (owner names, and the suffixes of CNAME targets that servers such as Unbound compress
   * into it) comes out as glibc, which sends the name as given, would read it. The rest of the
   * message is left alone. (Letters of a question that turns out to be another name or another case
   * may be rewritten too; such a message is dropped whatever its case.)
   */
  static int check(ByteBuf msg, String name, long bits) {
    int base = msg.readerIndex();
    int end = msg.writerIndex();
    int start = base + ResponseReader.HEADER_LENGTH;
    if (start >= end || msg.getUnsignedShort(base + 4) == 0) {
      return OTHER;
    }
    int last = name.length() - 1; // the final dot; byte start + i + 1 holds character i
    if (last == 0) {
      return msg.getByte(start) == 0 ? AS_SENT : OTHER; // the root
    }
    if (start + last + 1 >= end || msg.getByte(start + last + 1) != 0) {
      return OTHER;
    }
    long flips = bits & ~RANDOMIZED;
    boolean changed = false;
    for (int w = 0; w <= last; w++) {
      int got = msg.getUnsignedByte(start + w);
      int given = w == 0 ? '.' : name.charAt(w - 1);
      if (given == '.') {
        if (got != name.indexOf('.', w) - w) {
          return OTHER;
        }
      } else if (!isLetter(given)) {
        if (got != given) {
          return OTHER;
        }
      } else {
        boolean flipped = (flips & 1) != 0;
        flips >>>= 1;
        int sent = flipped ? given ^ 0x20 : given;
        if (got == sent) {
          if (flipped) {
            msg.setByte(start + w, given);
          }
        } else if (got == (sent ^ 0x20)) {
          changed = true;
        } else {
          return OTHER;
        }
      }
    }
    return changed ? CASE_CHANGED : AS_SENT;
  }

  private static boolean isLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
