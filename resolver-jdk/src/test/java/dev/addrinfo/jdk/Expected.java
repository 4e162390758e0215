package dev.addrinfo.jdk;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.AddrInfoException;
import dev.addrinfo.EaiError;
import dev.addrinfo.Hints;
import dev.addrinfo.Linux;
import dev.addrinfo.NameInfoFlag;
import dev.addrinfo.Resolver;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.spi.InetAddressResolver.LookupPolicy;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * What the JDK must answer, worked out from addrinfo's own {@link Resolver} in the plainest way
 * (independently of {@link JdkAddressOrder}): the JDK's hints, distinct addresses, a stable sort
 * by family for IPV4_FIRST or IPV6_FIRST, the host name as asked.
 */
final class Expected {
  /** Far longer than any lookup here takes, so a busy machine slows the tests rather than failing them. */
  static final long WAIT_SECONDS = 60;

  /** Either the addresses ({@code name/address} as {@link InetAddress#toString}) or the error. */
  record Lookup(List<String> addresses, EaiError error) {}

  private Expected() {}

  static Lookup byName(Resolver resolver, String host, int characteristics) throws InterruptedException {
    int family = switch (characteristics & (LookupPolicy.IPV4 | LookupPolicy.IPV6)) {
      case LookupPolicy.IPV4 -> Linux.AF_INET;
      case LookupPolicy.IPV6 -> Linux.AF_INET6;
      default -> Linux.AF_UNSPEC;
    };
    Hints hints = Hints.builder().family(family).flags(Linux.AI_CANONNAME).build();
    List<AddrInfo> results;
    try {
      results = resolver.getAddrInfo(host, null, hints).get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return new Lookup(null, ((AddrInfoException) e.getCause()).error());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("addrinfo's own lookup of " + host + " took over " + WAIT_SECONDS + " s", e);
    }
    Comparator<InetAddress> order = Comparator.comparingInt(a -> 0);
    if ((characteristics & LookupPolicy.IPV4_FIRST) != 0) {
      order = Comparator.comparingInt(a -> a instanceof Inet4Address ? 0 : 1);
    } else if ((characteristics & LookupPolicy.IPV6_FIRST) != 0) {
      order = Comparator.comparingInt(a -> a instanceof Inet4Address ? 1 : 0);
    }
    List<String> addresses = results.stream()
        .map(r -> r.address().getAddress())
        .distinct()
        .sorted(order)
        .map(a -> host + "/" + a.getHostAddress())
        .toList();
    return new Lookup(addresses, null);
  }

  /**
   * What {@code InetAddress.getHostName()} gives for {@code address}: getnameinfo's name (NI_NAMEREQD)
   * if looking that name up leads back to the address, the literal address otherwise.
   */
  static String hostName(Resolver resolver, InetAddress address, int characteristics) throws InterruptedException {
    String name;
    try {
      name = resolver.getNameInfo(new InetSocketAddress(address, 0), Set.of(NameInfoFlag.NAMEREQD))
          .get(WAIT_SECONDS, TimeUnit.SECONDS).host();
    } catch (ExecutionException e) {
      return address.getHostAddress();
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("addrinfo's own reverse lookup of " + address + " took over " + WAIT_SECONDS + " s", e);
    }
    Lookup forward = byName(resolver, name, characteristics);
    boolean confirmed = forward.addresses() != null
        && forward.addresses().contains(name + "/" + address.getHostAddress());
    return confirmed ? name : address.getHostAddress();
  }

  static List<String> strings(InetAddress[] addresses) {
    return java.util.Arrays.stream(addresses).map(InetAddress::toString).toList();
  }
}
