package dev.addrinfo.internal.sort;

import dev.addrinfo.internal.ifaddr.InterfaceList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link SourceAddressFinder#system()}: a connected, never-used UDP socket per destination, and the
 * interface list, re-read when older than a second (glibc re-reads it per getaddrinfo call).
 *
 * <p>glibc connects a socket per destination on every call. Opening, connecting and closing a JDK
 * DatagramChannel costs 10 to 30 microseconds here, which made sorting the largest cost of a cached
 * lookup, so each destination's answer is kept for the same second as the interface list (at most
 * {@value #MAX_REMEMBERED} destinations; past that the memory starts over). A route change is
 * therefore seen up to a second late.
 */
final class SystemSourceAddressFinder implements SourceAddressFinder {

  private static final long MAX_AGE_NANOS = 1_000_000_000L;
  /** Connecting needs some port; routing does not depend on it and nothing is sent. */
  private static final int ANY_PORT = 9;
  private static final InetAddress IPV4_LOOPBACK = fixed(new byte[] {127, 0, 0, 1});

  private record Snapshot(InterfaceList list, long readAtNanos) {}

  private static final int MAX_REMEMBERED = 4096;

  private record Remembered(Optional<SourceAddress> source, long foundAtNanos) {}

  private volatile Snapshot snapshot;
  private final ConcurrentHashMap<InetAddress, Remembered> remembered = new ConcurrentHashMap<>();

  @Override
  public Optional<SourceAddress> find(InetAddress destination) {
    long now = System.nanoTime();
    Remembered r = remembered.get(destination);
    if (r != null && now - r.foundAtNanos() <= MAX_AGE_NANOS) {
      return r.source();
    }
    Optional<SourceAddress> found = probe(destination);
    if (remembered.size() >= MAX_REMEMBERED) {
      remembered.clear();
    }
    remembered.put(destination, new Remembered(found, now));
    return found;
  }

  private Optional<SourceAddress> probe(InetAddress destination) {
    InetAddress local = connectedLocalAddress(destination);
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

  private static InetAddress connectedLocalAddress(InetAddress destination) {
    ProtocolFamily family =
        destination instanceof Inet4Address ? StandardProtocolFamily.INET : StandardProtocolFamily.INET6;
    try (DatagramChannel channel = DatagramChannel.open(family)) {
      channel.connect(new InetSocketAddress(destination, ANY_PORT));
      InetAddress local = ((InetSocketAddress) channel.getLocalAddress()).getAddress();
      return InetAddress.getByAddress(local.getAddress());
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return null;
    }
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
