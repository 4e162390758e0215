package dev.addrinfo.cli;

import java.net.Inet6Address;
import java.net.InetAddress;
import dev.addrinfo.internal.numeric.NumericHost;
import dev.addrinfo.internal.numeric.ScopeIds;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntFunction;

/**
 * Addresses as glibc prints them: {@code inet_ntop} for the bare address, and getnameinfo's
 * {@code NI_NUMERICHOST} rule for the scope suffix.
 *
 * <p>The text itself comes from resolver-core's {@link NumericHost}, checked there against glibc.
 */
final class AddressText {
  private final ScopeIds scopes;

  /**
   * @param interfaceName the interface name for a scope id, or null when there is none (if_indextoname)
   */
  AddressText(IntFunction<String> interfaceName) {
    this.scopes = new ScopeIds() {
      @Override
      public OptionalInt indexOf(String name) {
        return OptionalInt.empty();
      }

      @Override
      public Optional<String> nameOf(int index) {
        return Optional.ofNullable(interfaceName.apply(index));
      }
    };
  }

  /**
   * The address without its scope, as inet_ntop prints it. An IPv4 address in an AF_INET6 result
   * is the JDK's view of an IPv4-mapped IPv6 address, so it is printed in the mapped form.
   */
  static String bare(InetAddress address, boolean inet6Family) {
    String text = NumericHost.format(address);
    return address.getAddress().length == 4 && inet6Family ? "::ffff:" + text : text;
  }

  /**
   * The address with {@code %scope} when it has a scope id, as getnameinfo(NI_NUMERICHOST) prints
   * it: the interface name for link-local unicast and link-local multicast when the interface
   * exists, the number otherwise.
   */
  String withScope(InetAddress address, boolean inet6Family) {
    if (address instanceof Inet6Address v6) {
      return NumericHost.formatWithScope(v6, scopes);
    }
    return bare(address, inet6Family);
  }
}
