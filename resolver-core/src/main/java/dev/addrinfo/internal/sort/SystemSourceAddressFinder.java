package dev.addrinfo.internal.sort;

import dev.addrinfo.spi.RouteProbe;
import dev.addrinfo.internal.cache.ClockCache;
import dev.addrinfo.internal.ifaddr.InterfaceList;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * {@link SourceAddressFinder#system()}: the kernel's route to each destination through a
 * {@link RouteProbe}, and the interface list, re-read when older than a second (glibc re-reads it
 * per getaddrinfo call).
 *
 * <p>glibc probes every destination on every call. A probe costs 3 to 14 microseconds here (the
 * kernel's route lookup and a few system calls), which would be the largest cost of a cached
 * lookup, so each destination's answer is kept for the same second as the interface list, for up
 * to {@value #MAX_REMEMBERED} destinations (the least used go first). A route change is therefore
 * seen up to a second late.
 */
final class SystemSourceAddressFinder implements SourceAddressFinder {
  static final long MAX_AGE_NANOS = 1_000_000_000L;
  private static final int MAX_REMEMBERED = 16_384;
  private static final InetAddress IPV4_LOOPBACK = fixed(new byte[] {127, 0, 0, 1});

  private record Snapshot(InterfaceList list, long readAtNanos) {}

  private record Remembered(Optional<SourceAddress> source, long foundAtNanos) {}

  private final RouteProbe probe;
  private final ClockCache<InetAddress, Remembered> remembered = new ClockCache<>(MAX_REMEMBERED);
  private volatile Snapshot snapshot;

  SystemSourceAddressFinder(RouteProbe probe) {
    this.probe = probe;
  }

  @Override
  public Optional<SourceAddress> find(InetAddress destination) {
    long now = System.nanoTime();
    Remembered r = remembered.get(destination);
    if (r != null && now - r.foundAtNanos() <= MAX_AGE_NANOS) {
      return r.source();
    }
    Optional<SourceAddress> found = describe(probe.localAddressFor(destination));
    remembered.put(destination, new Remembered(found, now));
    return found;
  }

  private Optional<SourceAddress> describe(InetAddress local) {
    if (local == null) {
      return Optional.empty();
    }
    InterfaceList list = interfaces();
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

  private InterfaceList interfaces() {
    Snapshot current = snapshot;
    long now = System.nanoTime();
    if (current == null || now - current.readAtNanos() > MAX_AGE_NANOS) {
      try {
        current = new Snapshot(InterfaceList.read(), now);
      } catch (UncheckedIOException e) {
        current = new Snapshot(null, now);
      }
      snapshot = current;
    }
    return current.list();
  }

  private static InetAddress fixed(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
