package dev.addrinfo;

import dev.addrinfo.internal.numeric.InetPton;
import dev.addrinfo.internal.numeric.NumericHost;
import dev.addrinfo.internal.numeric.ScopeIds;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntFunction;

/**
 * Numeric IP addresses in text, read and written exactly as glibc does, without ever looking a
 * name up: {@code InetAddress.getByName("example")} asks DNS, these methods only parse. Every
 * method is a pure function of its argument (the {@code %scope} forms also read the machine's
 * interface list), costs well under a microsecond for an address and allocates only what it
 * returns; text that is not an address is rejected at its first bad character.
 *
 * <ul>
 *   <li>{@link #forString}: inet_pton(3), the strict grammar of /etc/hosts and of most protocols:
 *       a dotted quad of four decimal parts without leading zeros, or IPv6 text (with a dotted
 *       quad in its last 32 bits, no brackets, no scope).
 *   <li>{@link #forHostString}: what getaddrinfo(3) takes as a numeric host: inet_aton(3)'s IPv4
 *       forms ({@code 127.1}, {@code 0x7f.1}, {@code 017700000001}) and IPv6 with an optional
 *       {@code %scope} (interface name or number).
 *   <li>{@link #toString(InetAddress)}: inet_ntop(3) text; {@link #toHostString} adds an IPv6
 *       scope as getnameinfo(3) with {@code NI_NUMERICHOST} prints it.
 * </ul>
 *
 * <p>IPv4-mapped IPv6 text ({@code ::ffff:192.0.2.1}) gives an {@link Inet6Address}, never the
 * {@link Inet4Address} inside, as the C functions keep the family they were given.
 *
 * @since 0.1
 */
public final class NumericAddresses {
  private NumericAddresses() {}

  /**
   * The address in {@code text} by inet_pton(3)'s rules, IPv4 or IPv6.
   *
   * @param text the address, e.g. {@code 192.0.2.1} or {@code 2001:db8::1}
   * @return the address, with no host name
   * @throws IllegalArgumentException naming the text when it is not exactly one address
   */
  public static InetAddress forString(String text) {
    Objects.requireNonNull(text, "text");
    byte[] v4 = InetPton.ipv4(text);
    if (v4 != null) {
      return NumericHost.address(v4);
    }
    byte[] v6 = InetPton.ipv6(text);
    if (v6 != null) {
      return NumericHost.address(v6);
    }
    throw new IllegalArgumentException("'" + text + "' is not an IPv4 or IPv6 address (inet_pton)");
  }

  /**
   * Whether {@link #forString} would take {@code text}.
   *
   * @param text any text
   * @return true if it is an address by inet_pton(3)'s rules
   */
  public static boolean isInetAddress(String text) {
    Objects.requireNonNull(text, "text");
    return InetPton.ipv4(text) != null || InetPton.ipv6(text) != null;
  }

  /**
   * The address in {@code text} as getaddrinfo(3) reads a numeric host ({@code AI_NUMERICHOST}):
   * any inet_aton(3) IPv4 form, or IPv6 text with an optional {@code %scope}, an interface name
   * or a decimal index, checked against this machine's interfaces as glibc checks it.
   *
   * @param text the numeric host, e.g. {@code 127.1} or {@code fe80::1%lo}
   * @return the address, with its scope id where the text has one
   * @throws IllegalArgumentException naming the text when it is not a numeric host, or its scope
   *     is not an interface here
   */
  public static InetAddress forHostString(String text) {
    Objects.requireNonNull(text, "text");
    InetAddress a;
    try {
      a = NumericHost.toAddress(text, Linux.AF_UNSPEC, false, ScopeIds.system());
    } catch (AddrInfoException e) {
      throw new IllegalArgumentException("'" + text + "': " + e.getMessage(), e);
    }
    if (a == null) {
      throw new IllegalArgumentException("'" + text + "' is not a numeric IPv4 or IPv6 address");
    }
    return a;
  }

  /**
   * inet_ntop(3) text of {@code address}: {@code 192.0.2.1}, {@code 2001:db8::1}, no scope.
   *
   * @param address an IPv4 or IPv6 address
   * @return its text
   */
  public static String toString(InetAddress address) {
    return NumericHost.format(Objects.requireNonNull(address, "address"));
  }

  /**
   * getnameinfo(3) {@code NI_NUMERICHOST} text of {@code address}: as {@link #toString(InetAddress)},
   * and for an IPv6 address with a scope id, {@code %} and the interface's name where glibc prints
   * one (link-local addresses) or the number.
   *
   * @param address an IPv4 or IPv6 address
   * @return its text, with the scope where it has one
   */
  public static String toHostString(InetAddress address) {
    Objects.requireNonNull(address, "address");
    return address instanceof Inet6Address v6 ? NumericHost.formatWithScope(v6, ScopeIds.system())
        : NumericHost.format(address);
  }

  /**
   * As {@link #toHostString(InetAddress)}, with interface names from {@code interfaceName} (an
   * index to its name, or null when there is none, as if_indextoname(3)) instead of this machine's.
   *
   * @param address an IPv4 or IPv6 address
   * @param interfaceName an interface's name from its index, or null
   * @return its text, with the scope where it has one
   */
  public static String toHostString(InetAddress address, IntFunction<String> interfaceName) {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(interfaceName, "interfaceName");
    if (!(address instanceof Inet6Address v6)) {
      return NumericHost.format(address);
    }
    return NumericHost.formatWithScope(v6, new ScopeIds() {
      @Override
      public OptionalInt indexOf(String name) {
        return OptionalInt.empty();
      }

      @Override
      public Optional<String> nameOf(int index) {
        return Optional.ofNullable(interfaceName.apply(index));
      }
    });
  }
}
