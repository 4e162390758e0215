package dev.addrinfo.netty;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.Hints;
import dev.addrinfo.Linux;
import io.netty.util.NetUtil;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.CompletionException;

/**
 * Turns getaddrinfo's results into the socket addresses Netty connects to, and its failures into
 * what Netty's resolvers fail with: shared by {@link AddrInfoResolverGroup} and {@link Connector}.
 */
final class ResolvedAddresses {
  /** AF_UNSPEC, SOCK_STREAM, any protocol (so TCP only), no flags: each address once. */
  static final Hints STREAM = Hints.builder().socketType(Linux.SOCK_STREAM).build();

  private ResolvedAddresses() {}

  /**
   * {@code hints}, checked to name a socket type: with type 0 getaddrinfo gives each address once
   * per socket type (TCP, UDP, raw), which a connect would try three times.
   */
  static Hints checked(Hints hints) {
    if (hints.socketType() == 0) {
      throw new IllegalArgumentException("hints must name a socket type (SOCK_STREAM, SOCK_DGRAM), or every "
          + "address comes once per type: " + hints);
    }
    return hints;
  }

  /**
   * The address of {@code result} at {@code port}, named {@code host} as the JDK's and Netty's own
   * resolvers name what they resolve (so that {@code getHostName()} never asks for a PTR record),
   * unless {@code host} is an address literal, which stays unnamed as in {@code InetAddress.getByName}.
   */
  static InetSocketAddress socketAddress(AddrInfo result, String host, int port) {
    InetAddress address = result.address().getAddress();
    if (isLiteral(host)) {
      return new InetSocketAddress(address, port);
    }
    try {
      if (address instanceof Inet6Address v6) {
        // Inet6Address keeps ::ffff:a.b.c.d (AI_V4MAPPED) an IPv6 address; InetAddress.getByAddress would not.
        return new InetSocketAddress(Inet6Address.getByAddress(host, v6.getAddress(),
            v6.getScopeId() == 0 ? -1 : v6.getScopeId()), port);
      }
      return new InetSocketAddress(InetAddress.getByAddress(host, address.getAddress()), port);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("getaddrinfo returned an address of " + address.getAddress().length
          + " bytes: " + address, e);
    }
  }

  private static boolean isLiteral(String host) {
    return NetUtil.isValidIpV4Address(host) || NetUtil.isValidIpV6Address(host);
  }

  /**
   * The failure a Netty resolver reports: getaddrinfo's own {@link dev.addrinfo.AddrInfoException}
   * (an {@link UnknownHostException}) as it is, anything else wrapped in one naming the host.
   */
  static UnknownHostException failure(Throwable t, String host) {
    Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    if (cause instanceof UnknownHostException u) {
      return u;
    }
    UnknownHostException wrapped = new UnknownHostException("cannot resolve " + host + ": " + cause);
    wrapped.initCause(cause);
    return wrapped;
  }
}
