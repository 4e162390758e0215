package dev.addrinfo.netty.internal;

import io.netty.buffer.ByteBuf;
import io.netty.channel.socket.DatagramPacket;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.dns.DatagramDnsResponseDecoder;
import io.netty.handler.codec.dns.DnsOpCode;
import io.netty.handler.codec.dns.DnsRecord;
import io.netty.handler.codec.dns.DnsResponse;
import io.netty.handler.codec.dns.DnsSection;
import java.net.InetSocketAddress;

/**
 * Reads one DNS response, from a datagram or a TCP frame, with netty-codec-dns
 * ({@code DatagramDnsResponseDecoder} and {@link StrictRecordDecoder}), checks what Netty leaves to
 * its caller, and maps it to the core's types ({@link ResponseMapping}). Netty's message and records
 * are released before this returns, on every path; the buffer read is not moved or released.
 *
 * <p>Rejected, as a {@link CorruptedFrameException} (never another exception): whatever Netty
 * rejects (a query, a name or record running past the end, compression loops, pointers out of the
 * message, labels over 63 bytes), whatever {@link StrictRecordDecoder} adds, and further: fewer
 * records than the header counts (Netty returns what it could read), more than one question, an
 * opcode other than QUERY, a question name over 255 bytes.
 *
 * <p>Netty turns names into text by reading labels as UTF-8 and putting every record's owner name
 * through {@code IDN.toASCII}, so two different wire names can give one string (a label holding a
 * dot reads like two labels). That is why the question is compared on the wire
 * ({@link QuestionMatch}), and why answers whose names hold anything but printable ASCII are dropped.
 * The per-record IDN pass costs about a microsecond per response.
 */
public final class ResponseReader extends DatagramDnsResponseDecoder {
  public static final int HEADER_LENGTH = 12;
  // Stateless: Netty's decoder keeps nothing between messages, so one instance serves every loop.
  private static final ResponseReader INSTANCE = new ResponseReader();
  private static final DnsSection[] SECTIONS = {
      DnsSection.QUESTION, DnsSection.ANSWER, DnsSection.AUTHORITY, DnsSection.ADDITIONAL};

  private ResponseReader() {
    super(StrictRecordDecoder.INSTANCE);
  }

  /**
   * Decodes the message in {@code msg}'s readable bytes, as sent by {@code server}.
   *
   * @throws CorruptedFrameException naming what is wrong, for any message that cannot be read safely
   */
  public static DecodedMessage read(ByteBuf msg, InetSocketAddress server) {
    if (msg.readableBytes() < HEADER_LENGTH) {
      throw new CorruptedFrameException("message of " + msg.readableBytes() + " bytes is shorter than a DNS header");
    }
    // Netty follows compression pointers as buffer indexes, so the message must start at index 0.
    ByteBuf message = msg.slice();
    DnsResponse response;
    try {
      response = INSTANCE.decodeResponse(null, new DatagramPacket(message, null, server));
    } catch (CorruptedFrameException e) {
      throw e;
    } catch (Exception e) {
      // IndexOutOfBoundsException (a question cut off), TooLongFrameException, IDN's IllegalArgumentException
      throw new CorruptedFrameException(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    try {
      check(response, message);
      return ResponseMapping.map(response);
    } finally {
      response.release();
    }
  }

  private static void check(DnsResponse response, ByteBuf message) {
    if (!DnsOpCode.QUERY.equals(response.opCode())) {
      throw new CorruptedFrameException("opcode " + response.opCode().byteValue() + " is not QUERY");
    }
    for (int i = 0; i < SECTIONS.length; i++) {
      int counted = message.getUnsignedShort(4 + 2 * i);
      if (response.count(SECTIONS[i]) != counted) {
        throw new CorruptedFrameException("header counts " + counted + " " + SECTIONS[i]
            + " records but the message holds " + response.count(SECTIONS[i]));
      }
    }
    if (response.count(DnsSection.QUESTION) > 1) {
      throw new CorruptedFrameException("response has " + response.count(DnsSection.QUESTION) + " questions");
    }
    if (response.count(DnsSection.QUESTION) == 1) {
      DnsRecord question = response.recordAt(DnsSection.QUESTION);
      StrictRecordDecoder.checkLength(question.name());
    }
  }
}
