package dev.addrinfo.internal.gai;

import dev.addrinfo.AddrInfoException;
import dev.addrinfo.EaiError;
import dev.addrinfo.Hints;
import dev.addrinfo.Linux;

/** The checks glibc's getaddrinfo makes before any lookup, in its order. */
final class HintsCheck {
  /** AI_IDN_ALLOW_UNASSIGNED and AI_IDN_USE_STD3_ASCII_RULES: glibc 2.36 still accepts them, and ignores them. */
  private static final int DEPRECATED_IDN = 0x0300;
  static final int KNOWN_FLAGS = Linux.AI_PASSIVE | Linux.AI_CANONNAME | Linux.AI_NUMERICHOST
      | Linux.AI_ADDRCONFIG | Linux.AI_V4MAPPED | Linux.AI_IDN | Linux.AI_CANONIDN | Linux.AI_NUMERICSERV
      | Linux.AI_ALL | DEPRECATED_IDN;

  private HintsCheck() {}

  static void check(String host, String service, Hints hints) throws AddrInfoException {
    if (host == null && service == null) {
      throw new AddrInfoException(EaiError.EAI_NONAME, "neither host nor service given");
    }
    int unknown = hints.flags() & ~KNOWN_FLAGS;
    if (unknown != 0) {
      throw new AddrInfoException(EaiError.EAI_BADFLAGS, "unknown flag bits 0x" + Integer.toHexString(unknown));
    }
    if (host == null && hints.has(Linux.AI_CANONNAME)) {
      throw new AddrInfoException(EaiError.EAI_BADFLAGS, "AI_CANONNAME without a host");
    }
    int f = hints.family();
    if (f != Linux.AF_UNSPEC && f != Linux.AF_INET && f != Linux.AF_INET6) {
      throw new AddrInfoException(EaiError.EAI_FAMILY, "family " + f);
    }
  }
}
