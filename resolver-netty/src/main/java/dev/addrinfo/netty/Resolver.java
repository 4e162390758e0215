package dev.addrinfo.netty;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.AddrInfoResolver;
import dev.addrinfo.Hints;
import dev.addrinfo.NameInfo;
import dev.addrinfo.NameInfoFlag;
import dev.addrinfo.ResolverConfig;
import dev.addrinfo.SystemFiles;
import dev.addrinfo.internal.Engine;
import dev.addrinfo.internal.EngineSettings;
import dev.addrinfo.spi.RouteProbe;
import dev.addrinfo.internal.sort.SourceAddressFinder;
import dev.addrinfo.netty.internal.NativeRouteProbe;
import dev.addrinfo.netty.transport.NettyDnsTransport;
import dev.addrinfo.spi.QueryTrace;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The resolver users create: getaddrinfo and getnameinfo over the system files and DNS on Netty.
 *
 * <pre>{@code
 * try (Resolver resolver = Resolver.system()) {
 *   List<AddrInfo> r = resolver.getAddrInfo("example.com", "https", Hints.DEFAULT).join();
 * }
 * }</pre>
 *
 * <p>One resolver owns one small Netty event loop group and a bounded set of sockets; make one and
 * share it. Lookups never block a thread; answers are cached ({@value #DEFAULT_CACHE_SIZE} entries)
 * unless {@link Builder#cache(boolean)} turns that off. Closing it fails lookups in flight.
 *
 * @since 0.1
 */
public final class Resolver implements AddrInfoResolver {
  /** Answers the cache holds by default; about 300 bytes each with a few addresses. */
  public static final int DEFAULT_CACHE_SIZE = 10_000;

  private final Engine engine;

  private Resolver(Builder b) {
    NettyDnsTransport transport = NettyDnsTransport.builder().trace(b.trace).build();
    List<InetSocketAddress> servers = List.copyOf(b.nameservers);
    UnaryOperator<ResolverConfig> override = servers.isEmpty()
        ? UnaryOperator.identity()
        : config -> config.toBuilder().nameservers(servers).build();
    EngineSettings base = EngineSettings.system();
    EngineSettings settings = base
        .withFiles(b.files)
        .withEnvironment(b.environment, base.hostName())
        .withTransport(transport, b.cache ? DEFAULT_CACHE_SIZE : 0)
        .withDnsOverride(override)
        .withExecutor(b.executor);
    RouteProbe probe = NativeRouteProbe.ifAvailable();
    if (probe != null) {
      settings = settings.withSourceAddresses(SourceAddressFinder.system(probe));
    }
    this.engine = new Engine(settings);
  }

  /**
   * A resolver reading the files under /etc and the process environment, as glibc does.
   *
   * @return a new resolver, to close when done
   */
  public static Resolver system() {
    return builder().build();
  }

  /** {@return a builder whose every setting starts as glibc's on this machine} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public CompletableFuture<List<AddrInfo>> getAddrInfo(String host, String service, Hints hints) {
    return engine.getAddrInfo(host, service, hints);
  }

  @Override
  public CompletableFuture<NameInfo> getNameInfo(InetSocketAddress address, Set<NameInfoFlag> flags) {
    return engine.getNameInfo(address, flags);
  }

  @Override
  public void close() {
    engine.close();
  }

  /** Builds a {@link Resolver}. */
  public static final class Builder {
    private SystemFiles files = SystemFiles.ETC;
    private Map<String, String> environment = System.getenv();
    private final List<InetSocketAddress> nameservers = new ArrayList<>();
    private Consumer<QueryTrace> trace;
    private boolean cache = true;
    private Executor executor;

    private Builder() {}

    /**
     * Where to read hosts, host.conf, resolv.conf, nsswitch.conf, gai.conf and services.
     *
     * @param files the files; {@link SystemFiles#ETC} by default
     * @return this builder
     */
    public Builder files(SystemFiles files) {
      this.files = Objects.requireNonNull(files, "files");
      return this;
    }

    /**
     * The environment to read LOCALDOMAIN and RES_OPTIONS from; the process's by default.
     *
     * @param environment the variables; copied
     * @return this builder
     */
    public Builder environment(Map<String, String> environment) {
      this.environment = Map.copyOf(environment);
      return this;
    }

    /**
     * Name servers to use instead of resolv.conf's (any port); may be called several times.
     *
     * @param server the server's address and port
     * @return this builder
     */
    public Builder addNameserver(InetSocketAddress server) {
      this.nameservers.add(Objects.requireNonNull(server, "server"));
      return this;
    }

    /**
     * Called once for every DNS exchange, on an event-loop thread: must not block.
     *
     * @param trace told of each exchange, or null for none
     * @return this builder
     */
    public Builder trace(Consumer<QueryTrace> trace) {
      this.trace = trace;
      return this;
    }

    /**
     * Whether answers are cached (on by default).
     *
     * @param on true to cache
     * @return this builder
     */
    public Builder cache(boolean on) {
      this.cache = on;
      return this;
    }

    /**
     * Where the returned futures complete; by default on the event loop that finished the lookup.
     *
     * @param executor runs the completion of each future, or null for the default
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = executor;
      return this;
    }

    /** {@return a new resolver, which makes its own event loop at its first DNS query} */
    public Resolver build() {
      return new Resolver(this);
    }

    @Override
    public String toString() {
      return "Resolver.Builder[files=" + files + ", nameservers=" + nameservers + ", cache=" + cache
          + ", trace=" + (trace != null) + ", executor=" + executor + ", env=" + environment.size() + "]";
    }
  }
}
