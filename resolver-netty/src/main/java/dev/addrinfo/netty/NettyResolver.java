package dev.addrinfo.netty;

import dev.addrinfo.Resolver;
import dev.addrinfo.netty.transport.NettyDnsTransport;
import io.netty.channel.EventLoopGroup;

/**
 * {@link Resolver}s that speak DNS on Netty: the usual way to make one.
 *
 * <pre>{@code
 * try (Resolver resolver = NettyResolver.system()) {          // /etc files, DNS on Netty
 *   List<AddrInfo> r = resolver.getAddrInfo("example.com", "https", Hints.DEFAULT).join();
 * }
 * Resolver onMyLoops = NettyResolver.builder(myGroup).cacheSize(50_000).build();
 * // The transport's own options, such as random letter case (DNS 0x20), on a transport of one's own:
 * Resolver with0x20 = Resolver.builder()
 *     .transport(NettyDnsTransport.builder().randomizeCase(true).build()).build();
 * }</pre>
 *
 * <p>Without a group, the transport makes one event loop on a daemon thread named
 * {@code addrinfo-dns-N-1}, started at the first DNS query (a resolver that only reads files starts
 * none) and stopped when the resolver closes; it runs Linux's native epoll where Netty's native
 * library loads, NIO elsewhere. With a group, it runs on the caller's loops (epoll or NIO) and
 * starts no thread of its own.
 *
 * @since 0.1
 */
public final class NettyResolver {
  private NettyResolver() {}

  /**
   * A resolver reading the files under /etc and the process environment, as glibc does. Reads no
   * file and starts no thread yet: the first lookup does.
   *
   * @return a new resolver, to close when done
   */
  public static Resolver system() {
    return builder().build();
  }

  /**
   * A builder whose transport is Netty on an event loop of its own; every other setting as glibc's.
   *
   * @return a builder with the transport set
   */
  public static Resolver.Builder builder() {
    return Resolver.builder().transport(NettyDnsTransport.builder().build());
  }

  /**
   * A builder whose transport runs on {@code group}'s loops, which the caller keeps running and closes.
   *
   * @param group the event loops to run the transport's channels on
   * @return a builder with the transport set
   */
  public static Resolver.Builder builder(EventLoopGroup group) {
    return Resolver.builder().transport(NettyDnsTransport.builder().eventLoopGroup(group).build());
  }
}
