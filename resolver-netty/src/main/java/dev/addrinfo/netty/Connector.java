package dev.addrinfo.netty;

import dev.addrinfo.Hints;
import dev.addrinfo.Resolver;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

/**
 * Connects a Netty {@link Bootstrap} to a host name by trying the addresses getaddrinfo gives, in
 * its order, until one connects: one at a time ({@link #sequential}), or racing them as Happy
 * Eyeballs version 2 (RFC 8305) does ({@link #happyEyeballs}), which Netty lacks
 * (netty/netty#9540). A {@code Bootstrap} alone connects to the first address only.
 *
 * <pre>{@code
 * Connector connector = Connector.happyEyeballs(resolver);     // make once, share
 * connector.connect(bootstrap, "example.com", 443)
 *     .thenAccept(ch -> ch.writeAndFlush(request));            // runs on ch's event loop
 * }</pre>
 *
 * <p><b>Happy Eyeballs.</b> The addresses are tried in getaddrinfo's order with the families
 * interleaved, starting with the family of the first (IPv6, IPv4, IPv6, ...: RFC 8305 section 4
 * with a First Address Family Count of 1); a new attempt starts every
 * {@link #DEFAULT_CONNECTION_ATTEMPT_DELAY connection attempt delay} (250 ms), or at once when
 * the attempt before it fails, while the earlier attempts go on; the first to connect wins and
 * every other is closed. <i>Resolution delay:</i> getaddrinfo answers both families at once, in
 * one sorted list, so it is asked first as usual; only when its list is not in within the
 * {@link #DEFAULT_RESOLUTION_DELAY resolution delay} (50 ms, RFC 8305 section 3) are the two
 * families asked alone as well (AF_INET6 and AF_INET; they share the DNS questions already in
 * flight), and the first family to answer is tried without waiting for the other, whose addresses
 * join the race when they come. A slow or lost AAAA (or A) answer thus costs 50 ms, not the
 * resolver's timeout; a prompt answer, from the hosts file or a cache, costs nothing more.
 *
 * <p><b>Sequential</b> tries the next address only when an attempt has failed (refused,
 * unreachable, or timed out after the bootstrap's {@code CONNECT_TIMEOUT_MILLIS}, 30 s by default),
 * as a C program looping over getaddrinfo's list does.
 *
 * <p><b>The bootstrap</b> is used as a template: every attempt is a channel it makes (cloned onto
 * one event loop of its group, where the whole race runs, so no lock is taken), with its handler,
 * options and attributes. Its handler is thus added to several channels, as when any bootstrap
 * connects more than once: it must be a {@code ChannelInitializer} or {@code @Sharable}. Only the
 * winning channel becomes active; the others are closed before they do. A channel connects to an
 * address that carries the host name, so {@code remoteAddress()} names the host.
 *
 * <p><b>The future</b> completes on the winning channel's event loop (dependent actions must not
 * block it), with the channel; or with the lookup's {@link dev.addrinfo.AddrInfoException} (an
 * {@link java.net.UnknownHostException}) when no address could be found; or with a
 * {@link java.net.ConnectException} naming every address tried and why each failed (each cause
 * also a suppressed exception). Cancelling it closes every attempt. Costs: one getaddrinfo lookup
 * (three when its list is late), one channel per address tried, one scheduled task per attempt.
 *
 * <p>A connector is immutable and thread-safe; it does not own the resolver.
 *
 * @since 0.1
 */
public final class Connector {
  /** RFC 8305's recommended connection attempt delay. */
  public static final Duration DEFAULT_CONNECTION_ATTEMPT_DELAY = Duration.ofMillis(250);
  /** RFC 8305's recommended resolution delay. */
  public static final Duration DEFAULT_RESOLUTION_DELAY = Duration.ofMillis(50);
  /** RFC 8305 section 5: an attempt delay must not be under 10 ms; over 2 s is not recommended. */
  private static final Duration MIN_ATTEMPT_DELAY = Duration.ofMillis(10);
  private static final Duration MAX_DELAY = Duration.ofSeconds(2);

  private final Resolver resolver;
  private final Hints hints;
  private final boolean happyEyeballs;
  private final long attemptDelayNanos;
  private final long resolutionDelayNanos;

  private Connector(Resolver resolver, Hints hints, boolean happyEyeballs, long attemptDelayNanos,
      long resolutionDelayNanos) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.hints = hints;
    this.happyEyeballs = happyEyeballs;
    this.attemptDelayNanos = attemptDelayNanos;
    this.resolutionDelayNanos = resolutionDelayNanos;
  }

  /**
   * Happy Eyeballs v2 with RFC 8305's delays and the hints AF_UNSPEC, SOCK_STREAM.
   *
   * @param resolver the resolver to ask; the caller closes it
   * @return a new connector
   */
  public static Connector happyEyeballs(Resolver resolver) {
    return new Connector(resolver, ResolvedAddresses.STREAM, true, DEFAULT_CONNECTION_ATTEMPT_DELAY.toNanos(),
        DEFAULT_RESOLUTION_DELAY.toNanos());
  }

  /**
   * One address at a time, in getaddrinfo's order, with the hints AF_UNSPEC, SOCK_STREAM.
   *
   * @param resolver the resolver to ask; the caller closes it
   * @return a new connector
   */
  public static Connector sequential(Resolver resolver) {
    return new Connector(resolver, ResolvedAddresses.STREAM, false, 0, 0);
  }

  /**
   * This connector with other hints (AF_INET only, AI_ADDRCONFIG, ...); with a family given,
   * Happy Eyeballs has one family to try and no resolution delay.
   *
   * @param hints the hints of every lookup
   * @return a connector like this one with those hints
   * @throws IllegalArgumentException if the hints name no socket type (each address would come
   *     once per type)
   */
  public Connector withHints(Hints hints) {
    return new Connector(resolver, ResolvedAddresses.checked(Objects.requireNonNull(hints, "hints")),
        happyEyeballs, attemptDelayNanos, resolutionDelayNanos);
  }

  /**
   * This Happy Eyeballs connector with another connection attempt delay, 10 ms to 2 s (RFC 8305's
   * bounds).
   *
   * @param delay how long an attempt has before the next one starts
   * @return a connector like this one with that delay
   * @throws IllegalArgumentException if the delay is out of range
   * @throws IllegalStateException on a sequential connector, which waits for each attempt to fail
   */
  public Connector withConnectionAttemptDelay(Duration delay) {
    requireHappyEyeballs("connection attempt delay");
    return new Connector(resolver, hints, true, inRange(delay, MIN_ATTEMPT_DELAY, "connection attempt delay"),
        resolutionDelayNanos);
  }

  /**
   * This Happy Eyeballs connector with another resolution delay, 0 to 2 s.
   *
   * @param delay how long getaddrinfo's list may be late before each family is asked alone
   * @return a connector like this one with that delay
   * @throws IllegalArgumentException if the delay is out of range
   * @throws IllegalStateException on a sequential connector, which waits for getaddrinfo's list
   */
  public Connector withResolutionDelay(Duration delay) {
    requireHappyEyeballs("resolution delay");
    return new Connector(resolver, hints, true, attemptDelayNanos, inRange(delay, Duration.ZERO, "resolution delay"));
  }

  /**
   * Resolves {@code host} and connects to its addresses at {@code port} as the class describes.
   * Returns at once; the future completes on the winning channel's event loop.
   *
   * @param bootstrap the template of every attempt: group, channel type, handler, options
   * @param host a host name or an address literal, as getaddrinfo takes it
   * @param port the port to connect to
   * @return the connected channel, or the failure the class describes
   * @throws IllegalStateException if the bootstrap lacks a group, a channel type or a handler
   * @throws IllegalArgumentException if the port is outside 0-65535
   */
  public CompletableFuture<Channel> connect(Bootstrap bootstrap, String host, int port) {
    Objects.requireNonNull(bootstrap, "bootstrap");
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 0xFFFF) {
      throw new IllegalArgumentException("port out of range 0-65535: " + port);
    }
    bootstrap.validate();
    EventLoop loop = bootstrap.config().group().next();
    ConnectRace race = new ConnectRace(this, bootstrap.clone(loop), loop, host, port);
    if (loop.inEventLoop()) {
      race.start();
    } else {
      try {
        loop.execute(race::start);
      } catch (RejectedExecutionException e) {
        race.result().completeExceptionally(e);
      }
    }
    return race.result();
  }

  Resolver resolver() {
    return resolver;
  }

  Hints hints() {
    return hints;
  }

  boolean happyEyeballs() {
    return happyEyeballs;
  }

  long attemptDelayNanos() {
    return attemptDelayNanos;
  }

  long resolutionDelayNanos() {
    return resolutionDelayNanos;
  }

  private void requireHappyEyeballs(String what) {
    if (!happyEyeballs) {
      throw new IllegalStateException("a sequential connector has no " + what);
    }
  }

  private static long inRange(Duration delay, Duration min, String what) {
    Objects.requireNonNull(delay, what);
    if (delay.compareTo(min) < 0 || delay.compareTo(MAX_DELAY) > 0) {
      throw new IllegalArgumentException(what + " out of range " + min.toMillis() + " ms-2 s: " + delay);
    }
    return delay.toNanos();
  }

  @Override
  public String toString() {
    return happyEyeballs
        ? "Connector[Happy Eyeballs, attempt delay " + attemptDelayNanos / 1_000_000 + " ms, resolution delay "
            + resolutionDelayNanos / 1_000_000 + " ms, " + hints + "]"
        : "Connector[sequential, " + hints + "]";
  }
}
