package dev.addrinfo.netty.transport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds the DNS answers the codec benchmark reads: header, question, records (no compression but the owner pointer). */
final class Wire {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  Wire(int id) {
    short16(id);
    short16(0x8180);
    for (int i = 0; i < 4; i++) {
      short16(0);
    }
  }

  Wire question(String name, int type) {
    out.writeBytes(name(name));
    short16(type);
    short16(1);
    return this;
  }

  /** A record owned by the question's name (a pointer to offset 12). */
  Wire pointerRecord(int type, long ttl, byte[] rdata) {
    out.write(0xC0);
    out.write(12);
    return fixed(type, ttl, rdata);
  }

  Wire record(String owner, int type, long ttl, byte[] rdata) {
    out.writeBytes(name(owner));
    return fixed(type, ttl, rdata);
  }

  Wire counts(int qd, int an, int ns, int ar) {
    byte[] b = out.toByteArray();
    out.reset();
    int[] c = {qd, an, ns, ar};
    for (int i = 0; i < 4; i++) {
      b[4 + 2 * i] = (byte) (c[i] >> 8);
      b[5 + 2 * i] = (byte) c[i];
    }
    out.writeBytes(b);
    return this;
  }

  byte[] bytes() {
    return out.toByteArray();
  }

  private Wire fixed(int type, long ttl, byte[] rdata) {
    short16(type);
    short16(1);
    short16((int) (ttl >> 16));
    short16((int) ttl);
    short16(rdata.length);
    out.writeBytes(rdata);
    return this;
  }

  static byte[] name(String name) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (String label : name.split("\\.")) {
      if (!label.isEmpty()) {
        b.write(label.length());
        b.writeBytes(label.getBytes(StandardCharsets.US_ASCII));
      }
    }
    b.write(0);
    return b.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      b.writeBytes(p);
    }
    return b.toByteArray();
  }

  private void short16(int v) {
    out.write(v >> 8);
    out.write(v);
  }
}
