package dev.addrinfo.netty.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFactory;
import io.netty.channel.EventLoop;
import io.netty.channel.IoEventLoop;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioSocketChannel;

/**
 * Which channels the transport opens on a loop: Linux's native epoll ones where the loop runs
 * epoll (its datagram channel writes a turn's datagrams to one socket with one {@code sendmmsg}),
 * else NIO's. The transport's own loops use epoll when its native library loads
 * ({@link Epoll#isAvailable()}), NIO otherwise.
 */
enum ChannelKind {
  EPOLL(EpollDatagramChannel::new, EpollSocketChannel::new),
  NIO(NioDatagramChannel::new, NioSocketChannel::new);

  final ChannelFactory<? extends Channel> datagram;
  final ChannelFactory<? extends Channel> stream;

  ChannelKind(ChannelFactory<? extends Channel> datagram, ChannelFactory<? extends Channel> stream) {
    this.datagram = datagram;
    this.stream = stream;
  }

  /** The kind for loops the transport creates itself. */
  public static ChannelKind preferred() {
    return Epoll.isAvailable() ? EPOLL : NIO;
  }

  public IoHandlerFactory ioHandlerFactory() {
    return this == EPOLL ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
  }

  /**
   * The kind a caller's loop can run.
   *
   * @throws IllegalArgumentException for a loop that runs neither epoll nor NIO (io_uring, kqueue,
   *     or no I/O at all), naming its type
   */
  public static ChannelKind of(EventLoop loop) {
    if (loop instanceof IoEventLoop io) {
      if (io.isIoType(NioIoHandler.class)) {
        return NIO;
      }
      if (Epoll.isAvailable() && io.isIoType(EpollIoHandler.class)) {
        return EPOLL;
      }
    }
    throw new IllegalArgumentException("event loop " + loop.getClass().getName()
        + " runs neither NIO nor epoll; give the transport a group made with NioIoHandler or EpollIoHandler");
  }
}
