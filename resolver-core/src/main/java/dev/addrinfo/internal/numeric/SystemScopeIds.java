package dev.addrinfo.internal.numeric;

import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Optional;
import java.util.OptionalInt;

/** {@link ScopeIds} answered by the JDK's view of the host's interfaces. */
final class SystemScopeIds implements ScopeIds {
  static final SystemScopeIds INSTANCE = new SystemScopeIds();

  /** Linux's IFNAMSIZ less the terminating NUL: if_nametoindex() fails on longer names without asking. */
  private static final int MAX_NAME_LENGTH = 15;

  private SystemScopeIds() {}

  @Override
  public OptionalInt indexOf(String interfaceName) {
    if (interfaceName.isEmpty() || interfaceName.length() > MAX_NAME_LENGTH) {
      return OptionalInt.empty();
    }
    try {
      NetworkInterface nif = NetworkInterface.getByName(interfaceName);
      // A virtual (alias) interface has index -1 in the JDK; if_nametoindex has no such thing.
      return nif == null || nif.getIndex() <= 0 ? OptionalInt.empty() : OptionalInt.of(nif.getIndex());
    } catch (SocketException e) {
      return OptionalInt.empty();
    }
  }

  @Override
  public Optional<String> nameOf(int index) {
    if (index <= 0) {
      return Optional.empty();
    }
    try {
      NetworkInterface nif = NetworkInterface.getByIndex(index);
      return nif == null ? Optional.empty() : Optional.of(nif.getName());
    } catch (SocketException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "ScopeIds.system()";
  }
}
