package dev.addrinfo.netty.internal;

import dev.addrinfo.spi.DnsQuestion;
import io.netty.handler.codec.dns.AbstractDnsOptPseudoRrRecord;
import io.netty.handler.codec.dns.DatagramDnsQuery;
import io.netty.handler.codec.dns.DefaultDnsQuery;
import io.netty.handler.codec.dns.DefaultDnsQuestion;
import io.netty.handler.codec.dns.DnsQuery;
import io.netty.handler.codec.dns.DnsRecordType;
import io.netty.handler.codec.dns.DnsSection;
import java.net.InetSocketAddress;

/**
 * Builds the netty-codec-dns query messages the transport writes (its channels encode them with
 * {@code DatagramDnsQueryEncoder} and {@code TcpDnsQueryEncoder}): one question of class IN and,
 * with EDNS0, an OPT record advertising a 1232-byte UDP payload (the DNS Flag Day 2020 figure: fits a
 * 1280-byte IPv6 MTU without fragmentation), no options and no DO bit. Also checks, before anything is
 * sent, that a name can be written.
 */
public final class QueryMessages {
  public static final int EDNS_PAYLOAD_SIZE = 1232;
  /** The longest name on the wire (RFC 1035 section 2.3.4), length bytes and root label included. */
  public static final int MAX_NAME_WIRE_LENGTH = 255;
  // Immutable and not reference-counted, so one instance serves every query.
  private static final Edns0 EDNS0 = new Edns0();

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
      // Only printable ASCII without '\\': answers are matched to it byte for byte (ignoring case),
      // and Netty would put non-ASCII names through IDN.
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

  /** A query for a UDP channel; the name must have passed {@link #problemWith}. */
  static DatagramDnsQuery udp(InetSocketAddress server, int id, DnsQuestion question, boolean rd, boolean edns0) {
    return fill(new DatagramDnsQuery(null, server, id), question, rd, edns0);
  }

  /** A query for a TCP channel (the encoder adds the length prefix). */
  static DnsQuery tcp(int id, DnsQuestion question, boolean rd, boolean edns0) {
    return fill(new DefaultDnsQuery(id), question, rd, edns0);
  }

  private static <Q extends DnsQuery> Q fill(Q query, DnsQuestion question, boolean rd, boolean edns0) {
    query.setRecursionDesired(rd);
    query.addRecord(DnsSection.QUESTION,
        new DefaultDnsQuestion(question.name(), DnsRecordType.valueOf(question.type().code())));
    if (edns0) {
      query.addRecord(DnsSection.ADDITIONAL, EDNS0);
    }
    return query;
  }

  /** OPT: payload size in the class field; extended rcode 0, version 0, no flags in the TTL field. */
  private static final class Edns0 extends AbstractDnsOptPseudoRrRecord {
    Edns0() {
      super(EDNS_PAYLOAD_SIZE, 0, 0);
    }
  }
}
