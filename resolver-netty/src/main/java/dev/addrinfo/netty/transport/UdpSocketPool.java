package dev.addrinfo.netty.transport;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoop;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Bounded pools of UDP sockets on one event loop, one {@link ServerLane} per server. The first query
 * of a loop turn to a server takes one of the server's slots at random, and the turn's other
 * queries to that server go out on the same socket, in the same flush (see {@link WriteBatcher});
 * a socket is retired and its slot refilled with a fresh socket (new kernel-chosen port) after
 * {@code usesPerSocket} queries (default {@value #USES_PER_SOCKET}) or {@value #MAX_AGE_SECONDS}
 * seconds, whichever comes first.
 * Sockets are opened lazily, so an idle transport holds none. A socket spent by its uses is
 * replaced at once, but after the loop turn's flush, so that opening its successor (tens of
 * microseconds of system calls and channel set-up) delays no query's send, as it did when the
 * query that found the slot spent paid for it (about one lookup in a hundred). The loop is still
 * busy with it meanwhile: with one lookup in flight, the answer to the query just sent can wait
 * for it. Confined to the event loop.
 *
 * <p>Each socket is connected to its server. That is what makes an ICMP port unreachable visible:
 * Linux reports it (ECONNREFUSED, which the JDK and Netty surface as a
 * {@link PortUnreachableException}) only on a connected UDP socket, so a query to a server with
 * nothing listening fails at once, as glibc's (connected) sockets make it fail, instead of waiting
 * for its timeout. It also makes the kernel drop datagrams from any other source before they reach
 * us. Connecting costs no packet and one system call per socket. The price is a pool per server: at
 * most {@value #MAX_SERVERS} servers are pooled per loop (resolv.conf allows 3); the pool of the
 * server used least recently is retired to make room for another.
 */
final class UdpSocketPool {
  /** Queries a socket carries by default before it is retired. */
  static final int USES_PER_SOCKET = 256;
  static final long MAX_AGE_SECONDS = 10;
  static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(MAX_AGE_SECONDS);
  static final int MAX_SERVERS = 8;

  private final EventLoop loop;
  private final ChannelKind kind;
  private final int size;
  private final int usesPerSocket;
  private final Map<InetSocketAddress, ServerLane> lanes = new LinkedHashMap<>(16, 0.75f, true);
  private final Set<UdpSocket> open = new HashSet<>();
  private final PacketSink sink;
  private boolean closed;

  /** Where the pool's sockets deliver what they receive (on the event loop). */
  interface PacketSink {
    void onPacket(UdpSocket socket, DatagramPacket packet);

    /**
     * The socket reported an error: the server refused a datagram (ICMP port unreachable, as a
     * {@link PortUnreachableException}) or is unreachable, or a send failed.
     */
    void onSocketError(UdpSocket socket, Throwable cause);

    /** The lane of a server was retired to make room: fail what still waits in its queue. */
    void onLaneRetired(ServerLane lane);
  }

  UdpSocketPool(EventLoop loop, ChannelKind kind, int size, int usesPerSocket, PacketSink sink) {
    this.loop = loop;
    this.kind = kind;
    this.size = size;
    this.usesPerSocket = usesPerSocket;
    this.sink = sink;
  }

  /** The lane of {@code server}, made on first use. */
  ServerLane lane(InetSocketAddress server) {
    ServerLane lane = lanes.get(server);
    if (lane == null) {
      if (lanes.size() >= MAX_SERVERS) {
        var eldest = lanes.entrySet().iterator();
        ServerLane old = eldest.next().getValue();
        eldest.remove();
        for (UdpSocket s : old.slots) {
          if (s != null) {
            s.retire();
          }
        }
        sink.onLaneRetired(old);
      }
      lane = new ServerLane(server, size);
      lanes.put(server, lane);
    }
    return lane;
  }

  /** A socket connected to the lane's server for one more query; counts the use. */
  UdpSocket pick(ServerLane lane, RandomBits random, long nowNanos) {
    UdpSocket s = lane.current;
    if (s == null || !s.writes.batchOpen() || !s.usable(nowNanos)) {
      int i = random.nextInt(lane.slots.length);
      s = lane.slots[i];
      if (s == null || !s.usable(nowNanos)) {
        s = refill(lane, i, nowNanos);
      }
      lane.current = s;
    }
    if (++s.uses == usesPerSocket) {
      UdpSocket spent = s;
      // Two hops: the first runs after the flush task this turn's writes queued, or will queue
      // (the write comes after this pick), so the second, queued behind it, runs after the flush.
      loop.execute(() -> loop.execute(() -> replace(lane, spent)));
    }
    return s;
  }

  /** Retires a socket spent by its uses and opens its successor in its slot, if it still holds it. */
  private void replace(ServerLane lane, UdpSocket spent) {
    if (closed || !lanes.containsValue(lane)) { // containsValue: a get would reorder the LRU map
      return;
    }
    for (int i = 0; i < lane.slots.length; i++) {
      if (lane.slots[i] == spent) {
        refill(lane, i, System.nanoTime());
        return;
      }
    }
  }

  /** Retires the socket in slot {@code i} of the lane, if there is one, and opens its successor there. */
  private UdpSocket refill(ServerLane lane, int i, long nowNanos) {
    UdpSocket old = lane.slots[i];
    if (old != null) {
      old.retire();
    }
    UdpSocket fresh = open(lane, nowNanos);
    lane.slots[i] = fresh;
    return fresh;
  }

  /** Opens no more sockets: the transport is closing. */
  void close() {
    closed = true;
  }

  private UdpSocket open(ServerLane lane, long nowNanos) {
    UdpSocket[] self = new UdpSocket[1];
    Bootstrap b = new Bootstrap().group(loop).channelFactory(kind.datagram).handler(new Reader(self));
    // Binds an ephemeral port and connects: no packet is sent.
    InetSocketAddress server = lane.server;
    UdpSocket s = new UdpSocket(lane, nowNanos, usesPerSocket, b.connect(server));
    self[0] = s;
    open.add(s);
    s.channel.closeFuture().addListener(f -> {
      open.remove(s);
      if (!s.inFlight.isEmpty()) {
        // NIO closes a datagram channel after some read errors; nothing may wait on a closed one.
        sink.onSocketError(s, new IOException("udp socket to " + Servers.describe(server) + " closed"));
      }
    });
    return s;
  }

  /** Every socket still open, retired or not; for failing what waits on them at close. */
  List<UdpSocket> openSockets() {
    return new ArrayList<>(open);
  }

  List<ServerLane> lanes() {
    return new ArrayList<>(lanes.values());
  }

  private final class Reader extends SimpleChannelInboundHandler<DatagramPacket> {
    private final UdpSocket[] socket;

    Reader(UdpSocket[] socket) {
      this.socket = socket;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
      sink.onPacket(socket[0], packet);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      // Netty keeps a datagram channel open after an error. On a connected socket every error
      // (refused, unreachable, a failed send) says the server cannot be reached on it now.
      if (cause instanceof IOException) {
        sink.onSocketError(socket[0], cause);
      }
    }
  }
}
