package dev.addrinfo.internal.dns;

import dev.addrinfo.internal.numeric.Ipv6Scopes;
import java.net.InetAddress;

/**
 * The PTR question name for an address: {@code d.c.b.a.in-addr.arpa.} for IPv4 and for IPv4-mapped
 * IPv6 addresses (asked as IPv4, as glibc does), nibbles in reverse under {@code ip6.arpa.} for IPv6.
 */
public final class ReverseName {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private ReverseName() {}

  public static String of(InetAddress address) {
    byte[] b = address.getAddress();
    if (b.length == 16 && Ipv6Scopes.isV4Mapped(b)) {
      return ipv4(b, 12);
    }
    if (b.length == 4) {
      return ipv4(b, 0);
    }
    StringBuilder sb = new StringBuilder(72);
    for (int i = 15; i >= 0; i--) {
      sb.append(HEX[b[i] & 0xf]).append('.').append(HEX[(b[i] >> 4) & 0xf]).append('.');
    }
    return sb.append("ip6.arpa.").toString();
  }

  private static String ipv4(byte[] b, int off) {
    return (b[off + 3] & 0xff) + "." + (b[off + 2] & 0xff) + "." + (b[off + 1] & 0xff) + "." + (b[off] & 0xff)
        + ".in-addr.arpa.";
  }
}
