package dev.addrinfo.testing.dnsserver;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Builds DNS messages byte by byte for tests, including broken ones: sections are written in the
 * order called and the header counts patched at the end (or forced with {@link #counts}).
 */
public final class WireBuilder {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final int[] counts = new int[4];
  private int[] forcedCounts;

  private WireBuilder(int id, int flags) {
    short16(id);
    short16(flags);
    for (int i = 0; i < 4; i++) {
      short16(0);
    }
  }

  /** A response (QR, RD, RA set), NOERROR. */
  public static WireBuilder response(int id) {
    return new WireBuilder(id, 0x8180);
  }

  public static WireBuilder withFlags(int id, int flags) {
    return new WireBuilder(id, flags);
  }

  public int position() {
    return out.size();
  }

  public WireBuilder question(String name, int type) {
    counts[0]++;
    name(name);
    short16(type);
    short16(1);
    return this;
  }

  public WireBuilder answer(String name, int type, long ttl, byte[] rdata) {
    counts[1]++;
    return record(name, type, ttl, rdata);
  }

  public WireBuilder a(String name, long ttl, String address) {
    return answer(name, 1, ttl, ip(address));
  }

  public WireBuilder aaaa(String name, long ttl, String address) {
    return answer(name, 28, ttl, ip(address));
  }

  public WireBuilder cname(String name, long ttl, String target) {
    return answer(name, 5, ttl, nameBytes(target));
  }

  /** An answer record whose owner is given in wire form (see {@link #labels}). */
  public WireBuilder answerWire(byte[] owner, int type, long ttl, byte[] rdata) {
    counts[1]++;
    return recordWire(owner, type, ttl, rdata);
  }

  public WireBuilder ptr(String name, long ttl, String target) {
    return answer(name, 12, ttl, nameBytes(target));
  }

  /** A record in the authority section. */
  public WireBuilder authority(String name, int type, long ttl, byte[] rdata) {
    counts[2]++;
    return record(name, type, ttl, rdata);
  }

  /** A record in the additional section. */
  public WireBuilder additional(String name, int type, long ttl, byte[] rdata) {
    counts[3]++;
    return record(name, type, ttl, rdata);
  }

  /** An A record in the additional section. */
  public WireBuilder additionalA(String name, long ttl, String address) {
    return additional(name, 1, ttl, ip(address));
  }

  /** An SOA in the authority section. */
  public WireBuilder soa(String zone, long ttl, long minimum) {
    counts[2]++;
    ByteArrayOutputStream rdata = new ByteArrayOutputStream();
    rdata.writeBytes(nameBytes("ns." + zone));
    rdata.writeBytes(nameBytes("hostmaster." + zone));
    for (long v : new long[] {1, 3600, 600, 86400, minimum}) {
      rdata.writeBytes(new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v});
    }
    return record(zone, 6, ttl, rdata.toByteArray());
  }

  /** An OPT record in the additional section. */
  public WireBuilder opt(int payload) {
    counts[3]++;
    out.write(0);
    short16(41);
    short16(payload);
    out.writeBytes(new byte[] {0, 0, 0, 0, 0, 0});
    return this;
  }

  /** Raw bytes, counted in no section. */
  public WireBuilder raw(int... bytes) {
    for (int b : bytes) {
      out.write(b);
    }
    return this;
  }

  public WireBuilder counts(int qd, int an, int ns, int ar) {
    forcedCounts = new int[] {qd, an, ns, ar};
    return this;
  }

  public byte[] bytes() {
    byte[] b = out.toByteArray();
    int[] c = forcedCounts != null ? forcedCounts : counts;
    for (int i = 0; i < 4; i++) {
      b[4 + 2 * i] = (byte) (c[i] >> 8);
      b[5 + 2 * i] = (byte) c[i];
    }
    return b;
  }

  private WireBuilder record(String name, int type, long ttl, byte[] rdata) {
    return recordWire(nameBytes(name), type, ttl, rdata);
  }

  private WireBuilder recordWire(byte[] owner, int type, long ttl, byte[] rdata) {
    out.writeBytes(owner);
    short16(type);
    short16(1);
    out.writeBytes(new byte[] {(byte) (ttl >> 24), (byte) (ttl >> 16), (byte) (ttl >> 8), (byte) ttl});
    short16(rdata.length);
    out.writeBytes(rdata);
    return this;
  }

  private void name(String name) {
    out.writeBytes(nameBytes(name));
  }

  /**
   * A name in wire form from its labels, each byte as given (ISO-8859-1): for labels holding a dot,
   * a space or a byte over 0x7F, which {@link #nameBytes} cannot write.
   */
  public static byte[] labels(String... labels) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (String label : labels) {
      b.write(label.length());
      b.writeBytes(label.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }
    b.write(0);
    return b.toByteArray();
  }

  public static byte[] nameBytes(String name) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (String label : name.split("\\.")) {
      if (!label.isEmpty()) {
        b.write(label.length());
        b.writeBytes(label.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      }
    }
    b.write(0);
    return b.toByteArray();
  }

  private void short16(int v) {
    out.write(v >> 8);
    out.write(v);
  }

  /** The 4 or 16 bytes of an address literal. */
  public static byte[] ip(String literal) {
    try {
      return InetAddress.getByName(literal).getAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
