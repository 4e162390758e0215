package dev.addrinfo.netty;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A bootstrap handler that notes every connect a channel makes, when, and on which channel: the
 * order and timing of a {@link Connector}'s attempts as the channels saw them.
 */
@Sharable
final class AttemptLog extends ChannelOutboundHandlerAdapter {
  /** One connect: where to, when (nanoTime), and its channel. */
  record Attempt(InetSocketAddress address, long nanos, Channel channel) {
    String text() {
      return address.getAddress().getHostAddress();
    }
  }

  private final List<Attempt> attempts = new CopyOnWriteArrayList<>();

  /** The handler to give a bootstrap: adds this log to every channel it makes. */
  ChannelInitializer<Channel> initializer() {
    return new ChannelInitializer<>() {
      @Override
      protected void initChannel(Channel ch) {
        ch.pipeline().addLast(AttemptLog.this);
      }
    };
  }

  List<Attempt> attempts() {
    return attempts;
  }

  List<String> addresses() {
    return attempts.stream().map(Attempt::text).toList();
  }

  @Override
  public void connect(ChannelHandlerContext ctx, SocketAddress remote, SocketAddress local, ChannelPromise promise) {
    attempts.add(new Attempt((InetSocketAddress) remote, System.nanoTime(), ctx.channel()));
    ctx.connect(remote, local, promise);
  }
}
