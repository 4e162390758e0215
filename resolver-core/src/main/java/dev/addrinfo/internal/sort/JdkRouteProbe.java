package dev.addrinfo.internal.sort;

import dev.addrinfo.spi.RouteProbe;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The {@link RouteProbe} of the JDK alone: a UDP {@link DatagramChannel} of the destination's family
 * is connected, its local address read, and the channel disconnected and kept for the next probe
 * (up to {@value #IDLE} per family), which halves the cost of opening and closing one per probe
 * (measured here: 7 against 14 microseconds; glibc opens one per destination per call).
 */
final class JdkRouteProbe implements RouteProbe {
  private static final int IDLE = 4;
  /** Connecting needs some port; routing does not depend on it and nothing is sent. */
  private static final int ANY_PORT = 9;

  private final ConcurrentLinkedQueue<DatagramChannel> idle4 = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<DatagramChannel> idle6 = new ConcurrentLinkedQueue<>();

  @Override
  public InetAddress localAddressFor(InetAddress destination) {
    boolean v4 = destination instanceof Inet4Address;
    ConcurrentLinkedQueue<DatagramChannel> idle = v4 ? idle4 : idle6;
    DatagramChannel channel = idle.poll();
    try {
      if (channel == null) {
        ProtocolFamily family = v4 ? StandardProtocolFamily.INET : StandardProtocolFamily.INET6;
        channel = DatagramChannel.open(family);
      }
      InetAddress local;
      try {
        channel.connect(new InetSocketAddress(destination, ANY_PORT));
        local = ((InetSocketAddress) channel.getLocalAddress()).getAddress();
      } catch (IOException noRoute) {
        local = null;
      }
      channel.disconnect();
      if (idle.size() < IDLE) {
        idle.offer(channel);
        channel = null;
      }
      return local == null ? null : InetAddress.getByAddress(local.getAddress());
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return null;
    } finally {
      closeQuietly(channel);
    }
  }

  private static void closeQuietly(DatagramChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // nothing was sent on it; nothing is lost
      }
    }
  }
}
