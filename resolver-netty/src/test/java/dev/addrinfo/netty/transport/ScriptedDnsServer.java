package dev.addrinfo.netty.transport;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
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
import io.netty.handler.codec.dns.DnsRecord;
import io.netty.handler.codec.dns.DnsRecordType;
import io.netty.handler.codec.dns.DnsSection;
import io.netty.handler.codec.dns.TcpDnsQueryDecoder;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process DNS server on 127.0.0.1 (UDP and TCP on one port) whose every reply is scripted by
 * the test, including forgeries and garbage. Queries are read with netty-codec-dns, so the
 * transport's encoder is checked by an independent decoder.
 */
public final class ScriptedDnsServer implements AutoCloseable {

  /** One query as the server read it. */
  public record Request(String transport, int id, String name, int type, boolean recursionDesired, int ednsPayload,
      int sourcePort) {
    public boolean edns() {
      return ednsPayload >= 0;
    }
  }

  /** How the script answers one request. */
  public interface Responder {
    void reply(byte[] message);

    void replyAfter(long millis, byte[] message);

    /** UDP only: the same datagram, from another port of 127.0.0.1. */
    void replyFromOtherPort(byte[] message);

    /** TCP only: raw stream bytes (no length added), each piece written 20 ms after the last. */
    void writeRaw(byte[]... pieces);

    /** TCP only: closes the connection after the pieces written so far. */
    void closeConnection();
  }

  public interface Script {
    void handle(Request request, Responder responder);
  }

  private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
  private final Script script;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger tcpAccepted = new AtomicInteger();
  private final Channel udp;
  private final Channel otherUdp;
  private final Channel tcp;

  private ScriptedDnsServer(Script script) throws InterruptedException {
    this.script = script;
    // A 4 MiB receive buffer (Linux's default cap, net.core.rmem_max) holds a burst of 1,000 queries.
    this.udp = new Bootstrap().group(group).channel(NioDatagramChannel.class)
        .option(ChannelOption.SO_RCVBUF, 4 << 20)
        .handler(new ChannelInitializer<>() {
          @Override
          protected void initChannel(Channel ch) {
            ch.pipeline().addLast(new DatagramDnsQueryDecoder(), new UdpHandler());
          }
        })
        .bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
    this.otherUdp = new Bootstrap().group(group).channel(NioDatagramChannel.class)
        .handler(new ChannelInitializer<>() {
          @Override
          protected void initChannel(Channel ch) {}
        })
        .bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
    this.tcp = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
        .childHandler(new ChannelInitializer<NioSocketChannel>() {
          @Override
          protected void initChannel(NioSocketChannel ch) {
            tcpAccepted.incrementAndGet();
            ch.pipeline().addLast(new TcpDnsQueryDecoder(), new TcpHandler());
          }
        })
        .bind(address()).sync().channel();
  }

  public static ScriptedDnsServer start(Script script) throws InterruptedException {
    return new ScriptedDnsServer(script);
  }

  public InetSocketAddress address() {
    return (InetSocketAddress) udp.localAddress();
  }

  public List<Request> requests() {
    return requests;
  }

  public int tcpConnectionsAccepted() {
    return tcpAccepted.get();
  }

  @Override
  public void close() {
    udp.close();
    otherUdp.close();
    tcp.close();
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  private static Request read(String transport, DnsQuery q, int sourcePort) {
    DnsRecord question = q.recordAt(DnsSection.QUESTION);
    int payload = -1;
    for (int i = 0; i < q.count(DnsSection.ADDITIONAL); i++) {
      DnsRecord r = q.recordAt(DnsSection.ADDITIONAL, i);
      if (r.type() == DnsRecordType.OPT) {
        payload = r.dnsClass();
      }
    }
    return new Request(transport, q.id(), question.name(), question.type().intValue(), q.isRecursionDesired(),
        payload, sourcePort);
  }

  private final class UdpHandler extends SimpleChannelInboundHandler<DatagramDnsQuery> {
    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramDnsQuery q) {
      InetSocketAddress client = q.sender();
      Request r = read("udp", q, client.getPort());
      requests.add(r);
      script.handle(r, new Responder() {
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
          throw new UnsupportedOperationException("writeRaw is for TCP");
        }

        @Override
        public void closeConnection() {
          throw new UnsupportedOperationException("closeConnection is for TCP");
        }
      });
    }
  }

  private final class TcpHandler extends SimpleChannelInboundHandler<DnsQuery> {
    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DnsQuery q) {
      Channel ch = ctx.channel();
      Request r = read("tcp", q, ((InetSocketAddress) ch.remoteAddress()).getPort());
      requests.add(r);
      script.handle(r, new Responder() {
        @Override
        public void reply(byte[] m) {
          byte[] framed = new byte[m.length + 2];
          framed[0] = (byte) (m.length >> 8);
          framed[1] = (byte) m.length;
          System.arraycopy(m, 0, framed, 2, m.length);
          ch.writeAndFlush(Unpooled.wrappedBuffer(framed));
        }

        @Override
        public void replyAfter(long millis, byte[] m) {
          ch.eventLoop().schedule(() -> reply(m), millis, TimeUnit.MILLISECONDS);
        }

        @Override
        public void replyFromOtherPort(byte[] m) {
          throw new UnsupportedOperationException("replyFromOtherPort is for UDP");
        }

        @Override
        public void writeRaw(byte[]... pieces) {
          for (int i = 0; i < pieces.length; i++) {
            byte[] piece = pieces[i];
            ch.eventLoop().schedule(() -> ch.writeAndFlush(Unpooled.wrappedBuffer(piece)), 20L * i,
                TimeUnit.MILLISECONDS);
            pendingWrites = Math.max(pendingWrites, 20L * i);
          }
        }

        @Override
        public void closeConnection() {
          ch.eventLoop().schedule(() -> ch.close(), pendingWrites + 20, TimeUnit.MILLISECONDS);
        }

        private long pendingWrites;
      });
    }
  }
}
