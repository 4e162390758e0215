package dev.addrinfo.jdk;

import static java.net.spi.InetAddressResolver.LookupPolicy.IPV4;
import static java.net.spi.InetAddressResolver.LookupPolicy.IPV4_FIRST;
import static java.net.spi.InetAddressResolver.LookupPolicy.IPV6;
import static java.net.spi.InetAddressResolver.LookupPolicy.IPV6_FIRST;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.Hints;
import dev.addrinfo.Linux;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the JDK's built-in resolver asks getaddrinfo() and how it turns the answer into
 * {@link InetAddress}es (the native {@code lookupAllHostAddr} of JDK 18 to 25 on Linux), so that
 * the provider answers as the JDK would with glibc:
 *
 * <ul>
 *   <li>Hints: the family from the lookup policy ({@code IPV4} alone AF_INET, {@code IPV6} alone
 *       AF_INET6, both AF_UNSPEC), any socket type and protocol, and AI_CANONNAME, whose answer the
 *       JDK then ignores. No AI_ADDRCONFIG: a host with only loopback still gets both families.
 *   <li>One {@code InetAddress} per distinct address, the first occurrence kept: glibc lists an
 *       address once per socket type (three times with no socket type asked), and a hosts file may
 *       list it twice. IPv6 addresses are compared without their scope.
 *   <li>Order: {@code IPV4_FIRST} puts every IPv4 address first and {@code IPV6_FIRST} every IPv6
 *       address first, each family keeping getaddrinfo's order; with neither, getaddrinfo's order
 *       (RFC 6724 and gai.conf) is kept as it is.
 *   <li>Each address carries the host name as asked (not the canonical name); an IPv6 address keeps
 *       a non-zero scope id, and an IPv4-mapped one stays an {@link Inet6Address}.
 * </ul>
 *
 * Costs one pass over the results and a small hash set.
 */
final class JdkAddressOrder {
  private JdkAddressOrder() {}

  /** The hints the JDK's native lookup gives getaddrinfo for a lookup policy's characteristics. */
  static Hints hints(int characteristics) {
    return new Hints(family(characteristics), 0, 0, Linux.AI_CANONNAME);
  }

  static int family(int characteristics) {
    return switch (characteristics & (IPV4 | IPV6)) {
      case IPV4 -> Linux.AF_INET;
      case IPV6 -> Linux.AF_INET6;
      default -> Linux.AF_UNSPEC;
    };
  }

  /** getaddrinfo's results for {@code host} as the JDK's resolver returns them. */
  static List<InetAddress> addresses(String host, List<AddrInfo> results, int characteristics)
      throws UnknownHostException {
    List<InetAddress> inOrder = new ArrayList<>(results.size());
    List<InetAddress> v4 = new ArrayList<>();
    List<InetAddress> v6 = new ArrayList<>();
    Set<InetAddress> seen = new HashSet<>();
    for (AddrInfo r : results) {
      InetAddress a = toJdk(host, r);
      if (a == null || !seen.add(a)) {
        continue;
      }
      inOrder.add(a);
      (a instanceof Inet4Address ? v4 : v6).add(a);
    }
    if ((characteristics & IPV6_FIRST) != 0) {
      v6.addAll(v4);
      return v6;
    }
    if ((characteristics & IPV4_FIRST) != 0) {
      v4.addAll(v6);
      return v4;
    }
    return inOrder;
  }

  /** The JDK's object for one result, or null for a family the JDK cannot represent. */
  private static InetAddress toJdk(String host, AddrInfo r) throws UnknownHostException {
    byte[] bytes = r.address().getAddress().getAddress();
    if (r.family() == Linux.AF_INET && bytes.length == 4) {
      return InetAddress.getByAddress(host, bytes);
    }
    if (r.family() == Linux.AF_INET6) {
      // getByAddress(host, bytes) would turn an IPv4-mapped address into an Inet4Address; the
      // JDK's native code keeps it IPv6, and sets no scope (prints no "%0") for scope id 0.
      int scope = r.scopeId();
      return Inet6Address.getByAddress(host, bytes.length == 16 ? bytes : mapped(bytes), scope == 0 ? -1 : scope);
    }
    return null;
  }

  private static byte[] mapped(byte[] v4) {
    byte[] b = new byte[16];
    b[10] = (byte) 0xff;
    b[11] = (byte) 0xff;
    System.arraycopy(v4, 0, b, 12, 4);
    return b;
  }
}
