package dev.addrinfo.spi;

import java.net.InetAddress;

/**
 * Asks the kernel which local address it would send from to a destination, as glibc does before
 * sorting: by connecting a UDP socket to it (no packet is sent) and reading the socket's local
 * address. Implementations are thread-safe. A transport that can do this more cheaply than the JDK
 * (Netty's native sockets: three system calls, no channel) offers one through
 * {@link DnsTransport#routeProbe()}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface RouteProbe {
  /**
   * The local address the kernel would send from to {@code destination}. Blocks for the system
   * calls only (no packet is sent).
   *
   * @param destination the address to reach
   * @return the local address, or null when the kernel has no route to it
   */
  InetAddress localAddressFor(InetAddress destination);
}
