package dev.addrinfo.internal.sort;

import java.net.InetAddress;
import java.util.Objects;

/**
 * The source address the kernel picks for one destination, plus what glibc's {@code __check_pf}
 * learns about it from the interface list. glibc only has that list when the host has an IPv6
 * address other than ::1; otherwise, or when the address is not on it, every source is
 * {@link #unlisted}: prefix length 0, no flags, unknown interface.
 *
 * @param address the local address of a UDP socket connected to the destination
 * @param prefixLength the prefix length of the interface address (rule 9 for IPv4); 0 if unlisted
 * @param deprecated IFA_F_DEPRECATED or IFA_F_OPTIMISTIC is set on it (rule 3)
 * @param homeAddress IFA_F_HOMEADDRESS (Mobile IPv6) is set on it (rule 4)
 * @param interfaceIndex the interface it is on, or {@link #UNKNOWN_INTERFACE} (rule 7)
 * @param tunnel the interface is an IPv4/IPv6 tunnel or SIT device (rule 7)
 */
public record SourceAddress(
    InetAddress address,
    int prefixLength,
    boolean deprecated,
    boolean homeAddress,
    int interfaceIndex,
    boolean tunnel) {

  /** glibc's index 0xffffffff: the address is not on the interface list. */
  public static final int UNKNOWN_INTERFACE = -1;

  public SourceAddress {
    Objects.requireNonNull(address, "address");
    int max = address.getAddress().length * 8;
    if (prefixLength < 0 || prefixLength > max) {
      throw new IllegalArgumentException("Prefix length out of range: " + prefixLength);
    }
  }

  /** A source glibc found no interface-list entry for. */
  public static SourceAddress unlisted(InetAddress address) {
    return new SourceAddress(address, 0, false, false, UNKNOWN_INTERFACE, false);
  }

  /** A listed, non-deprecated source on a native (non-tunnel) interface. */
  public static SourceAddress listed(InetAddress address, int prefixLength, int interfaceIndex) {
    return new SourceAddress(address, prefixLength, false, false, interfaceIndex, false);
  }

  /**
   * Rule 7's "native transport": glibc asks the kernel for the interface's type and counts an
   * unknown interface as not native.
   */
  boolean nativeTransport() {
    return interfaceIndex != UNKNOWN_INTERFACE && !tunnel;
  }
}
