package dev.addrinfo.bench;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.resolver.ResolvedAddressTypes;
import io.netty.resolver.dns.DnsNameResolver;
import io.netty.resolver.dns.DnsNameResolverBuilder;
import io.netty.resolver.dns.NoopAuthoritativeDnsServerCache;
import io.netty.resolver.dns.NoopDnsCache;
import io.netty.resolver.dns.NoopDnsCnameCache;
import io.netty.resolver.dns.SingletonDnsServerAddressStreamProvider;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Netty's {@link DnsNameResolver} on one NIO event loop (a resolver is bound to one), resolving
 * both families ({@code IPV4_PREFERRED}), no search domains, caches off.
 */
final class NettyPeer implements Peer {
  private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final DnsNameResolver resolver;

  NettyPeer(InetSocketAddress server) {
    resolver = new DnsNameResolverBuilder(group.next())
        .datagramChannelType(NioDatagramChannel.class)
        .nameServerProvider(new SingletonDnsServerAddressStreamProvider(server))
        .resolvedAddressTypes(ResolvedAddressTypes.IPV4_PREFERRED)
        .searchDomains(List.of())
        .ndots(1)
        // Cache off: every look-up goes to the server, as for the other peers.
        .resolveCache(NoopDnsCache.INSTANCE)
        .cnameCache(NoopDnsCnameCache.INSTANCE)
        .authoritativeDnsServerCache(NoopAuthoritativeDnsServerCache.INSTANCE)
        .build();
  }

  @Override
  public String label() {
    return "netty";
  }

  @Override
  public CompletableFuture<Integer> lookup(String name) {
    CompletableFuture<Integer> done = new CompletableFuture<>();
    resolver.resolveAll(name).addListener(f -> {
      if (f.isSuccess()) {
        done.complete(((List<?>) f.getNow()).size());
      } else {
        done.completeExceptionally(f.cause());
      }
    });
    return done;
  }

  @Override
  public void close() {
    resolver.close();
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
