package dev.addrinfo.internal.numeric;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Looks up network interfaces for IPv6 scope ids, as if_nametoindex(3) and if_indextoname(3) do.
 * {@link #system()} asks the JDK's {@link java.net.NetworkInterface}; tests pass a fake.
 */
public interface ScopeIds {
  /** The index of the interface with this exact name, or empty when there is none. */
  OptionalInt indexOf(String interfaceName);

  /** The name of the interface with this index, or empty when there is none. */
  Optional<String> nameOf(int index);

  /**
   * The host's interfaces. Each call enumerates them through the JDK (tens of microseconds and some
   * garbage), which is acceptable because only literals with a {@code %scope} suffix reach it.
   */
  static ScopeIds system() {
    return SystemScopeIds.INSTANCE;
  }
}
