package dev.addrinfo.netty.internal;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoop;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

/**
 * A bounded pool of UDP sockets on one event loop. Each query takes a slot at random; a socket is
 * retired and its slot refilled with a fresh socket (new kernel-chosen port) after
 * {@value #USES_PER_SOCKET} queries or {@link #MAX_AGE_SECONDS} seconds, whichever comes first.
 * Sockets are opened lazily, so an idle transport holds none. Confined to the event loop.
 */
final class UdpSocketPool {
  static final int USES_PER_SOCKET = 64;
  static final long MAX_AGE_SECONDS = 10;
  private static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(MAX_AGE_SECONDS);

  private final EventLoop loop;
  private final UdpSocket[] slots;
  private final Set<UdpSocket> open = new HashSet<>();
  private final PacketSink sink;

  /** Where the pool's sockets deliver datagrams (on the event loop). */
  interface PacketSink {
    void onPacket(UdpSocket socket, DatagramPacket packet);
  }

  UdpSocketPool(EventLoop loop, int size, PacketSink sink) {
    this.loop = loop;
    this.slots = new UdpSocket[size];
    this.sink = sink;
  }

  /** A socket for one more query, chosen at random; counts the use. */
  UdpSocket pick(RandomGenerator random, long nowNanos) {
    int i = random.nextInt(slots.length);
    UdpSocket s = slots[i];
    if (s == null || s.uses >= USES_PER_SOCKET || nowNanos - s.createdNanos > MAX_AGE_NANOS
        || (s.bound.isDone() && !s.channel.isOpen())) {
      if (s != null) {
        s.retire();
      }
      s = open(nowNanos);
      slots[i] = s;
    }
    s.uses++;
    return s;
  }

  private UdpSocket open(long nowNanos) {
    UdpSocket s = new UdpSocket(nowNanos);
    Bootstrap b = new Bootstrap()
        .group(loop)
        .channel(NioDatagramChannel.class)
        .handler(new SimpleChannelInboundHandler<DatagramPacket>() {
          @Override
          protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
            sink.onPacket(s, packet);
          }

          @Override
          public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            // ICMP port unreachable and the like: the exchange's timeout decides, as a reply
            // could still come from the server asked.
          }
        });
    s.attach(b.bind(new InetSocketAddress(0)));
    open.add(s);
    s.channel.closeFuture().addListener(f -> open.remove(s));
    return s;
  }

  /** Every socket still open, retired or not; for failing what waits on them at close. */
  List<UdpSocket> openSockets() {
    return new ArrayList<>(open);
  }
}
