package dev.addrinfo.internal.ifaddr;

import java.io.UncheckedIOException;

/**
 * Which address families the host has addresses in, for AI_ADDRCONFIG, counted as glibc 2.36's
 * {@code __check_pf} counts them: loopback means exactly 127.0.0.1 and ::1; other 127/8 addresses,
 * IPv6 link-local addresses and addresses on interfaces that are down all count.
 */
public interface InterfaceAddresses {

  /** Whether any interface has an IPv4 address other than 127.0.0.1. */
  boolean hasNonLoopbackIpv4();

  /** Whether any interface has an IPv6 address other than ::1. */
  boolean hasNonLoopbackIpv6();

  /**
   * The live system: each call reads the interface list afresh (a few system calls per interface),
   * as glibc re-asks the kernel on each getaddrinfo call. When the list cannot be read, both
   * answers are true, as glibc is then "pessimistic" and filters nothing.
   */
  static InterfaceAddresses system() {
    return new InterfaceAddresses() {
      @Override
      public boolean hasNonLoopbackIpv4() {
        try {
          return InterfaceList.read().hasNonLoopbackIpv4();
        } catch (UncheckedIOException e) {
          return true;
        }
      }

      @Override
      public boolean hasNonLoopbackIpv6() {
        try {
          return InterfaceList.read().hasNonLoopbackIpv6();
        } catch (UncheckedIOException e) {
          return true;
        }
      }
    };
  }
}
