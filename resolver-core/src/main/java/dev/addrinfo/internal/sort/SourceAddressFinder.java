package dev.addrinfo.internal.sort;

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
   * local address, then looks that address up in the interface list. Costs one socket and two
   * system calls per destination, plus reading the interface list at most once a second.
   */
  static SourceAddressFinder system() {
    return new SystemSourceAddressFinder();
  }
}
