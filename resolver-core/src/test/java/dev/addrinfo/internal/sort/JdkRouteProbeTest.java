package dev.addrinfo.internal.sort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.addrinfo.internal.ifaddr.Ipv6Routes;
import dev.addrinfo.spi.RouteProbe;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class JdkRouteProbeTest {
  private final RouteProbe probe = new JdkRouteProbe();

  private static InetAddress ip(String literal) throws Exception {
    return InetAddress.getByName(literal);
  }

  @Test
  void loopbackDestinationsAreReachedFromLoopbackAddresses() throws Exception {
    assertEquals(ip("127.0.0.1"), probe.localAddressFor(ip("127.0.0.1")));
    assertEquals(ip("127.0.0.1"), probe.localAddressFor(ip("127.0.0.9")));
    assertEquals(ip("::1"), probe.localAddressFor(ip("::1")));
  }

  @Test
  void aReusedSocketForgetsThePreviousRoute() throws Exception {
    // The same few sockets serve all probes; each answer must be the kernel's for its destination.
    for (String d : List.of("127.0.0.2", "::1", "127.0.0.3", "::1", "127.0.0.4")) {
      InetAddress expected = d.contains(":") ? ip("::1") : ip("127.0.0.1");
      assertEquals(expected, probe.localAddressFor(ip(d)), d);
    }
  }

  /**
   * Where no IPv6 route of any table holds a destination (the case in which the source finder
   * skips the probe), the kernel finds no source either.
   */
  @Test
  void whereNoRouteHoldsADestinationTheKernelHasNoSource() throws Exception {
    Ipv6Routes routes = Ipv6Routes.read();
    assertNotNull(routes, "/proc/net/ipv6_route could not be read");
    for (String d : List.of("2001:db8::1", "fd00::1", "fc00::1", "fe80::1", "ff02::1", "::1", "::2", "64:ff9b::1")) {
      Inet6Address destination = (Inet6Address) ip(d);
      if (!routes.covers(destination)) {
        assertNull(probe.localAddressFor(destination), d + " has no route, yet the kernel gave it a source");
      }
    }
  }

  @Test
  void aDestinationTheKernelCannotRouteHasNoSource() throws Exception {
    // A link-local address without its interface cannot be connected to.
    assertNull(probe.localAddressFor(ip("fe80::1")));
    assertEquals(ip("::1"), probe.localAddressFor(ip("::1")), "the socket stays usable after a failure");
  }
}
