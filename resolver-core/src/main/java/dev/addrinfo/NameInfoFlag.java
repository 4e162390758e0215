package dev.addrinfo;

import java.util.Set;

/**
 * The {@code NI_*} flags of getnameinfo(3).
 *
 * @since 0.1
 */
public enum NameInfoFlag {
  /** Return the numeric form of the address, never a name. */
  NUMERICHOST(Linux.NI_NUMERICHOST),
  /** Return the port as a number, never a service name. */
  NUMERICSERV(Linux.NI_NUMERICSERV),
  /** Return only the first label of a name in the local domain. */
  NOFQDN(Linux.NI_NOFQDN),
  /** Fail with EAI_NONAME rather than return the numeric form when no name is found. */
  NAMEREQD(Linux.NI_NAMEREQD),
  /** Look the service up as a UDP service rather than TCP. */
  DGRAM(Linux.NI_DGRAM),
  /**
   * Convert the name found from its ASCII ("xn--") form to Unicode, as glibc does (NI_IDN); a name
   * that does not decode is returned as found.
   */
  IDN(Linux.NI_IDN);

  private final int bit;

  NameInfoFlag(int bit) {
    this.bit = bit;
  }

  /** {@return Linux's {@code NI_*} bit for this flag} */
  public int bit() {
    return bit;
  }

  /**
   * The flags as Linux's bit mask.
   *
   * @param flags any of the flags
   * @return the bits or-ed together, 0 for none
   */
  public static int toBits(Set<NameInfoFlag> flags) {
    int bits = 0;
    for (NameInfoFlag f : flags) {
      bits |= f.bit;
    }
    return bits;
  }
}
