package dev.addrinfo.cli;

import dev.addrinfo.NumericAddresses;
import java.net.InetAddress;
import java.util.function.IntFunction;

/**
 * Addresses as glibc prints them: {@code inet_ntop} for the bare address, and getnameinfo's
 * {@code NI_NUMERICHOST} rule for the scope suffix, both from {@link NumericAddresses}.
 */
final class AddressText {
  private final IntFunction<String> interfaceName;

  /**
   * @param interfaceName the interface name for a scope id, or null when there is none (if_indextoname)
   */
  AddressText(IntFunction<String> interfaceName) {
    this.interfaceName = interfaceName;
  }

  /**
   * The address without its scope, as inet_ntop prints it. An IPv4 address in an AF_INET6 result
   * is the JDK's view of an IPv4-mapped IPv6 address, so it is printed in the mapped form.
   */
  static String bare(InetAddress address, boolean inet6Family) {
    String text = NumericAddresses.toString(address);
    return address.getAddress().length == 4 && inet6Family ? "::ffff:" + text : text;
  }

  /**
   * The address with {@code %scope} when it has a scope id, as getnameinfo(NI_NUMERICHOST) prints
   * it: the interface name for link-local unicast and link-local multicast when the interface
   * exists, the number otherwise.
   */
  String withScope(InetAddress address, boolean inet6Family) {
    if (address.getAddress().length == 16) {
      return NumericAddresses.toHostString(address, interfaceName);
    }
    return bare(address, inet6Family);
  }
}
