package dev.addrinfo;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * One result of getaddrinfo: a socket address with the family, socket type and protocol to open it
 * with, as Linux's numbers. The canonical name is set on the first result only, and only when
 * AI_CANONNAME was asked; otherwise it is the empty string.
 *
 * @since 0.1
 */
public record AddrInfo(int family, int socketType, int protocol, String canonicalName, InetSocketAddress address) {
  /**
   * Checks the fields; no look-up, no I/O.
   *
   * @param family {@link Linux#AF_INET} or {@link Linux#AF_INET6}
   * @param socketType a {@code SOCK_*} value, e.g. {@link Linux#SOCK_STREAM}
   * @param protocol an {@code IPPROTO_*} value, e.g. {@link Linux#IPPROTO_TCP}
   * @param canonicalName the canonical name, or the empty string where there is none
   * @param address the resolved address and port
   * @throws IllegalArgumentException if {@code address} is unresolved
   */
  public AddrInfo {
    Objects.requireNonNull(canonicalName, "canonicalName");
    Objects.requireNonNull(address, "address");
    if (address.isUnresolved()) {
      throw new IllegalArgumentException("address is unresolved: " + address);
    }
  }

  /** {@return the port, 0 for a null service} */
  public int port() {
    return address.getPort();
  }

  /** {@return the IPv6 scope id, 0 for IPv4 and for global IPv6 addresses} */
  public int scopeId() {
    return address.getAddress() instanceof Inet6Address a ? a.getScopeId() : 0;
  }
}
