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
import dev.addrinfo.services.LineProblem;
import dev.addrinfo.spi.QueryTrace;
import java.net.InetSocketAddress;
import java.time.Duration;
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
    EngineSettings base = EngineSettings.system();
    EngineSettings settings = base
        .withFiles(b.files)
        .withEnvironment(b.environment, base.hostName())
        .withTransport(transport, b.cache ? DEFAULT_CACHE_SIZE : 0)
        .withDnsOverride(override(b))
        .withExecutor(b.executor);
    if (b.warnings != null) {
      settings = settings.withProblems(b.warnings);
    }
    RouteProbe probe = NativeRouteProbe.ifAvailable();
    if (probe != null) {
      settings = settings.withSourceAddresses(SourceAddressFinder.system(probe));
    }
    this.engine = new Engine(settings);
  }

  /** The builder's name servers, timeout and attempts, each replacing resolv.conf's when set. */
  private static UnaryOperator<ResolverConfig> override(Builder b) {
    List<InetSocketAddress> servers = List.copyOf(b.nameservers);
    Duration timeout = b.timeout;
    int attempts = b.attempts;
    if (servers.isEmpty() && timeout == null && attempts == 0) {
      return UnaryOperator.identity();
    }
    return config -> {
      ResolverConfig.Builder c = config.toBuilder();
      if (!servers.isEmpty()) {
        c.nameservers(servers);
      }
      if (timeout != null) {
        c.timeout(timeout);
      }
      if (attempts != 0) {
        c.attempts(attempts);
      }
      return c.build();
    };
  }

  /** A resolver reading the files under /etc and the process environment, as glibc does. */
  public static Resolver system() {
    return builder().build();
  }

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

  /**
   * The resolv.conf settings in force now (the file as last read, with RES_OPTIONS and LOCALDOMAIN),
   * after the builder's overrides: what the next lookup will use. Reads the files if they are due
   * for a check; sends nothing.
   */
  public ResolverConfig dnsConfig() {
    return engine.dnsConfig();
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
    private Duration timeout;
    private int attempts;
    private Consumer<LineProblem> warnings;

    private Builder() {}

    /** Where to read hosts, host.conf, resolv.conf, nsswitch.conf, gai.conf and services. */
    public Builder files(SystemFiles files) {
      this.files = Objects.requireNonNull(files, "files");
      return this;
    }

    /** The environment to read LOCALDOMAIN and RES_OPTIONS from; the process's by default. */
    public Builder environment(Map<String, String> environment) {
      this.environment = Map.copyOf(environment);
      return this;
    }

    /** Name servers to use instead of resolv.conf's (any port); may be called several times. */
    public Builder addNameserver(InetSocketAddress server) {
      this.nameservers.add(Objects.requireNonNull(server, "server"));
      return this;
    }

    /**
     * How long one try waits for an answer, instead of resolv.conf's {@code timeout:} (glibc's
     * range: over 0, at most {@link ResolverConfig#MAX_TIMEOUT}).
     *
     * @throws IllegalArgumentException naming the value when it is out of that range
     */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(ResolverConfig.MAX_TIMEOUT) > 0) {
        throw new IllegalArgumentException("timeout out of range (0, " + ResolverConfig.MAX_TIMEOUT.toSeconds()
            + " s]: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * How many rounds over all name servers, instead of resolv.conf's {@code attempts:} (glibc's
     * range: 1 to {@link ResolverConfig#MAX_ATTEMPTS}).
     *
     * @throws IllegalArgumentException naming the value when it is out of that range
     */
    public Builder attempts(int attempts) {
      if (attempts < 1 || attempts > ResolverConfig.MAX_ATTEMPTS) {
        throw new IllegalArgumentException("attempts out of range 1-" + ResolverConfig.MAX_ATTEMPTS + ": " + attempts);
      }
      this.attempts = attempts;
      return this;
    }

    /**
     * Where problems with the configuration files go instead of the platform logger
     * ({@code System.Logger} "dev.addrinfo.config", at WARNING): each line skipped because it
     * cannot be read, and each file that exists but cannot be read (line number 0; it is then
     * read as missing). Called on the thread that (re-)reads the file, at most once per line each
     * time the file is read: must not block.
     */
    public Builder warnings(Consumer<LineProblem> warnings) {
      this.warnings = Objects.requireNonNull(warnings, "warnings");
      return this;
    }

    /** Called once for every DNS exchange, on an event-loop thread: must not block. */
    public Builder trace(Consumer<QueryTrace> trace) {
      this.trace = trace;
      return this;
    }

    /** Whether answers are cached (on by default). */
    public Builder cache(boolean on) {
      this.cache = on;
      return this;
    }

    /** Where the returned futures complete; by default on the event loop that finished the lookup. */
    public Builder executor(Executor executor) {
      this.executor = executor;
      return this;
    }

    public Resolver build() {
      return new Resolver(this);
    }

    @Override
    public String toString() {
      return "Resolver.Builder[files=" + files + ", nameservers=" + nameservers + ", timeout=" + timeout
          + ", attempts=" + attempts + ", warnings=" + (warnings != null) + ", cache=" + cache
          + ", trace=" + (trace != null) + ", executor=" + executor + ", env=" + environment.size() + "]";
    }
  }
}
