package dev.addrinfo.netty.transport;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The TCP connections of one event loop, at most one per server, opened on demand and closed after
 * {@value #IDLE_MILLIS} ms without an exchange. Messages are framed by a two-byte length (RFC 1035
 * section 4.2.2); a frame may arrive in any number of reads, and a length over the configured
 * maximum fails the connection. Queries go out already framed ({@link QueryMessages#tcp}); answers
 * are framed here and read by the shard ({@link ResponseReader}) only once their ID is known, so that
 * an unreadable message is dropped and counted without failing the other exchanges on the
 * connection. Confined to the event loop.
 */
final class TcpConnections {
  static final long IDLE_MILLIS = 2_000;

  /** What the connections report to (on the event loop). */
  interface Sink {
    void onMessage(TcpConnection connection, ByteBuf message);

    /**
     * The connection broke, or (when {@code malformed}) the server sent a stream that cannot be
     * framed; {@code why} names it.
     */
    void onFailure(TcpConnection connection, String why, boolean malformed);
  }

  private final EventLoop loop;
  private final ChannelKind kind;
  private final int maxMessageLength;
  private final Sink sink;
  private final Map<InetSocketAddress, TcpConnection> byServer = new HashMap<>();

  TcpConnections(EventLoop loop, ChannelKind kind, int maxMessageLength, Sink sink) {
    this.loop = loop;
    this.kind = kind;
    this.maxMessageLength = maxMessageLength;
    this.sink = sink;
  }

  /** The open connection to {@code server}, or a new one (still connecting). */
  TcpConnection get(InetSocketAddress server, long connectTimeoutMillis) {
    TcpConnection c = byServer.get(server);
    if (c != null && c.usable()) {
      return c;
    }
    TcpConnection[] self = new TcpConnection[1];
    Bootstrap b = new Bootstrap()
        .group(loop)
        .channelFactory(kind.stream)
        .option(ChannelOption.TCP_NODELAY, true)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, connectTimeoutMillis))
        .handler(new io.netty.channel.ChannelInitializer<>() {
          @Override
          protected void initChannel(io.netty.channel.Channel ch) {
            ch.pipeline().addLast(
                new LengthFieldBasedFrameDecoder(maxMessageLength + 2, 0, 2, 0, 2),
                new Reader(self));
          }
        });
    c = new TcpConnection(server, b.connect(server), () -> scheduleIdleCheck(self[0]));
    self[0] = c;
    TcpConnection opened = c;
    byServer.put(server, c);
    c.channel.closeFuture().addListener(f -> {
      byServer.remove(server, opened);
      if (!opened.inFlight.isEmpty()) {
        sink.onFailure(opened, "connection to " + Servers.describe(server) + " over tcp closed", false);
      }
    });
    return c;
  }

  List<TcpConnection> all() {
    return new ArrayList<>(byServer.values());
  }

  private void scheduleIdleCheck(TcpConnection c) {
    loop.schedule(() -> {
      if (c.inFlight.isEmpty()
          && System.nanoTime() - c.idleSinceNanos >= TimeUnit.MILLISECONDS.toNanos(IDLE_MILLIS)) {
        c.channel.close();
      }
    }, IDLE_MILLIS, TimeUnit.MILLISECONDS);
  }

  private final class Reader extends SimpleChannelInboundHandler<ByteBuf> {
    private final TcpConnection[] self;

    Reader(TcpConnection[] self) {
      this.self = self;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ByteBuf message) {
      sink.onMessage(self[0], message);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      boolean malformed = cause instanceof DecoderException;
      sink.onFailure(self[0], (malformed ? "unreadable tcp stream from " : "tcp connection to ")
          + Servers.describe(self[0].server) + ": " + cause.getMessage(), malformed);
      ctx.close();
    }
  }
}
