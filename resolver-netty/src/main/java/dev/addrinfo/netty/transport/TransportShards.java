package dev.addrinfo.netty.transport;

import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The event loops of one transport and a {@link TransportShard} on each: the caller's group, or a
 * group of daemon threads made on first use and shut down at close. Thread-safe.
 */
final class TransportShards {
  private final EventLoopGroup callerGroup;
  private final int threads;
  private final TransportContext context;
  private final AtomicInteger nextShard = new AtomicInteger();
  private final Object startLock = new Object();
  private volatile TransportShard[] shards;
  private EventLoopGroup ownedGroup;
  private volatile boolean closed;

  /** {@code callerGroup} null: make a group of {@code threads} loops when first needed. */
  TransportShards(EventLoopGroup callerGroup, int threads, TransportContext context) {
    this.callerGroup = callerGroup;
    this.threads = threads;
    this.context = context;
  }

  /**
   * The shard for a try sent now: the calling thread's own when it is one of the loops, else the
   * next in turn; null once closed.
   */
  TransportShard forCaller() {
    TransportShard[] all = started();
    if (all == null) {
      return null;
    }
    for (TransportShard s : all) {
      if (s.loop().inEventLoop()) {
        return s;
      }
    }
    return all[Math.floorMod(nextShard.getAndIncrement(), all.length)];
  }

  /** The shards, started on first use; null once closed. */
  private TransportShard[] started() {
    TransportShard[] s = shards;
    if (s != null || closed) {
      return s;
    }
    synchronized (startLock) {
      if (shards == null && !closed) {
        shards = start();
      }
      return shards;
    }
  }

  private TransportShard[] start() {
    EventLoopGroup group = callerGroup;
    if (group == null) {
      ChannelKind kind = ChannelKind.preferred();
      ownedGroup = new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory("addrinfo-dns", true),
          kind.ioHandlerFactory());
      group = ownedGroup;
    }
    List<TransportShard> list = new ArrayList<>();
    for (EventExecutor e : group) {
      EventLoop loop = (EventLoop) e;
      list.add(new TransportShard(loop, ChannelKind.of(loop), context, PooledByteBufAllocator.DEFAULT));
    }
    TransportShard[] all = list.toArray(new TransportShard[0]);
    for (TransportShard s : all) {
      s.peers(all);
    }
    return all;
  }

  /**
   * Closes every shard on its loop, waiting up to 5 seconds for the loops to run it (not when
   * called on one of them), then shuts down the group it made. Idempotent.
   */
  void close() {
    TransportShard[] all;
    synchronized (startLock) {
      if (closed) {
        return;
      }
      closed = true;
      all = shards;
      shards = null;
    }
    if (all == null) {
      return;
    }
    List<Future<?>> pending = new ArrayList<>();
    for (TransportShard s : all) {
      if (s.loop().inEventLoop()) {
        s.close();
      } else if (!s.loop().isShuttingDown()) {
        pending.add(s.loop().submit(s::close));
      }
    }
    for (Future<?> f : pending) {
      f.awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
    if (ownedGroup != null) {
      ownedGroup.shutdownGracefully(0, 5, TimeUnit.SECONDS);
    }
  }
}
