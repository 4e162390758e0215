package dev.addrinfo.netty.internal;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;

/**
 * Writes without flushing and flushes once, after the tasks already queued on the event loop have
 * run: queries submitted together (A and AAAA, or a burst from many callers) cost one flush, one
 * selector interest change, instead of one each. Confined to the channel's event loop.
 */
final class WriteBatcher {
  private final Channel channel;
  private final Runnable flushTask;
  private boolean flushPending;

  WriteBatcher(Channel channel) {
    this.channel = channel;
    this.flushTask = () -> {
      flushPending = false;
      channel.flush();
    };
  }

  ChannelFuture write(Object message) {
    ChannelFuture written = channel.write(message);
    if (!flushPending) {
      flushPending = true;
      channel.eventLoop().execute(flushTask);
    }
    return written;
  }
}
