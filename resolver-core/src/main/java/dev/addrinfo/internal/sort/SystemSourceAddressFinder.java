package dev.addrinfo.internal.sort;

import dev.addrinfo.spi.RouteProbe;
import dev.addrinfo.internal.cache.ClockCache;
import dev.addrinfo.internal.ifaddr.InterfaceList;
import dev.addrinfo.internal.ifaddr.Ipv6Routes;
import dev.addrinfo.internal.numeric.Ipv6Scopes;
import dev.addrinfo.internal.numeric.NumericHost;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * {@link SourceAddressFinder#system()}: the kernel's route to each destination through a
 * {@link RouteProbe}, and the interface list, re-read when older than a second (glibc re-reads it
 * per getaddrinfo call).
 *
 * <p>glibc probes every destination on every call. A probe costs 3 to 14 microseconds here (the
 * kernel's route lookup and a few system calls), which would be the largest cost of a cached
 * lookup, so each destination's answer is kept for the same second as the interface list, for up
 * to {@value #MAX_REMEMBERED} destinations (the least used go first). A route change is therefore
 * seen up to a second late. An IPv6 destination that no route of any table holds (read from
 * /proc/net/ipv6_route with the interfaces, see {@link Ipv6Routes}) is known to have no source
 * without a probe: on hosts with IPv6 on loopback or link-local only, that saves a failing connect
 * and the exception it throws per AAAA address. With a short route list (at most
 * {@value #FEW_ROUTES} prefixes, as such hosts have) that answer comes before the cache and is not
 * kept: checking the prefixes costs less than a cache look-up, and a client resolving many distinct
 * names would otherwise fill the cache with them, evicting the destinations that need a probe.
 */
final class SystemSourceAddressFinder implements SourceAddressFinder {
  static final long MAX_AGE_NANOS = 1_000_000_000L;
  private static final int MAX_REMEMBERED = 16_384;
  /** Route lists this short are checked before the cache (see above). */
  static final int FEW_ROUTES = 16;
  private static final InetAddress IPV4_LOOPBACK = NumericHost.address(new byte[] {127, 0, 0, 1});

  /** The interface list and the IPv6 routes (either null when unreadable), as read at one time. */
  private record Snapshot(InterfaceList list, Ipv6Routes routes, long readAtNanos) {}

  private record Remembered(Optional<SourceAddress> source, long foundAtNanos) {}

  private final RouteProbe probe;
  private final Supplier<InterfaceList> interfaces;
  private final Supplier<Ipv6Routes> routes;
  private final LongSupplier nanoClock;
  private final ClockCache<InetAddress, Remembered> remembered = new ClockCache<>(MAX_REMEMBERED);
  private volatile Snapshot snapshot;

  SystemSourceAddressFinder(RouteProbe probe) {
    this(probe, InterfaceList::read, Ipv6Routes::read, System::nanoTime);
  }

  /**
   * With the interface list and the IPv6 routes read from {@code interfaces} and {@code routes},
   * and ages told by {@code nanoClock}.
   */
  SystemSourceAddressFinder(RouteProbe probe, Supplier<InterfaceList> interfaces, Supplier<Ipv6Routes> routes,
      LongSupplier nanoClock) {
    this.probe = probe;
    this.interfaces = interfaces;
    this.routes = routes;
    this.nanoClock = nanoClock;
  }

  @Override
  public Optional<SourceAddress> find(InetAddress destination) {
    long now = nanoClock.getAsLong();
    Snapshot current = current(now);
    Ipv6Routes table = current.routes();
    boolean few = table != null && table.size() <= FEW_ROUTES;
    if (few && noRouteTo(destination, table)) {
      return Optional.empty();
    }
    Remembered r = remembered.get(destination);
    if (r != null && now - r.foundAtNanos() <= MAX_AGE_NANOS) {
      return r.source();
    }
    Optional<SourceAddress> found = !few && noRouteTo(destination, table) ? Optional.empty()
        : describe(probe.localAddressFor(destination), current.list());
    remembered.put(destination, new Remembered(found, now));
    return found;
  }

  /**
   * Whether no IPv6 route at all holds the destination, so that the probe could only fail (an IPv4
   * or IPv4-mapped destination is always probed; so is every destination when the routes are unknown).
   */
  private static boolean noRouteTo(InetAddress destination, Ipv6Routes routes) {
    if (routes == null || !(destination instanceof Inet6Address v6) || Ipv6Scopes.isV4Mapped(v6.getAddress())) {
      return false;
    }
    return !routes.covers(v6);
  }

  /** The source {@code local} as {@code list} (the snapshot's interface list, or null) describes it. */
  private static Optional<SourceAddress> describe(InetAddress local, InterfaceList list) {
    if (local == null) {
      return Optional.empty();
    }
    // glibc keeps the interface list only when the host has an IPv6 address other than ::1.
    if (list == null || !list.hasNonLoopbackIpv6()) {
      return Optional.of(SourceAddress.unlisted(local));
    }
    // glibc looks any 127/8 IPv4 source up as 127.0.0.1 ("special case for lo").
    InetAddress key = local instanceof Inet4Address && local.getAddress()[0] == 127 ? IPV4_LOOPBACK : local;
    return Optional.of(list.find(key)
        .map(a -> new SourceAddress(local, a.prefixLength(), a.deprecated(), a.homeAddress(),
            a.interfaceIndex(), a.tunnel()))
        .orElseGet(() -> SourceAddress.unlisted(local)));
  }

  /** The snapshot, read again when older than a second at {@code now}. */
  private Snapshot current(long now) {
    Snapshot current = snapshot;
    if (current == null || now - current.readAtNanos() > MAX_AGE_NANOS) {
      InterfaceList list;
      try {
        list = interfaces.get();
      } catch (UncheckedIOException e) {
        list = null;
      }
      current = new Snapshot(list, routes.get(), now);
      snapshot = current;
    }
    return current;
  }
}
