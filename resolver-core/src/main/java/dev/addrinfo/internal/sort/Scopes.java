package dev.addrinfo.internal.sort;

import java.net.InetAddress;
import java.util.List;

/**
 * Address scope as glibc's sorting computes it (rules 2 and 8). IPv6: multicast takes the scope
 * field of the address; fe80::/10 and ::1 are link-local (2); fec0::/10 is site-local (5); every
 * other address, IPv4-mapped ones included, is global (14). IPv4: the first matching row of the
 * {@code scopev4} table.
 */
final class Scopes {

  static final int LINK_LOCAL = 2;
  static final int SITE_LOCAL = 5;
  static final int GLOBAL = 14;

  private static final Bits128 LOOPBACK = new Bits128(0, 1);

  private Scopes() {}

  /**
   * The scope of {@code address} in the family of the destination it belongs to: glibc sees the
   * source of an AF_INET6 destination as IPv6 even when Java reports it as an {@code Inet4Address}
   * (an IPv4-mapped destination), and then it is global.
   */
  static int of(InetAddress address, boolean ipv4Family, List<ScopeEntry> scopev4) {
    Bits128 bits = Bits128.of(address);
    return ipv4Family ? ipv4(bits.word(3), scopev4) : ipv6(bits);
  }

  static int ipv4(int ipv4, List<ScopeEntry> scopev4) {
    for (ScopeEntry entry : scopev4) {
      if (entry.matches(ipv4)) {
        return entry.scope();
      }
    }
    return DefaultPolicy.CATCH_ALL_SCOPE;
  }

  static int ipv6(Bits128 address) {
    int first = address.word(0) >>> 16;
    if (first >>> 8 == 0xff) {
      return first & 0x0f;
    }
    if ((first & 0xffc0) == 0xfe80 || address.equals(LOOPBACK)) {
      return LINK_LOCAL;
    }
    if ((first & 0xffc0) == 0xfec0) {
      return SITE_LOCAL;
    }
    return GLOBAL;
  }

  /** The value of the first row of {@code table} that matches, as glibc's match_prefix. */
  static int lookup(List<PolicyEntry> table, Bits128 address, int fallback) {
    for (PolicyEntry entry : table) {
      if (entry.matches(address)) {
        return entry.value();
      }
    }
    return fallback;
  }
}
