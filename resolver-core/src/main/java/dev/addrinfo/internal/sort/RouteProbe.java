package dev.addrinfo.internal.sort;

import java.net.InetAddress;

/**
 * Asks the kernel which local address it would send from to a destination, as glibc does before
 * sorting: by connecting a UDP socket to it (no packet is sent) and reading the socket's local
 * address. Implementations are thread-safe.
 */
@FunctionalInterface
public interface RouteProbe {
  /** The local address for {@code destination}, or null when the kernel has no route to it. */
  InetAddress localAddressFor(InetAddress destination);
}
