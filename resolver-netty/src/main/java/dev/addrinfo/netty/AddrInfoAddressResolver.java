package dev.addrinfo.netty;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.Hints;
import dev.addrinfo.Resolver;
import io.netty.resolver.AbstractAddressResolver;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

/**
 * One event executor's resolver of an {@link AddrInfoResolverGroup}: getaddrinfo through the
 * group's shared {@link Resolver}, each promise completed on this resolver's executor. Closing it
 * leaves the shared resolver open.
 */
final class AddrInfoAddressResolver extends AbstractAddressResolver<InetSocketAddress> {
  private final Resolver resolver;
  private final Hints hints;

  AddrInfoAddressResolver(EventExecutor executor, Resolver resolver, Hints hints) {
    super(executor, InetSocketAddress.class);
    this.resolver = resolver;
    this.hints = hints;
  }

  @Override
  protected boolean doIsResolved(InetSocketAddress address) {
    return !address.isUnresolved();
  }

  @Override
  protected void doResolve(InetSocketAddress unresolved, Promise<InetSocketAddress> promise) {
    String host = unresolved.getHostString();
    int port = unresolved.getPort();
    lookup(host).whenComplete((results, failure) -> {
      if (failure != null || results.isEmpty()) {
        fail(promise, failure, host);
      } else {
        succeed(promise, ResolvedAddresses.socketAddress(results.get(0), host, port));
      }
    });
  }

  @Override
  protected void doResolveAll(InetSocketAddress unresolved, Promise<List<InetSocketAddress>> promise) {
    String host = unresolved.getHostString();
    int port = unresolved.getPort();
    lookup(host).whenComplete((results, failure) -> {
      if (failure != null || results.isEmpty()) {
        fail(promise, failure, host);
        return;
      }
      List<InetSocketAddress> all = new ArrayList<>(results.size());
      for (AddrInfo r : results) {
        all.add(ResolvedAddresses.socketAddress(r, host, port));
      }
      succeed(promise, all);
    });
  }

  /**
   * The service is null: the port is a number already, and a service would split the result
   * cache by port for nothing.
   */
  private CompletableFuture<List<AddrInfo>> lookup(String host) {
    return resolver.getAddrInfo(host, null, hints);
  }

  private <T> void succeed(Promise<T> promise, T value) {
    onExecutor(() -> promise.trySuccess(value));
  }

  private void fail(Promise<?> promise, Throwable failure, String host) {
    UnknownHostException cause = failure == null
        ? new UnknownHostException("getaddrinfo returned no address for " + host)
        : ResolvedAddresses.failure(failure, host);
    onExecutor(() -> promise.tryFailure(cause));
  }

  /**
   * Runs {@code completion} on this resolver's executor, as Netty's own resolvers complete: a
   * cache hit, or an answer to a lookup started on that executor when the transport shares its
   * loops, is already there; otherwise one task hand-off. An executor that is shutting down gets
   * the completion on this thread rather than never.
   */
  private void onExecutor(Runnable completion) {
    EventExecutor executor = executor();
    if (executor.inEventLoop()) {
      completion.run();
      return;
    }
    try {
      executor.execute(completion);
    } catch (RejectedExecutionException e) {
      completion.run();
    }
  }
}
