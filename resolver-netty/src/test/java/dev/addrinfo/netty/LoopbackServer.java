package dev.addrinfo.netty;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A Netty TCP server on a loopback address that accepts every connection and keeps it open. */
final class LoopbackServer implements AutoCloseable {
  private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final List<Channel> accepted = new CopyOnWriteArrayList<>();
  private final Channel listener;

  private LoopbackServer(InetSocketAddress address) throws InterruptedException {
    this.listener = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
        .childHandler(new ChannelInitializer<Channel>() {
          @Override
          protected void initChannel(Channel ch) {
            accepted.add(ch);
          }
        })
        .bind(address).sync().channel();
  }

  /** Listens on {@code address}; port 0 picks a free one. */
  static LoopbackServer listen(InetSocketAddress address) throws InterruptedException {
    return new LoopbackServer(address);
  }

  InetSocketAddress address() {
    return (InetSocketAddress) listener.localAddress();
  }

  int port() {
    return address().getPort();
  }

  /** The connections accepted so far, in order. */
  List<Channel> accepted() {
    return accepted;
  }

  @Override
  public void close() {
    listener.close();
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
