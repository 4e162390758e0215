package dev.addrinfo.netty;

import dev.addrinfo.Hints;
import dev.addrinfo.Resolver;
import io.netty.channel.EventLoopGroup;
import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.util.concurrent.EventExecutor;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * Netty's {@link AddressResolverGroup} on getaddrinfo: a {@code Bootstrap} given one with
 * {@code bootstrap.resolver(group)} resolves the names it connects to as glibc's getaddrinfo would
 * on this machine (hosts file, DNS, gai.conf order), without blocking an event loop.
 *
 * <pre>{@code
 * EventLoopGroup loops = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
 * try (AddrInfoResolverGroup names = AddrInfoResolverGroup.onEventLoopGroup(loops)) {
 *   Channel ch = new Bootstrap().group(loops).channel(NioSocketChannel.class).handler(handler)
 *       .resolver(names)
 *       .connect("example.com", 443).sync().channel();
 * }
 * }</pre>
 *
 * <p><b>What resolves.</b> {@code resolve(address)} gives the first address of getaddrinfo's list
 * (RFC 6724 order, as gai.conf shapes it), {@code resolveAll(address)} the whole list in that order;
 * a {@code Bootstrap} connects to the first only (Netty tries no other), so for a fallback to the
 * next addresses, or Happy Eyeballs, use a {@link Connector}. The question asked is
 * {@code getaddrinfo(host, NULL, hints)} with hints AF_UNSPEC, SOCK_STREAM, protocol 0, no flags,
 * unless a factory is given other hints: SOCK_STREAM so that each address comes once (TCP only;
 * the order is the same for a datagram bootstrap); no service, since the port is already a number
 * in the address being resolved (the results carry it) and a service would only split the result
 * cache by port; no AI_ADDRCONFIG, which in glibc ignores loopback and would hide every address
 * from a host whose only interface is {@code lo} (pass it in the hints to skip AAAA questions on
 * an IPv4-only host). Addresses carry the host name, as the JDK's and Netty's resolvers set it;
 * address literals resolve at once, unnamed.
 *
 * <p><b>Failures</b> are {@link java.net.UnknownHostException}s, as Netty's resolvers fail: an
 * {@link dev.addrinfo.AddrInfoException} with getaddrinfo's code (EAI_NONAME, EAI_AGAIN, ...).
 *
 * <p><b>Threads and cost.</b> Netty asks the group for one resolver per event loop; each is a
 * small object over the one shared {@link Resolver}, and completes its futures on its event loop
 * (a cache hit there costs no task; an answer from another thread, one task hand-off). A group
 * made with {@link #onEventLoopGroup} runs its DNS transport on the caller's loops, starting no
 * thread: a lookup started on one of those loops is sent and answered on that same loop.
 *
 * <p><b>Closing.</b> {@link #close()} closes the per-loop resolvers (as Netty does when a loop
 * terminates); it closes the {@link Resolver} only if the group owns it, which only
 * {@link #owning} and {@link #onEventLoopGroup} say.
 *
 * @since 0.1
 */
public final class AddrInfoResolverGroup extends AddressResolverGroup<InetSocketAddress> {
  private final Resolver resolver;
  private final Hints hints;
  private final boolean owned;

  private AddrInfoResolverGroup(Resolver resolver, Hints hints, boolean owned) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.hints = ResolvedAddresses.checked(Objects.requireNonNull(hints, "hints"));
    this.owned = owned;
  }

  /**
   * A group resolving through {@code resolver}, which stays open when the group closes.
   *
   * @param resolver the resolver to ask; the caller closes it
   * @return a new group
   */
  public static AddrInfoResolverGroup sharing(Resolver resolver) {
    return new AddrInfoResolverGroup(resolver, ResolvedAddresses.STREAM, false);
  }

  /**
   * A group resolving through {@code resolver} with {@code hints} (for example AF_INET only, or
   * AI_ADDRCONFIG); the resolver stays open when the group closes.
   *
   * @param resolver the resolver to ask; the caller closes it
   * @param hints the hints of every lookup
   * @return a new group
   * @throws IllegalArgumentException if the hints name no socket type (each address would come
   *     once per type)
   */
  public static AddrInfoResolverGroup sharing(Resolver resolver, Hints hints) {
    return new AddrInfoResolverGroup(resolver, hints, false);
  }

  /**
   * A group resolving through {@code resolver}, and closing it when the group closes.
   *
   * @param resolver the resolver to ask; the group closes it
   * @return a new group
   */
  public static AddrInfoResolverGroup owning(Resolver resolver) {
    return new AddrInfoResolverGroup(resolver, ResolvedAddresses.STREAM, true);
  }

  /**
   * A group owning a new {@link Resolver} (the system files, as {@link NettyResolver#builder(EventLoopGroup)}
   * makes it) whose DNS transport runs on {@code group}'s loops, usually the group the bootstrap
   * connects on: no second event loop group, no thread of its own. The caller keeps {@code group}
   * running until this group is closed, and closes it.
   *
   * @param group the event loops to send and receive DNS messages on
   * @return a new group that owns its resolver
   */
  public static AddrInfoResolverGroup onEventLoopGroup(EventLoopGroup group) {
    return owning(NettyResolver.builder(Objects.requireNonNull(group, "group")).build());
  }

  /**
   * The resolver the group asks, for a {@link Connector} or a direct lookup.
   *
   * @return the resolver given to the factory, or made by it
   */
  public Resolver resolver() {
    return resolver;
  }

  @Override
  protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
    return new AddrInfoAddressResolver(executor, resolver, hints);
  }

  /** Closes every per-loop resolver, and the {@link Resolver} if this group owns it. */
  @Override
  public void close() {
    try {
      super.close();
    } finally {
      if (owned) {
        resolver.close();
      }
    }
  }

  @Override
  public String toString() {
    return "AddrInfoResolverGroup[" + (owned ? "owning " : "sharing ") + resolver + ", " + hints + "]";
  }
}
