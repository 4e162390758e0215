package dev.addrinfo.internal.sort;

import dev.addrinfo.spi.RouteProbe;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Finds the source address the kernel would use for a destination, as glibc does before sorting.
 * Tests pass fixed answers; {@link #system()} asks the kernel.
 */
@FunctionalInterface
public interface SourceAddressFinder {

  /**
   * The source address for {@code destination}, or empty when the kernel has no route to it (glibc:
   * {@code got_source_addr = false}, so rule 1 puts it last).
   */
  Optional<SourceAddress> find(InetAddress destination);

  /**
   * The kernel's answer: connects a UDP socket to the destination (no packet is sent) and reads its
   * local address, then looks that address up in the interface list; each destination's answer is
   * kept for a second. Costs a few system calls per new destination, plus reading the interface
   * list at most once a second.
   */
  static SourceAddressFinder system() {
    return system(new JdkRouteProbe());
  }

  /** As {@link #system()}, asking the kernel through {@code probe}. */
  static SourceAddressFinder system(RouteProbe probe) {
    return new SystemSourceAddressFinder(probe);
  }
}
