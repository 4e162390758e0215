package dev.addrinfo.internal.sort;

import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * An address as the 128 bits glibc's sorting compares: IPv6 as is, IPv4 as its IPv4-mapped form
 * {@code ::ffff:a.b.c.d}, because glibc looks IPv4 addresses up in the label and precedence tables
 * that way.
 *
 * @param high the first 64 bits
 * @param low the last 64 bits
 */
public record Bits128(long high, long low) {

  private static final long MAPPED_PREFIX = 0xffff_0000_0000L;

  /** The 128-bit form of {@code address}; an {@link Inet4Address} becomes IPv4-mapped. */
  public static Bits128 of(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (bytes.length == 4) {
      return new Bits128(0, MAPPED_PREFIX | (ipv4(bytes) & 0xffff_ffffL));
    }
    return new Bits128(longAt(bytes, 0), longAt(bytes, 8));
  }

  /** The 128-bit form of 16 bytes in network order. */
  public static Bits128 of(byte[] sixteen) {
    if (sixteen.length != 16) {
      throw new IllegalArgumentException("Not 16 bytes: " + sixteen.length);
    }
    return new Bits128(longAt(sixteen, 0), longAt(sixteen, 8));
  }

  /** An IPv4 address as a big-endian int, as glibc's IPv4 rules compute with it. */
  public static int ipv4(byte[] four) {
    return (four[0] & 0xff) << 24 | (four[1] & 0xff) << 16 | (four[2] & 0xff) << 8 | (four[3] & 0xff);
  }

  /** Whether the first {@code bits} bits (0 to 128) of this and {@code other} are equal. */
  public boolean samePrefix(Bits128 other, int bits) {
    if (bits <= 64) {
      return bits == 0 || (high ^ other.high) >>> (64 - bits) == 0;
    }
    return high == other.high && (bits == 128 ? low == other.low : (low ^ other.low) >>> (128 - bits) == 0);
  }

  /** The 32-bit word {@code index} (0 to 3), most significant first, as glibc's s6_addr32. */
  public int word(int index) {
    long half = index < 2 ? high : low;
    return (int) (index % 2 == 0 ? half >>> 32 : half);
  }

  private static long longAt(byte[] bytes, int offset) {
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = value << 8 | (bytes[offset + i] & 0xff);
    }
    return value;
  }
}
