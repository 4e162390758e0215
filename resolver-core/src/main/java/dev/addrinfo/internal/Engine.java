package dev.addrinfo.internal;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.AddrInfoException;
import dev.addrinfo.EaiError;
import dev.addrinfo.ResolverStats;
import dev.addrinfo.spi.TransportStats;
import dev.addrinfo.AddrInfoResolver;
import dev.addrinfo.Hints;
import dev.addrinfo.NameInfo;
import dev.addrinfo.NameInfoFlag;
import dev.addrinfo.ResolverConfig;
import dev.addrinfo.internal.cache.ResultCache;
import dev.addrinfo.internal.dns.DnsCache;
import dev.addrinfo.internal.dns.DnsSource;
import dev.addrinfo.internal.nss.HostSource;
import dev.addrinfo.internal.nss.NameServiceSwitch;
import dev.addrinfo.internal.dns.QueryRunner;
import dev.addrinfo.internal.gai.GetAddrInfo;
import dev.addrinfo.internal.gai.GetNameInfo;
import dev.addrinfo.internal.gai.Resolved;
import dev.addrinfo.internal.Snapshot;
import dev.addrinfo.spi.DnsTransport;
import java.net.InetSocketAddress;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;

/**
 * getaddrinfo and getnameinfo over the system files and a DNS transport: the whole algorithm, with
 * no Netty in sight. Thread-safe; every call reads one {@link Snapshot} of the files, each re-read
 * when it changes (checked at most once per {@link EngineSettings#checkInterval()}).
 */
public final class Engine implements AddrInfoResolver {
  private final SystemState state;
  private final DnsTransport transport;
  private final DnsCache cache;
  private final GetAddrInfo getAddrInfo;
  private final GetNameInfo getNameInfo;
  private final ResultCache results;
  private final InstantSource clock;
  private final Executor executor;
  private final Observer observer;
  private volatile boolean closed;

  public Engine(EngineSettings settings) {
    Objects.requireNonNull(settings, "settings");
    this.state = new SystemState(settings);
    this.transport = settings.transport();
    this.cache = settings.cacheSize() > 0 ? new DnsCache(settings.cacheSize(), settings.clock()) : null;
    this.results = settings.cacheSize() > 0 ? new ResultCache(settings.cacheSize()) : null;
    this.clock = settings.clock();
    this.observer = new Observer(settings.listener());
    NameServiceSwitch sources = new NameServiceSwitch(transport == null
        ? HostSource.UNAVAILABLE : new DnsSource(new QueryRunner(transport, cache, observer,
        settings.rememberDeadServers(), settings.clock())));
    this.getAddrInfo = new GetAddrInfo(sources);
    this.getNameInfo = new GetNameInfo(sources);
    this.executor = settings.executor();
  }

  /**
   * With a cache, a question answered within the last second (and within its DNS TTL, under the
   * same configuration) gets the same completed future again: no allocation, no lookup.
   */
  @Override
  public CompletableFuture<List<AddrInfo>> getAddrInfo(String host, String service, Hints hints) {
    Hints h = hints == null ? Hints.DEFAULT : hints;
    long now = clock.millis();
    Snapshot s = state.snapshot(now);
    if (results != null) {
      CompletableFuture<List<AddrInfo>> hit = results.get(host, service, h, s, now);
      if (hit != null) {
        observer.resultCacheHit(host);
        return deliver(hit);
      }
    }
    AddrInfoCall call = new AddrInfoCall(host, service, h, s);
    getAddrInfo.run(host, service, h, s, call);
    return deliver(call);
  }

  @Override
  public CompletableFuture<NameInfo> getNameInfo(InetSocketAddress address, Set<NameInfoFlag> flags) {
    long start = System.nanoTime();
    CompletableFuture<NameInfo> result = new CompletableFuture<>();
    getNameInfo.run(address, NameInfoFlag.toBits(flags), state.snapshot()).whenComplete((r, failure) -> {
      observer.lookup("getnameinfo", String.valueOf(address), errorOf(failure), start);
      if (failure != null) {
        result.completeExceptionally(closedOr(failure, "address " + address));
      } else {
        result.complete(r);
      }
    });
    return deliver(result);
  }

  /**
   * One getaddrinfo call: the future handed to the caller, and the callback the lookup ends with,
   * so a call costs one object besides its result.
   */
  private final class AddrInfoCall extends CompletableFuture<List<AddrInfo>> implements BiConsumer<Resolved, Throwable> {
    private final String host;
    private final String service;
    private final Hints hints;
    private final Snapshot snapshot;
    private final long start = System.nanoTime();

    AddrInfoCall(String host, String service, Hints hints, Snapshot snapshot) {
      this.host = host;
      this.service = service;
      this.hints = hints;
      this.snapshot = snapshot;
    }

    @Override
    public void accept(Resolved r, Throwable failure) {
      Throwable f = failure;
      List<AddrInfo> out = null;
      if (f == null) {
        try {
          out = results == null ? r.results()
              : results.put(host, service, hints, snapshot, clock.millis(), r.results(), r.ttlSeconds());
        } catch (RuntimeException e) {
          f = e;
        }
      }
      observer.lookup("getaddrinfo", host, errorOf(f), start);
      if (f != null) {
        completeExceptionally(closedOr(f, "host '" + host + "'"));
      } else {
        complete(out);
      }
    }
  }

  /**
   * The failure to report: after {@link #close()}, one that says the resolver was closed (the
   * transport's own reason is lost on the way, in the retries of every server); else as it is.
   */
  private Throwable closedOr(Throwable failure, String what) {
    if (closed) {
      return new AddrInfoException(EaiError.EAI_AGAIN, "the resolver was closed while looking up " + what);
    }
    return failure instanceof CompletionException c && c.getCause() != null ? c.getCause() : failure;
  }

  private static EaiError errorOf(Throwable failure) {
    if (failure == null) {
      return null;
    }
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    return cause instanceof AddrInfoException e ? e.error() : EaiError.EAI_SYSTEM;
  }

  /** The counters since the engine was made, with the transport's. */
  public ResolverStats stats() {
    return observer.stats(transport == null ? TransportStats.NONE : transport.stats());
  }

  /** The resolv.conf settings in force now, after overrides. */
  public ResolverConfig dnsConfig() {
    return state.snapshot().dns();
  }

  /** Number of answers in the cache, 0 without one. */
  public int cacheSize() {
    return cache == null ? 0 : cache.size();
  }

  private <T> CompletableFuture<T> deliver(CompletableFuture<T> f) {
    return executor == null ? f : f.whenCompleteAsync((v, t) -> { }, executor);
  }

  /** Closes the transport, failing what is in flight. */
  @Override
  public void close() {
    closed = true;
    if (transport != null) {
      transport.close();
    }
  }
}
