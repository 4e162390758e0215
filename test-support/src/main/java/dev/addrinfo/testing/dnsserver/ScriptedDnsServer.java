package dev.addrinfo.testing.dnsserver;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.dns.DatagramDnsQuery;
import io.netty.handler.codec.dns.DatagramDnsQueryDecoder;
import io.netty.handler.codec.dns.DnsQuery;
import io.netty.handler.codec.dns.TcpDnsQueryDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process DNS server on a loopback address, UDP and TCP on one ephemeral port, whose every
 * reply is scripted by the test: answers, silence, delays, garbage, forgeries from another port,
 * TC set, TCP streams cut short, written a byte at a time or reset. Start several to stand in for
 * several name servers; each runs on its own event-loop thread, so scripts need no locking against
 * themselves. Queries are read with netty-codec-dns (an independent check of the client's encoder)
 * and logged in {@link #requests()}.
 *
 * <p>Costs a thread, two bound ports and a few ms to start; close it (it is {@link AutoCloseable}).
 */
public final class ScriptedDnsServer implements AutoCloseable {
  /** Where {@link #closedPort()} looks: above the well-known and common ports, below the ephemeral ones. */
  private static final int BELOW_EPHEMERAL_FROM = 20_000;
  private static final int BELOW_EPHEMERAL_TO = 32_768;

  /** How the script answers one request. Doing nothing at all drops the query. */
  public interface Responder {
    /** One datagram, or one TCP message with its two-byte length prefix added. */
    void reply(byte[] message);

    /** As {@link #reply}, {@code millis} later (an answer that comes late, or after a retry). */
    void replyAfter(long millis, byte[] message);

    /** UDP only: the same datagram, from another port of the server's address. */
    void replyFromOtherPort(byte[] message);

    /** TCP only: raw stream bytes (no length added), each piece written 20 ms after the last. */
    void writeRaw(byte[]... pieces);

    /** TCP only: the message with its length prefix, one byte per write, 1 ms apart. */
    void writeOneByteAtATime(byte[] message);

    /** TCP only: the first {@code bytes} bytes of the framed message (prefix included), then FIN. */
    void closeAfter(byte[] message, int bytes);

    /** TCP only: the first {@code bytes} bytes of the framed message (prefix included), then RST. */
    void resetAfter(byte[] message, int bytes);

    /** TCP only: closes the connection (FIN) after everything scheduled so far. */
    void closeConnection();
  }

  /** The test's script: called on the server's event loop for every query read. */
  public interface Script {
    void handle(DnsRequest request, Responder responder);
  }

  private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final Script script;
  private final List<DnsRequest> requests = new ArrayList<>();
  private final AtomicInteger tcpAccepted = new AtomicInteger();
  private final AtomicInteger unreadable = new AtomicInteger();
  private final Channel udp;
  private final Channel otherUdp;
  private final Channel tcp;

  private ScriptedDnsServer(InetAddress host, Script script) throws InterruptedException {
    this.script = script;
    // A 4 MiB receive buffer (Linux's default cap, net.core.rmem_max) holds a burst of 1,000 queries.
    Bootstrap udpBootstrap = new Bootstrap().group(group).channel(NioDatagramChannel.class)
        .option(ChannelOption.SO_RCVBUF, 4 << 20)
        .option(ChannelOption.SO_SNDBUF, 4 << 20)
        .handler(new ChannelInitializer<>() {
          @Override
          protected void initChannel(Channel ch) {
            ch.pipeline().addLast(new DatagramDnsQueryDecoder(), new UdpHandler());
          }
        });
    ServerBootstrap tcpBootstrap = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childHandler(new ChannelInitializer<NioSocketChannel>() {
          @Override
          protected void initChannel(NioSocketChannel ch) {
            tcpAccepted.incrementAndGet();
            ch.pipeline().addLast(new TcpDnsQueryDecoder(), new TcpHandler());
          }
        });
    Channel[] pair = bindPair(host, udpBootstrap, tcpBootstrap);
    this.udp = pair[0];
    this.tcp = pair[1];
    this.otherUdp = new Bootstrap().group(group).channel(NioDatagramChannel.class)
        .handler(new ChannelInitializer<>() {
          @Override
          protected void initChannel(Channel ch) {}
        })
        .bind(new InetSocketAddress(host, 0)).sync().channel();
  }

  /** A server on 127.0.0.1. */
  public static ScriptedDnsServer start(Script script) throws InterruptedException {
    return new ScriptedDnsServer(loopback4(), script);
  }

  /** A server on {@code host} (a loopback address, e.g. ::1). */
  public static ScriptedDnsServer startOn(InetAddress host, Script script) throws InterruptedException {
    return new ScriptedDnsServer(host, script);
  }

  /** UDP and TCP on one port: bind UDP to an ephemeral port, then TCP to it, retrying if taken. */
  private static Channel[] bindPair(InetAddress host, Bootstrap udp, ServerBootstrap tcp) throws InterruptedException {
    ChannelFuture lastFailure = null;
    for (int attempt = 0; attempt < 20; attempt++) {
      Channel u = udp.bind(new InetSocketAddress(host, 0)).sync().channel();
      ChannelFuture t = tcp.bind(u.localAddress()).await();
      if (t.isSuccess()) {
        return new Channel[] {u, t.channel()};
      }
      lastFailure = t;
      u.close().sync();
    }
    throw new IllegalStateException("no port free for both UDP and TCP on " + host, lastFailure.cause());
  }

  public InetSocketAddress address() {
    return (InetSocketAddress) udp.localAddress();
  }

  /** Every query read so far, in order of arrival: a snapshot, O(n). */
  public List<DnsRequest> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** How many queries were read so far. */
  public int requestCount() {
    synchronized (requests) {
      return requests.size();
    }
  }

  /** The last query read, or null before the first. */
  public DnsRequest lastRequest() {
    synchronized (requests) {
      return requests.isEmpty() ? null : requests.get(requests.size() - 1);
    }
  }

  /** Queries for {@code name} (absolute, with its trailing dot), ignoring case. */
  public List<DnsRequest> requestsFor(String name) {
    return requests().stream().filter(r -> r.name().equalsIgnoreCase(name)).toList();
  }

  public int tcpConnectionsAccepted() {
    return tcpAccepted.get();
  }

  /** Messages the server could not read as a DNS query. */
  public int unreadableQueries() {
    return unreadable.get();
  }

  /**
   * Sends a datagram from the server's own address and port to {@code to}, as an off-path forger
   * spoofing the server would. Callable from any thread; the future completes once written.
   */
  public Future<Void> sendDatagram(byte[] message, InetSocketAddress to) {
    return udp.writeAndFlush(new DatagramPacket(Unpooled.wrappedBuffer(message), to));
  }

  @Override
  public void close() {
    udp.close();
    otherUdp.close();
    tcp.close();
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  /**
   * A loopback port where nothing listens, UDP or TCP, so that a datagram sent there draws an ICMP
   * port unreachable. It is taken below Linux's ephemeral range (ip_local_port_range, 32768 and
   * up): a port a moment ago free inside that range can be handed to any socket opened meanwhile
   * (tests run in parallel, and every resolver opens sockets), which would swallow the datagram
   * without a word, and the test would see a timeout instead of a refusal.
   */
  public static InetSocketAddress closedPort() {
    java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
    for (int attempt = 0; attempt < 100; attempt++) {
      int port = random.nextInt(BELOW_EPHEMERAL_FROM, BELOW_EPHEMERAL_TO);
      try (DatagramSocket u = new DatagramSocket(new InetSocketAddress(loopback4(), port));
          ServerSocket t = new ServerSocket(port, 1, loopback4())) {
        return new InetSocketAddress(loopback4(), port);
      } catch (IOException taken) {
        // in use, UDP or TCP: try another
      }
    }
    throw new IllegalStateException("no closed loopback port found in " + BELOW_EPHEMERAL_FROM + "-"
        + BELOW_EPHEMERAL_TO);
  }

  static InetAddress loopback4() {
    try {
      return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private void handle(DnsRequest r, Responder out) {
    synchronized (requests) {
      requests.add(r);
    }
    script.handle(r, out);
  }

  private final class UdpHandler extends SimpleChannelInboundHandler<DatagramDnsQuery> {
    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramDnsQuery q) {
      InetSocketAddress client = q.sender();
      handle(DnsRequest.of("udp", q, client.getPort()), new UdpResponder(client));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      unreadable.incrementAndGet();
    }
  }

  private final class UdpResponder implements Responder {
    private final InetSocketAddress client;

    UdpResponder(InetSocketAddress client) {
      this.client = client;
    }

    @Override
    public void reply(byte[] m) {
      udp.writeAndFlush(new DatagramPacket(Unpooled.wrappedBuffer(m), client));
    }

    @Override
    public void replyAfter(long millis, byte[] m) {
      udp.eventLoop().schedule(() -> reply(m), millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void replyFromOtherPort(byte[] m) {
      otherUdp.writeAndFlush(new DatagramPacket(Unpooled.wrappedBuffer(m), client));
    }

    @Override
    public void writeRaw(byte[]... pieces) {
      throw tcpOnly("writeRaw");
    }

    @Override
    public void writeOneByteAtATime(byte[] message) {
      throw tcpOnly("writeOneByteAtATime");
    }

    @Override
    public void closeAfter(byte[] message, int bytes) {
      throw tcpOnly("closeAfter");
    }

    @Override
    public void resetAfter(byte[] message, int bytes) {
      throw tcpOnly("resetAfter");
    }

    @Override
    public void closeConnection() {
      throw tcpOnly("closeConnection");
    }

    private UnsupportedOperationException tcpOnly(String what) {
      return new UnsupportedOperationException(what + " is for TCP; the query came over UDP");
    }
  }

  private final class TcpHandler extends SimpleChannelInboundHandler<DnsQuery> {
    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DnsQuery q) {
      Channel ch = ctx.channel();
      handle(DnsRequest.of("tcp", q, ((InetSocketAddress) ch.remoteAddress()).getPort()), new TcpResponder(ch));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      unreadable.incrementAndGet();
      ctx.close();
    }
  }
}
