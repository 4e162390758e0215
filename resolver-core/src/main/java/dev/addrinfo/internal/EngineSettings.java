package dev.addrinfo.internal;

import dev.addrinfo.ResolverConfig;
import dev.addrinfo.ResolverListener;
import dev.addrinfo.SystemFiles;
import dev.addrinfo.internal.ifaddr.InterfaceAddresses;
import dev.addrinfo.internal.numeric.ScopeIds;
import dev.addrinfo.internal.sort.SourceAddressFinder;
import dev.addrinfo.services.LineProblem;
import dev.addrinfo.spi.DnsTransport;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * What an {@link Engine} is made of. Tests replace the system parts (interfaces, source addresses,
 * scope ids, clock) with fixed ones.
 *
 * @param transport the DNS transport, or null for a resolver that reads only files
 * @param dnsOverride applied to the parsed resolv.conf, e.g. to set name servers
 * @param cacheSize entries the DNS cache holds, 0 for no cache
 * @param executor where returned futures complete, or null for the thread that finished the work
 * @param hostName gethostname(): its domain is the default search list and NI_NOFQDN's local domain
 * @param checkInterval how often a file's modification time is looked at
 * @param listener told of exchanges, questions and lookups, or null
 * @param rememberDeadServers whether DNS questions skip a server that recently timed out or refused
 *     (see {@link dev.addrinfo.Resolver.Builder#rememberDeadServers})
 */
public record EngineSettings(
    SystemFiles files,
    Map<String, String> environment,
    String hostName,
    DnsTransport transport,
    UnaryOperator<ResolverConfig> dnsOverride,
    int cacheSize,
    InstantSource clock,
    Executor executor,
    InterfaceAddresses interfaces,
    SourceAddressFinder sourceAddresses,
    ScopeIds scopes,
    Duration checkInterval,
    Consumer<LineProblem> problems,
    ResolverListener listener,
    boolean rememberDeadServers) {

  public EngineSettings {
    Objects.requireNonNull(files, "files");
    environment = Map.copyOf(environment);
    Objects.requireNonNull(dnsOverride, "dnsOverride");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(interfaces, "interfaces");
    Objects.requireNonNull(sourceAddresses, "sourceAddresses");
    Objects.requireNonNull(scopes, "scopes");
    Objects.requireNonNull(checkInterval, "checkInterval");
    Objects.requireNonNull(problems, "problems");
    if (cacheSize < 0) {
      throw new IllegalArgumentException("cache size must not be negative: " + cacheSize);
    }
  }

  /** The system's files, environment, interfaces and clock; no transport, no cache. */
  public static EngineSettings system() {
    return new EngineSettings(SystemFiles.ETC, System.getenv(), HostName.read(), null, UnaryOperator.identity(), 0,
        InstantSource.system(), null, InterfaceAddresses.system(), SourceAddressFinder.system(), ScopeIds.system(),
        Duration.ofSeconds(1), ProblemLog::warn, null, true);
  }

  public EngineSettings withFiles(SystemFiles f) {
    return new EngineSettings(f, environment, hostName, transport, dnsOverride, cacheSize, clock, executor,
        interfaces, sourceAddresses, scopes, checkInterval, problems, listener, rememberDeadServers);
  }

  public EngineSettings withEnvironment(Map<String, String> env, String host) {
    return new EngineSettings(files, env, host, transport, dnsOverride, cacheSize, clock, executor,
        interfaces, sourceAddresses, scopes, checkInterval, problems, listener, rememberDeadServers);
  }

  public EngineSettings withTransport(DnsTransport t, int cache) {
    return new EngineSettings(files, environment, hostName, t, dnsOverride, cache, clock, executor,
        interfaces, sourceAddresses, scopes, checkInterval, problems, listener, rememberDeadServers);
  }

  public EngineSettings withDnsOverride(UnaryOperator<ResolverConfig> o) {
    return new EngineSettings(files, environment, hostName, transport, o, cacheSize, clock, executor,
        interfaces, sourceAddresses, scopes, checkInterval, problems, listener, rememberDeadServers);
  }

  public EngineSettings withExecutor(Executor e) {
    return new EngineSettings(files, environment, hostName, transport, dnsOverride, cacheSize, clock, e,
        interfaces, sourceAddresses, scopes, checkInterval, problems, listener, rememberDeadServers);
  }

  /** Where bad configuration lines, and files that exist but cannot be read, are reported. */
  public EngineSettings withProblems(Consumer<LineProblem> p) {
    return new EngineSettings(files, environment, hostName, transport, dnsOverride, cacheSize, clock, executor,
        interfaces, sourceAddresses, scopes, checkInterval, p, listener, rememberDeadServers);
  }

  public EngineSettings withRememberDeadServers(boolean remember) {
    return new EngineSettings(files, environment, hostName, transport, dnsOverride, cacheSize, clock, executor,
        interfaces, sourceAddresses, scopes, checkInterval, problems, listener, remember);
  }

  public EngineSettings withListener(ResolverListener l) {
    return new EngineSettings(files, environment, hostName, transport, dnsOverride, cacheSize, clock, executor,
        interfaces, sourceAddresses, scopes, checkInterval, problems, l, rememberDeadServers);
  }

  public EngineSettings withSourceAddresses(SourceAddressFinder s) {
    return new EngineSettings(files, environment, hostName, transport, dnsOverride, cacheSize, clock, executor,
        interfaces, s, scopes, checkInterval, problems, listener, rememberDeadServers);
  }

  public EngineSettings withSystem(InterfaceAddresses i, SourceAddressFinder s, ScopeIds sc, InstantSource c) {
    return new EngineSettings(files, environment, hostName, transport, dnsOverride, cacheSize, c, executor,
        i, s, sc, checkInterval, problems, listener, rememberDeadServers);
  }
}
