package dev.addrinfo.internal.numeric;

/** Expected bytes written out plainly, independent of the code under test. */
final class Addresses {
  private Addresses() {}

  /** "192.0.2.1" as four bytes. */
  static byte[] quad(String dotted) {
    String[] parts = dotted.split("\\.");
    byte[] out = new byte[4];
    for (int i = 0; i < 4; i++) {
      out[i] = (byte) Integer.parseInt(parts[i]);
    }
    return out;
  }

  /** "2001:db8:0:0:0:0:0:1", all eight groups written out, as sixteen bytes. */
  static byte[] groups(String full) {
    String[] parts = full.split(":");
    if (parts.length != 8) {
      throw new IllegalArgumentException("not eight groups: " + full);
    }
    byte[] out = new byte[16];
    for (int i = 0; i < 8; i++) {
      int word = Integer.parseInt(parts[i], 16);
      out[2 * i] = (byte) (word >>> 8);
      out[2 * i + 1] = (byte) word;
    }
    return out;
  }
}
