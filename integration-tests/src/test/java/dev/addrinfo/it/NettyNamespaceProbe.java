package dev.addrinfo.it;

import dev.addrinfo.AddrInfoException;
import dev.addrinfo.netty.AddrInfoResolverGroup;
import dev.addrinfo.netty.Connector;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The client side of {@link NettyNamespaceTest}, run inside its namespace: a Netty server on the
 * wildcard address, and Netty clients resolving the test zones' names through
 * {@link AddrInfoResolverGroup} and connecting with {@link Connector}. Prints one line per
 * scenario, {@code SCENARIO key=value ...}, for the test to judge; nothing here asserts.
 */
public final class NettyNamespaceProbe {
  private static final long WAIT_SECONDS = 30;

  private NettyNamespaceProbe() {}

  public static void main(String[] args) throws Exception {
    EventLoopGroup loops = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    try (AddrInfoResolverGroup group = AddrInfoResolverGroup.onEventLoopGroup(loops)) {
      // [::] takes IPv4 too: every address the namespace owns answers on this port.
      Channel server = new ServerBootstrap().group(loops).channel(NioServerSocketChannel.class)
          .childHandler(new ChannelInboundHandlerAdapter())
          .bind(new InetSocketAddress("::", 0)).sync().channel();
      int port = ((InetSocketAddress) server.localAddress()).getPort();
      NettyNamespaceProbe probe = new NettyNamespaceProbe();
      probe.resolveAll(group, loops, "dual.example.test", port);
      probe.resolveAll(group, loops, "multi.example.test", port);
      probe.resolve(group, loops, "dual.example.test", port);
      probe.bootstrap(group, loops, "v4only.example.test", port);
      probe.bootstrap(group, loops, "dual.example.test", port);
      probe.bootstrap(group, loops, "nosuch.example.test", port);
      probe.connect("happyEyeballs", Connector.happyEyeballs(group.resolver()), loops, 20_000, "dual.example.test", port);
      probe.connect("happyEyeballs", Connector.happyEyeballs(group.resolver()), loops, 20_000, "multi.example.test", port);
      probe.connect("sequential", Connector.sequential(group.resolver()), loops, 1_000, "dual.example.test", port);
      server.close().sync();
    } finally {
      loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    }
  }

  private void resolveAll(AddrInfoResolverGroup group, EventLoopGroup loops, String host, int port) throws Exception {
    List<InetSocketAddress> all = group.getResolver(loops.next())
        .resolveAll(InetSocketAddress.createUnresolved(host, port)).get(WAIT_SECONDS, TimeUnit.SECONDS);
    System.out.println("resolveAll host=" + host + " addresses="
        + all.stream().map(a -> a.getAddress().getHostAddress()).collect(Collectors.joining(",")));
  }

  private void resolve(AddrInfoResolverGroup group, EventLoopGroup loops, String host, int port) throws Exception {
    InetSocketAddress first = group.getResolver(loops.next())
        .resolve(InetSocketAddress.createUnresolved(host, port)).get(WAIT_SECONDS, TimeUnit.SECONDS);
    System.out.println("resolve host=" + host + " address=" + first.getAddress().getHostAddress());
  }

  /** A plain Bootstrap with the group: Netty connects to the first address only. */
  private void bootstrap(AddrInfoResolverGroup group, EventLoopGroup loops, String host, int port) throws Exception {
    long start = System.nanoTime();
    ChannelFuture f = new Bootstrap().group(loops).channel(NioSocketChannel.class)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 1_000)
        .handler(new ChannelInboundHandlerAdapter()).resolver(group)
        .connect(host, port);
    f.await(WAIT_SECONDS, TimeUnit.SECONDS);
    System.out.println("bootstrap host=" + host + " " + outcome(f.isSuccess() ? f.channel() : null, f.cause(), start));
    f.channel().close().sync();
  }

  private void connect(String kind, Connector connector, EventLoopGroup loops, int connectTimeoutMillis, String host,
      int port) throws Exception {
    Attempts attempts = new Attempts();
    Bootstrap b = new Bootstrap().group(loops).channel(NioSocketChannel.class)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, connectTimeoutMillis)
        .handler(new ChannelInitializer<Channel>() {
          @Override
          protected void initChannel(Channel ch) {
            ch.pipeline().addLast(attempts);
          }
        });
    long start = System.nanoTime();
    attempts.start = start;
    CompletableFuture<Channel> f = connector.connect(b, host, port);
    Channel ch = null;
    Throwable failure = null;
    try {
      ch = f.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      failure = e.getCause();
    }
    System.out.println(kind + " host=" + host + " attempts=" + String.join(",", attempts.log) + " "
        + outcome(ch, failure, start));
    if (ch != null) {
      ch.close().sync();
    }
  }

  private static String outcome(Channel connected, Throwable failure, long start) {
    long ms = (System.nanoTime() - start) / 1_000_000;
    if (connected != null) {
      return "outcome=connected remote=" + ((InetSocketAddress) connected.remoteAddress()).getAddress().getHostAddress()
          + " ms=" + ms;
    }
    String what = failure instanceof AddrInfoException e ? "AddrInfoException:" + e.error()
        : failure == null ? "none" : failure.getClass().getSimpleName();
    return "outcome=" + what + " ms=" + ms;
  }

  /** Notes each connect as ADDRESS@MS, the milliseconds since the connect began. */
  @Sharable
  private static final class Attempts extends ChannelOutboundHandlerAdapter {
    final List<String> log = new CopyOnWriteArrayList<>();
    volatile long start;

    @Override
    public void connect(ChannelHandlerContext ctx, SocketAddress remote, SocketAddress local, ChannelPromise promise) {
      log.add(((InetSocketAddress) remote).getAddress().getHostAddress() + "@" + (System.nanoTime() - start) / 1_000_000);
      ctx.connect(remote, local, promise);
    }
  }
}
