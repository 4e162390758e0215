package dev.addrinfo.testing.dnsserver;

/**
 * Well-formed answers to a {@link DnsRequest}, for scripts that only misbehave now and then. Every
 * one echoes the question and sets QR and RD; RA is set unless the name says otherwise.
 */
public final class Answers {
  public static final int NOERROR = 0;
  public static final int FORMERR = 1;
  public static final int SERVFAIL = 2;
  public static final int NXDOMAIN = 3;
  public static final int NOTIMP = 4;
  public static final int REFUSED = 5;
  /** QR, RD and RA. */
  public static final int FLAGS = 0x8180;
  /** Added to {@link #FLAGS}: the answer was cut to fit (TC). */
  public static final int TC = 0x0200;
  /** Added to {@link #FLAGS}: the server is authoritative (AA). */
  public static final int AA = 0x0400;
  /** Added to {@link #FLAGS}: the data was validated (AD). */
  public static final int AD = 0x0020;
  public static final int TYPE_A = 1;
  public static final int TYPE_CNAME = 5;
  public static final int TYPE_PTR = 12;
  public static final int TYPE_AAAA = 28;
  public static final long TTL = 300;

  private Answers() {}

  /** A NOERROR reply echoing the question, with no records yet. */
  public static WireBuilder reply(DnsRequest r) {
    return reply(r, FLAGS);
  }

  /** A reply echoing the question with the given flags word (opcode, bits and rcode). */
  public static WireBuilder reply(DnsRequest r, int flags) {
    return WireBuilder.withFlags(r.id(), flags).question(r.name(), r.type());
  }

  /**
   * The addresses of the asked family among {@code addresses} (IPv4 ones for A, IPv6 ones for AAAA),
   * owned by the question name in the client's spelling; NOERROR with none when the family has none.
   */
  public static byte[] addresses(DnsRequest r, String... addresses) {
    WireBuilder w = reply(r);
    for (String a : addresses) {
      boolean v6 = a.indexOf(':') >= 0;
      if (r.type() == TYPE_A && !v6) {
        w.a(r.name(), TTL, a);
      } else if (r.type() == TYPE_AAAA && v6) {
        w.aaaa(r.name(), TTL, a);
      }
    }
    return w.bytes();
  }

  /** A reply with this rcode (and no records), the question echoed. */
  public static byte[] rcode(DnsRequest r, int rcode) {
    return reply(r, FLAGS | rcode).bytes();
  }

  /** A bare 12-byte header with this rcode: no question section at all. */
  public static byte[] headerOnly(DnsRequest r, int rcode) {
    return WireBuilder.withFlags(r.id(), FLAGS | rcode).bytes();
  }

  /** NXDOMAIN with an SOA of the name's top-level zone (negative TTL 60). */
  public static byte[] nxdomain(DnsRequest r) {
    return reply(r, FLAGS | AA | NXDOMAIN).soa(topZone(r.name()), 60, 60).bytes();
  }

  /** NOERROR without records, with an SOA (negative TTL 60): the name exists, the type does not. */
  public static byte[] nodata(DnsRequest r) {
    return reply(r, FLAGS | AA).soa(topZone(r.name()), 60, 60).bytes();
  }

  /** A lame answer: NOERROR, no records, neither AA nor RA (a server that is no help for the name). */
  public static byte[] lame(DnsRequest r) {
    return reply(r, 0x8100).bytes();
  }

  static String topZone(String name) {
    String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    int dot = n.lastIndexOf('.');
    return (dot < 0 ? n : n.substring(dot + 1)) + ".";
  }
}
