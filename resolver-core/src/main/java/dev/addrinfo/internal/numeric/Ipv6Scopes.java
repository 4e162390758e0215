package dev.addrinfo.internal.numeric;

/**
 * The address classes glibc consults for scope ids. They differ between directions: getaddrinfo
 * resolves interface names for link-local, node-local multicast and link-local multicast addresses,
 * while getnameinfo prints interface names only for link-local and link-local multicast ones.
 */
public final class Ipv6Scopes {
  private Ipv6Scopes() {}

  /** IN6_IS_ADDR_LINKLOCAL: fe80::/10. */
  static boolean isLinkLocal(byte[] a) {
    return (a[0] & 0xff) == 0xfe && (a[1] & 0xc0) == 0x80;
  }

  /** IN6_IS_ADDR_MC_NODELOCAL: ffx1::/16, any flags. */
  static boolean isMulticastNodeLocal(byte[] a) {
    return (a[0] & 0xff) == 0xff && (a[1] & 0x0f) == 0x1;
  }

  /** IN6_IS_ADDR_MC_LINKLOCAL: ffx2::/16, any flags. */
  static boolean isMulticastLinkLocal(byte[] a) {
    return (a[0] & 0xff) == 0xff && (a[1] & 0x0f) == 0x2;
  }

  /** IN6_IS_ADDR_V4MAPPED: ::ffff:0:0/96. */
  public static boolean isV4Mapped(byte[] a) {
    for (int i = 0; i < 10; i++) {
      if (a[i] != 0) {
        return false;
      }
    }
    return (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff;
  }

  /** Where glibc's __inet6_scopeid_pton tries if_nametoindex before reading a number. */
  public static boolean namesResolvedOnInput(byte[] a) {
    return isLinkLocal(a) || isMulticastNodeLocal(a) || isMulticastLinkLocal(a);
  }

  /** Where glibc's getnameinfo prints if_indextoname instead of the number. */
  static boolean namesPrintedOnOutput(byte[] a) {
    return isLinkLocal(a) || isMulticastLinkLocal(a);
  }
}
