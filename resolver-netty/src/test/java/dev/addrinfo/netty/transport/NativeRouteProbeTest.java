package dev.addrinfo.netty.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.addrinfo.spi.RouteProbe;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.util.ArrayList;
import java.util.Collections;
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

  /**
   * The machine's own addresses, each the source the kernel picks for itself, taken in turn with
   * loopback ones: a reused socket that kept the last probe's source address would answer wrong.
   */
  @Test
  void aReusedSocketForgetsThePreviousSource() throws Exception {
    List<InetAddress> own = new ArrayList<>();
    for (NetworkInterface i : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      for (InetAddress a : Collections.list(i.getInetAddresses())) {
        if (i.isUp() && !a.isLinkLocalAddress()) {
          own.add(InetAddress.getByAddress(a.getAddress()));
        }
      }
    }
    for (int round = 0; round < 2; round++) {
      for (InetAddress a : own) {
        InetAddress loopback = InetAddress.getByName(a.getAddress().length == 4 ? "127.0.0.1" : "::1");
        assertEquals(kernel(loopback), probe.localAddressFor(loopback), "loopback before " + a);
        assertEquals(kernel(a), probe.localAddressFor(a), a.toString());
      }
    }
  }

  @Test
  void aDestinationTheKernelCannotRouteHasNoSource() throws Exception {
    assertNull(probe.localAddressFor(InetAddress.getByName("fe80::1")));
    assertEquals(InetAddress.getByName("::1"), probe.localAddressFor(InetAddress.getByName("::1")));
  }
}
