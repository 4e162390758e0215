package dev.addrinfo;

import dev.addrinfo.internal.Engine;
import dev.addrinfo.internal.EngineSettings;
import dev.addrinfo.internal.sort.SourceAddressFinder;
import dev.addrinfo.services.LineProblem;
import dev.addrinfo.spi.DnsTransport;
import dev.addrinfo.spi.RouteProbe;
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
 * getaddrinfo(3) and getnameinfo(3) as glibc runs them, over the system files and a
 * {@link DnsTransport}: the one entry point of the library. Thread-safe; make one and share it.
 *
 * <pre>{@code
 * try (Resolver resolver = Resolver.builder().transport(myTransport).build()) {
 *   List<AddrInfo> r = resolver.getAddrInfo("example.com", "https", Hints.DEFAULT).join();
 * }
 * }</pre>
 *
 * <p>The resolver reads /etc/hosts, host.conf, resolv.conf, nsswitch.conf, gai.conf and services
 * (or the files {@link Builder#files} names), each re-read when it changes (looked at no more than
 * once a second). Without a transport it answers from the files alone, as glibc does when no name
 * server can be reached. A lookup never blocks its caller: the future completes on the thread that
 * finished the work (the transport's, for DNS; the caller's, for answers from the files or the
 * cache) unless {@link Builder#executor} says otherwise.
 *
 * <p><b>Caches</b> (on by default, {@value #DEFAULT_CACHE_SIZE} entries each): DNS answers for
 * their TTL (negative ones for the SOA minimum), and finished getaddrinfo results for up to one
 * second (never past a TTL or a change of a file). A repeated lookup within that second returns the
 * very same completed future: no allocation, no lock, tens of nanoseconds.
 *
 * <p><b>Dead servers</b> are remembered (unless {@link Builder#rememberDeadServers} turns it off):
 * after a name server times out or its port is closed, later lookups go on to the next server at
 * once instead of waiting on it again, with the result glibc gives when that server fails again.
 *
 * @since 0.1
 */
public final class Resolver implements AddrInfoResolver {
  /** Entries each cache holds by default; a DNS answer costs about 250 bytes, a result about 300. */
  public static final int DEFAULT_CACHE_SIZE = 10_000;

  private final Engine engine;

  private Resolver(Builder b) {
    EngineSettings base = EngineSettings.system();
    EngineSettings settings = base
        .withFiles(b.files)
        .withEnvironment(b.environment, base.hostName())
        .withTransport(b.transport, b.cacheSize)
        .withDnsOverride(b.override())
        .withExecutor(b.executor)
        .withListener(b.listener)
        .withRememberDeadServers(b.rememberDeadServers);
    if (b.warnings != null) {
      settings = settings.withProblems(b.warnings);
    }
    RouteProbe probe = b.transport == null ? null : b.transport.routeProbe();
    if (probe != null) {
      settings = settings.withSourceAddresses(SourceAddressFinder.system(probe));
    }
    this.engine = new Engine(settings);
  }

  /** {@return a builder whose every setting starts as glibc's on this machine} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Resolves a host and a service as glibc's getaddrinfo() does. Failures complete the future
   * with an {@link AddrInfoException} carrying glibc's error code. Costs, measured on a 2-core
   * machine: tens of nanoseconds for a result reused from the last second; about 2 microseconds for
   * one worked out from the files or the DNS cache; one or two DNS exchanges (A and AAAA in
   * parallel) otherwise. Returns at once; the future completes as the class description says (on
   * the transport's thread after DNS, on the caller's for the files or a cache, or on the builder's
   * executor).
   *
   * @param host a name, a numeric address, or null for the wildcard (AI_PASSIVE) or loopback address
   * @param service a service name, a port number, or null for port 0
   * @param hints family, socket type, protocol and flags
   * @return the results, unmodifiable, in glibc's order
   */
  @Override
  public CompletableFuture<List<AddrInfo>> getAddrInfo(String host, String service, Hints hints) {
    return engine.getAddrInfo(host, service, hints);
  }

  /**
   * Finds the name of an address and the service of a port as glibc's getnameinfo() does: the
   * hosts file, then a PTR question. Costs a hosts-file look-up and a services look-up (hash-map
   * probes), plus one DNS exchange for the PTR question unless the DNS cache holds its answer.
   * Returns at once; the future completes as for {@link #getAddrInfo}.
   *
   * @param address the address and port to name
   * @param flags the {@code NI_*} flags
   * @return the host and service names
   */
  @Override
  public CompletableFuture<NameInfo> getNameInfo(InetSocketAddress address, Set<NameInfoFlag> flags) {
    return engine.getNameInfo(address, flags);
  }

  /**
   * The resolv.conf settings in force now (the file as last read, with RES_OPTIONS and LOCALDOMAIN),
   * after the builder's overrides: what the next lookup will use. Reads the files if they are due
   * for a check; sends nothing.
   *
   * @return the settings, immutable
   */
  public ResolverConfig dnsConfig() {
    return engine.dnsConfig();
  }

  /**
   * The counters since the resolver was built: lookups, caches, questions and the transport's. Reads
   * counters only; sends nothing, locks nothing.
   *
   * @return a snapshot of the counters
   */
  public ResolverStats stats() {
    return engine.stats();
  }

  /** Closes the transport: lookups in flight fail with an {@link AddrInfoException} (EAI_AGAIN). */
  @Override
  public void close() {
    engine.close();
  }

  /** Builds a {@link Resolver}; every setting starts as glibc's on this machine. */
  public static final class Builder {
    private DnsTransport transport;
    private SystemFiles files = SystemFiles.ETC;
    private Map<String, String> environment = System.getenv();
    private List<InetSocketAddress> nameservers;
    private List<String> search;
    private Duration timeout;
    private int attempts;
    private UnaryOperator<ResolverConfig> configure = UnaryOperator.identity();
    private int cacheSize = DEFAULT_CACHE_SIZE;
    private Executor executor;
    private Consumer<LineProblem> warnings;
    private ResolverListener listener;
    private boolean rememberDeadServers = true;

    private Builder() {}

    /**
     * How DNS questions reach the servers; the resolver owns it and closes it. Without one the
     * resolver reads only the files (the {@code dns} source of nsswitch.conf is then unavailable).
     *
     * @param transport the transport, e.g. {@code NettyDnsTransport} from resolver-netty
     * @return this builder
     */
    public Builder transport(DnsTransport transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
      return this;
    }

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
     * Name servers (any port) to use instead of resolv.conf's; at most three are asked, as by glibc.
     *
     * @param servers the servers' addresses, in the order to ask them; copied
     * @return this builder
     * @throws IllegalArgumentException if the list is empty or holds an unresolved address
     */
    public Builder nameservers(List<InetSocketAddress> servers) {
      List<InetSocketAddress> copy = List.copyOf(servers);
      if (copy.isEmpty()) {
        throw new IllegalArgumentException("name server list is empty");
      }
      for (InetSocketAddress s : copy) {
        if (s.isUnresolved()) {
          throw new IllegalArgumentException("name server must be an address, not a name: " + s);
        }
      }
      this.nameservers = copy;
      return this;
    }

    /**
     * Adds a name server to the ones this builder sets instead of resolv.conf's.
     *
     * @param server the server's address and port
     * @return this builder
     * @throws IllegalArgumentException if the address is unresolved
     */
    public Builder addNameserver(InetSocketAddress server) {
      List<InetSocketAddress> all = new ArrayList<>(nameservers == null ? List.of() : nameservers);
      all.add(Objects.requireNonNull(server, "server"));
      return nameservers(all);
    }

    /**
     * The search list to use instead of resolv.conf's (and LOCALDOMAIN's); may be empty.
     *
     * @param domains the domains, in order; copied
     * @return this builder
     */
    public Builder search(List<String> domains) {
      this.search = List.copyOf(domains);
      return this;
    }

    /**
     * How long one try waits, instead of resolv.conf's {@code timeout}: 1 to 30 seconds, as glibc allows.
     *
     * @param timeout the wait for one answer
     * @return this builder
     * @throws IllegalArgumentException if it is outside 1 to 30 seconds
     */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.compareTo(Duration.ofSeconds(1)) < 0 || timeout.compareTo(ResolverConfig.MAX_TIMEOUT) > 0) {
        throw new IllegalArgumentException("timeout out of range 1-30 s: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Rounds over the servers, instead of resolv.conf's {@code attempts}: 1 to 5, as glibc allows.
     *
     * @param attempts the number of rounds
     * @return this builder
     * @throws IllegalArgumentException if it is outside 1 to 5
     */
    public Builder attempts(int attempts) {
      if (attempts < 1 || attempts > ResolverConfig.MAX_ATTEMPTS) {
        throw new IllegalArgumentException("attempts out of range 1-5: " + attempts);
      }
      this.attempts = attempts;
      return this;
    }

    /**
     * Any other change to the resolv.conf settings, applied after the ones above, each time the file is read.
     *
     * @param change takes the settings read and returns the ones to use
     * @return this builder
     */
    public Builder configure(UnaryOperator<ResolverConfig> change) {
      this.configure = Objects.requireNonNull(change, "change");
      return this;
    }

    /**
     * Entries each cache holds; 0 turns both caches off. {@value #DEFAULT_CACHE_SIZE} by default.
     *
     * @param entries the bound of each cache
     * @return this builder
     * @throws IllegalArgumentException if it is negative
     */
    public Builder cacheSize(int entries) {
      if (entries < 0) {
        throw new IllegalArgumentException("cache size must not be negative: " + entries);
      }
      this.cacheSize = entries;
      return this;
    }

    /**
     * Where the returned futures complete; by default the thread that finished the work.
     *
     * @param executor runs the completion of each future
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Where bad lines of the files, and files that exist but cannot be read, are reported; the
     * platform logger ({@code System.Logger}) by default.
     *
     * @param warnings receives each problem, on the thread that read the file
     * @return this builder
     */
    public Builder warnings(Consumer<LineProblem> warnings) {
      this.warnings = Objects.requireNonNull(warnings, "warnings");
      return this;
    }

    /**
     * Told of every exchange, question and lookup (see {@link ResolverListener}).
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(ResolverListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Whether a name server that failed is skipped for a while; on by default. Only the waiting
     * changes, never the result glibc would give while the server stays dead.
     *
     * <p>On: once a try to a server times out or is refused (ICMP port unreachable, TCP connection
     * refused), lookups that start later skip their tries to it as if each had failed the same way
     * (so the error codes, {@code EAI_AGAIN} and the search-list steps, stay glibc's) and ask the
     * next server at once. A lookup's own failed tries are retried in its later rounds as glibc
     * retries them, and when every server is dead the one that failed longest ago is still asked,
     * so a lookup never ends without a try. A skipped server is sent the lookup's question in the
     * background once its retry time has come: 5 seconds after it failed, doubling after each
     * retry that fails, at most 60 seconds; the retry's answer is not used, but any answer (any
     * rcode) makes the server alive again, as does any answer to a lookup. Costs: nothing while
     * every server answers (two volatile reads per question); one message per dead server and
     * retry time. {@link ResolverStats#skippedTries()} counts the tries skipped.
     *
     * <p>Off: every lookup waits on every dead server in every round, as glibc does (with
     * {@code options timeout:5} and a dead first server, 5 seconds per lookup whose
     * answer the second server has).
     *
     * @param remember true to skip servers that failed, false to wait on them as glibc does
     * @return this builder
     */
    public Builder rememberDeadServers(boolean remember) {
      this.rememberDeadServers = remember;
      return this;
    }

    /**
     * Builds the resolver. Reads no file yet (the first lookup does) and sends nothing.
     *
     * @return a new resolver, which owns the transport
     */
    public Resolver build() {
      return new Resolver(this);
    }

    private UnaryOperator<ResolverConfig> override() {
      List<InetSocketAddress> servers = nameservers;
      List<String> domains = search;
      Duration t = timeout;
      int a = attempts;
      UnaryOperator<ResolverConfig> then = configure;
      if (servers == null && domains == null && t == null && a == 0) {
        return then;
      }
      return config -> {
        ResolverConfig.Builder c = config.toBuilder();
        if (servers != null) {
          c.nameservers(servers);
        }
        if (domains != null) {
          c.search(domains);
        }
        if (t != null) {
          c.timeout(t);
        }
        if (a != 0) {
          c.attempts(a);
        }
        return then.apply(c.build());
      };
    }

    @Override
    public String toString() {
      return "Resolver.Builder[transport=" + transport + ", files=" + files + ", nameservers=" + nameservers
          + ", search=" + search + ", timeout=" + timeout + ", attempts=" + attempts + ", cacheSize=" + cacheSize
          + ", executor=" + executor + ", listener=" + listener + ", rememberDeadServers=" + rememberDeadServers + "]";
    }
  }
}
