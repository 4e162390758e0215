package dev.addrinfo.netty.transport;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** Server addresses: how they are named in messages and when a packet's source is the server asked. */
final class Servers {
  private Servers() {}

  /** {@code 192.0.2.1:53} or {@code [2001:db8::1]:53}, never a host name (no reverse lookup). */
  public static String describe(InetSocketAddress server) {
    InetAddress a = server.getAddress();
    String host = a == null ? server.getHostString() : a.getHostAddress();
    return (a instanceof Inet6Address ? "[" + host + "]" : host) + ":" + server.getPort();
  }

  /** True when a datagram from {@code source} comes from exactly the address and port asked. */
  public static boolean sameEndpoint(InetSocketAddress source, InetSocketAddress server) {
    return source != null && source.getPort() == server.getPort()
        && source.getAddress() != null && source.getAddress().equals(server.getAddress());
  }
}
