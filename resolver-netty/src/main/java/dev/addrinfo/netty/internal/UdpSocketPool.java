package dev.addrinfo.netty.internal;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.handler.codec.dns.DatagramDnsQueryEncoder;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

/**
 * Bounded pools of UDP sockets on one event loop, one pool per server. Each query takes a slot of
 * its server's pool at random; a socket is retired and its slot refilled with a fresh socket (new
 * kernel-chosen port) after {@value #USES_PER_SOCKET} queries or {@link #MAX_AGE_SECONDS} seconds,
 * whichever comes first. Sockets are opened lazily, so an idle transport holds none. Confined to the
 * event loop.
 *
 * <p>Each socket is connected to its server. That is what makes an ICMP port unreachable visible:
 * Linux reports it (ECONNREFUSED, which the JDK and Netty surface as a
 * {@link PortUnreachableException}) only on a connected UDP socket, so a query to a server with
 * nothing listening fails at once, as glibc's (connected) sockets make it fail, instead of waiting for
 * its timeout. It also makes the kernel drop datagrams from any other source before they reach us.
 * Connecting costs no packet and one syscall per socket (per 64 queries). The price is a pool per
 * server: at most {@value #MAX_SERVERS} servers are pooled per loop (resolv.conf allows 3); the pool
 * of the server used least recently is retired to make room for another.
 */
final class UdpSocketPool {
  static final int USES_PER_SOCKET = 64;
  static final long MAX_AGE_SECONDS = 10;
  static final int MAX_SERVERS = 8;
  private static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(MAX_AGE_SECONDS);
  private static final DatagramDnsQueryEncoder ENCODER = new DatagramDnsQueryEncoder();

  private final EventLoop loop;
  private final int size;
  private final Map<InetSocketAddress, UdpSocket[]> slotsByServer = new LinkedHashMap<>(16, 0.75f, true);
  private final Set<UdpSocket> open = new HashSet<>();
  private final PacketSink sink;

  /** Where the pool's sockets deliver what they receive (on the event loop). */
  interface PacketSink {
    void onPacket(UdpSocket socket, DatagramPacket packet);

    /** The server answered a datagram of {@code socket} with ICMP port unreachable. */
    void onRefused(UdpSocket socket, PortUnreachableException cause);
  }

  UdpSocketPool(EventLoop loop, int size, PacketSink sink) {
    this.loop = loop;
    this.size = size;
    this.sink = sink;
  }

  /** A socket connected to {@code server} for one more query, chosen at random; counts the use. */
  UdpSocket pick(InetSocketAddress server, RandomGenerator random, long nowNanos) {
    UdpSocket[] slots = slotsByServer.get(server);
    if (slots == null) {
      slots = new UdpSocket[size];
      if (slotsByServer.size() >= MAX_SERVERS) {
        var eldest = slotsByServer.entrySet().iterator();
        retireAll(eldest.next().getValue());
        eldest.remove();
      }
      slotsByServer.put(server, slots);
    }
    int i = random.nextInt(slots.length);
    UdpSocket s = slots[i];
    if (s == null || s.uses >= USES_PER_SOCKET || nowNanos - s.createdNanos > MAX_AGE_NANOS
        || (s.bound.isDone() && !s.channel.isOpen())) {
      if (s != null) {
        s.retire();
      }
      s = open(server, nowNanos);
      slots[i] = s;
    }
    s.uses++;
    return s;
  }

  private static void retireAll(UdpSocket[] slots) {
    for (UdpSocket s : slots) {
      if (s != null) {
        s.retire();
      }
    }
  }

  private UdpSocket open(InetSocketAddress server, long nowNanos) {
    UdpSocket s = new UdpSocket(server, nowNanos);
    Bootstrap b = new Bootstrap()
        .group(loop)
        .channel(NioDatagramChannel.class)
        .handler(new ChannelInitializer<Channel>() {
          @Override
          protected void initChannel(Channel ch) {
            ch.pipeline().addLast(ENCODER, new Reader(s));
          }
        });
    // Binds an ephemeral port and connects: no packet is sent.
    s.attach(b.connect(server));
    open.add(s);
    s.channel.closeFuture().addListener(f -> open.remove(s));
    return s;
  }

  /** Every socket still open, retired or not; for failing what waits on them at close. */
  List<UdpSocket> openSockets() {
    return new ArrayList<>(open);
  }

  private final class Reader extends SimpleChannelInboundHandler<DatagramPacket> {
    private final UdpSocket socket;

    Reader(UdpSocket socket) {
      this.socket = socket;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
      sink.onPacket(socket, packet);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      // Netty keeps a datagram channel open after a read error. Anything but a refusal (an ICMP
      // error of another kind) leaves the exchanges to their timeouts: an answer may still come.
      if (cause instanceof PortUnreachableException refused) {
        sink.onRefused(socket, refused);
      }
    }
  }
}
