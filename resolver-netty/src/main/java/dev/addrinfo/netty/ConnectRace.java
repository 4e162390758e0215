package dev.addrinfo.netty;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.Hints;
import dev.addrinfo.Linux;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.EventLoop;
import io.netty.util.NetUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * One {@link Connector#connect}: its lookups, attempts and timers. Everything after {@link #start}
 * runs on one event loop (the one every attempt's channel is registered on), so the state needs no
 * lock; what completes elsewhere (a lookup answered on another thread, a cancel) hops onto it.
 */
final class ConnectRace {
  /** What one attempt to one address ended with, for the overall failure. */
  private record Failure(InetSocketAddress address, Throwable cause) {}

  private final Connector connector;
  private final Bootstrap bootstrap;
  private final EventLoop loop;
  private final String host;
  private final int port;
  private final CompletableFuture<Channel> result = new CompletableFuture<>();

  /** Every address learnt, in the order to prefer: getaddrinfo's list, then any only a family lookup gave. */
  private final List<InetSocketAddress> known = new ArrayList<>();
  private final Set<InetAddress> tried = new HashSet<>();
  private final List<ChannelFuture> inFlight = new ArrayList<>();
  private final List<Failure> failures = new ArrayList<>();
  private int lookupsPending;
  private boolean listIn;
  private Throwable lookupFailure;
  /** Whether the next attempt may start now: at first, after an attempt failed, or after the attempt delay. */
  private boolean mayStart = true;
  private ScheduledFuture<?> attemptTimer;
  private ScheduledFuture<?> resolutionTimer;
  private boolean lastWasIpv6;
  private boolean advancing;
  /** Set once the race is decided (won, lost, or cancelled): closing the losers must not start others. */
  private boolean over;

  ConnectRace(Connector connector, Bootstrap bootstrap, EventLoop loop, String host, int port) {
    this.connector = connector;
    this.bootstrap = bootstrap;
    this.loop = loop;
    this.host = host;
    this.port = port;
  }

  CompletableFuture<Channel> result() {
    return result;
  }

  /** On the loop: asks getaddrinfo, and arms the resolution delay. */
  void start() {
    if (isOver()) {
      return;
    }
    // However the future ends (won, failed, or cancelled by the caller), nothing may stay open.
    result.whenComplete((ch, t) -> onLoop(this::abandon));
    Hints hints = connector.hints();
    if (connector.happyEyeballs() && hints.family() == Linux.AF_UNSPEC) {
      resolutionTimer = loop.schedule(this::askEachFamily, connector.resolutionDelayNanos(), TimeUnit.NANOSECONDS);
    }
    lookup(hints, true);
  }

  /** The list is late: ask each family alone too, and race the first one in. */
  private void askEachFamily() {
    resolutionTimer = null;
    if (listIn || isOver()) {
      return;
    }
    Hints h = connector.hints();
    // V4MAPPED would turn the IPv6 lookup's answer into the IPv4 one's again, as other addresses.
    int flags = h.flags() & ~(Linux.AI_V4MAPPED | Linux.AI_ALL);
    lookup(new Hints(Linux.AF_INET6, h.socketType(), h.protocol(), flags), false);
    lookup(new Hints(Linux.AF_INET, h.socketType(), h.protocol(), flags), false);
  }

  private void lookup(Hints hints, boolean wholeList) {
    lookupsPending++;
    CompletableFuture<List<AddrInfo>> lookup;
    try {
      lookup = connector.resolver().getAddrInfo(host, null, hints);
    } catch (RuntimeException e) {
      lookup = CompletableFuture.failedFuture(e);
    }
    lookup.whenComplete((results, failure) -> onLoop(() -> lookupDone(results, failure, wholeList)));
  }

  private void lookupDone(List<AddrInfo> results, Throwable failure, boolean wholeList) {
    lookupsPending--;
    if (wholeList) {
      listIn = true;
      cancel(resolutionTimer);
    }
    if (isOver()) {
      return;
    }
    if (failure != null) {
      // getaddrinfo's own answer is the one to report; a family's, only if it is all there is.
      if (wholeList || lookupFailure == null) {
        lookupFailure = failure;
      }
    } else {
      learn(results, wholeList);
    }
    advance();
  }

  private void learn(List<AddrInfo> results, boolean wholeList) {
    List<InetSocketAddress> fresh = new ArrayList<>(results.size() + known.size());
    for (AddrInfo r : results) {
      fresh.add(ResolvedAddresses.socketAddress(r, host, port));
    }
    if (wholeList) {
      for (InetSocketAddress a : known) {
        if (!holds(fresh, a)) {
          fresh.add(a);
        }
      }
      known.clear();
      known.addAll(fresh);
    } else {
      for (InetSocketAddress a : fresh) {
        if (!holds(known, a)) {
          known.add(a);
        }
      }
    }
  }

  private static boolean holds(List<InetSocketAddress> list, InetSocketAddress address) {
    for (InetSocketAddress a : list) {
      if (a.getAddress().equals(address.getAddress())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Starts every attempt that may start now, then gives up if nothing is left to wait for. Not
   * re-entered: an attempt that fails at once (no route) is handled by the loop here.
   */
  private void advance() {
    if (advancing) {
      return;
    }
    advancing = true;
    try {
      InetSocketAddress next;
      while (mayStart && !isOver() && (next = next()) != null) {
        startAttempt(next);
      }
    } finally {
      advancing = false;
    }
    if (!isOver() && inFlight.isEmpty() && lookupsPending == 0 && next() == null) {
      giveUp();
    }
  }

  /**
   * The next address to try: for Happy Eyeballs the first untried one of the other family than
   * the last tried (the first of all at first), else the first untried one.
   */
  private InetSocketAddress next() {
    InetSocketAddress sameFamily = null;
    for (InetSocketAddress a : known) {
      if (tried.contains(a.getAddress())) {
        continue;
      }
      if (!connector.happyEyeballs() || tried.isEmpty() || isIpv6(a) != lastWasIpv6) {
        return a;
      }
      if (sameFamily == null) {
        sameFamily = a;
      }
    }
    return sameFamily;
  }

  /** IPv6 on the wire: an IPv4-mapped address (AI_V4MAPPED) counts as IPv4, the family its packets take. */
  private static boolean isIpv6(InetSocketAddress a) {
    if (!(a.getAddress() instanceof Inet6Address v6)) {
      return false;
    }
    byte[] b = v6.getAddress();
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return true;
      }
    }
    return b[10] != (byte) 0xff || b[11] != (byte) 0xff;
  }

  private void startAttempt(InetSocketAddress address) {
    tried.add(address.getAddress());
    lastWasIpv6 = isIpv6(address);
    mayStart = false;
    ChannelFuture attempt = bootstrap.connect(address);
    inFlight.add(attempt);
    attempt.addListener((ChannelFutureListener) f -> attemptDone(f, address));
    // The delay runs from the connect, not from making the channel (the first costs milliseconds).
    if (connector.happyEyeballs() && !isOver()) {
      cancel(attemptTimer);
      attemptTimer = loop.schedule(this::attemptDelayPassed, connector.attemptDelayNanos(), TimeUnit.NANOSECONDS);
    }
  }

  private void attemptDelayPassed() {
    attemptTimer = null;
    mayStart = true;
    advance();
  }

  private void attemptDone(ChannelFuture attempt, InetSocketAddress address) {
    inFlight.remove(attempt);
    if (isOver()) {
      if (attempt.isSuccess()) {
        attempt.channel().close();
      }
      return;
    }
    if (attempt.isSuccess()) {
      win(attempt.channel());
      return;
    }
    failures.add(new Failure(address, attempt.cause()));
    mayStart = true;
    advance();
  }

  private void win(Channel channel) {
    abandon();
    if (!result.complete(channel)) {
      channel.close();
    }
  }

  private void giveUp() {
    abandon();
    if (failures.isEmpty()) {
      result.completeExceptionally(lookupFailure != null
          ? ResolvedAddresses.failure(lookupFailure, host)
          : new UnknownHostException("getaddrinfo returned no address for " + host));
      return;
    }
    StringBuilder message = new StringBuilder("cannot connect to ").append(host).append(" port ").append(port)
        .append(": ").append(failures.size()).append(failures.size() == 1 ? " address" : " addresses").append(" tried");
    for (Failure f : failures) {
      message.append("; ").append(NetUtil.toSocketAddressString(f.address())).append(": ").append(f.cause());
    }
    if (lookupFailure != null) {
      message.append("; and getaddrinfo failed: ").append(lookupFailure);
    }
    ConnectException failure = new ConnectException(message.toString());
    for (Failure f : failures) {
      failure.addSuppressed(f.cause());
    }
    if (lookupFailure != null) {
      failure.addSuppressed(lookupFailure);
    }
    result.completeExceptionally(failure);
  }

  private boolean isOver() {
    return over || result.isDone();
  }

  /** Ends the race: stops the timers and closes every attempt still connecting; idempotent. */
  private void abandon() {
    over = true;
    cancel(attemptTimer);
    cancel(resolutionTimer);
    attemptTimer = null;
    resolutionTimer = null;
    List<ChannelFuture> open = new ArrayList<>(inFlight);
    inFlight.clear();
    for (ChannelFuture f : open) {
      f.channel().close();
    }
  }

  private static void cancel(ScheduledFuture<?> timer) {
    if (timer != null) {
      timer.cancel(false);
    }
  }

  private void onLoop(Runnable task) {
    if (loop.inEventLoop()) {
      task.run();
      return;
    }
    try {
      loop.execute(task);
    } catch (RejectedExecutionException e) {
      result.completeExceptionally(e);
    }
  }
}
