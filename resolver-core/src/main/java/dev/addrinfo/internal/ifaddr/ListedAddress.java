package dev.addrinfo.internal.ifaddr;

import java.net.InetAddress;
import java.util.Objects;

/**
 * One address on one interface, with what glibc's {@code __check_pf} keeps of it.
 *
 * @param address the address
 * @param prefixLength its prefix length
 * @param interfaceIndex the kernel's interface index
 * @param deprecated IFA_F_DEPRECATED or IFA_F_OPTIMISTIC is set (IPv6 only)
 * @param homeAddress IFA_F_HOMEADDRESS is set (IPv6 only)
 * @param tunnel the interface's type is ARPHRD_TUNNEL, ARPHRD_TUNNEL6 or ARPHRD_SIT
 */
public record ListedAddress(
    InetAddress address,
    int prefixLength,
    int interfaceIndex,
    boolean deprecated,
    boolean homeAddress,
    boolean tunnel) {

  public ListedAddress {
    Objects.requireNonNull(address, "address");
  }
}
