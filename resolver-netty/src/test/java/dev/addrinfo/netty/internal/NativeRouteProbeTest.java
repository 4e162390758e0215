package dev.addrinfo.netty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.addrinfo.spi.RouteProbe;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class NativeRouteProbeTest {
  private final RouteProbe probe = NativeRouteProbe.ifAvailable();

  /** What a fresh JDK socket connected to the destination says: the reference answer. */
  private static InetAddress kernel(InetAddress destination) throws Exception {
    try (DatagramSocket s = new DatagramSocket()) {
      s.connect(new InetSocketAddress(destination, 9));
      return InetAddress.getByAddress(s.getLocalAddress().getAddress());
    }
  }

  @Test
  void epollIsAvailableOnTheLinuxMachinesThisIsBuiltOn() {
    assertNotNull(probe, "Netty's native epoll library did not load");
  }

  @Test
  void answersAsAFreshSocketDoesForEachDestinationInTurn() throws Exception {
    for (String d : List.of("127.0.0.1", "::1", "127.0.0.7", "::ffff:127.0.0.1", "::1", "127.0.0.2")) {
      InetAddress destination = InetAddress.getByName(d);
      assertEquals(kernel(destination), probe.localAddressFor(destination), d);
    }
  }

  @Test
  void aDestinationTheKernelCannotRouteHasNoSource() throws Exception {
    assertNull(probe.localAddressFor(InetAddress.getByName("fe80::1")));
    assertEquals(InetAddress.getByName("::1"), probe.localAddressFor(InetAddress.getByName("::1")));
  }
}
