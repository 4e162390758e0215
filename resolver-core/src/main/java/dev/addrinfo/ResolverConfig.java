package dev.addrinfo;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What resolv.conf(5) tells a stub resolver: the name servers (with ports, which only the builder
 * can set to other than 53), the search list, and the options. The parser of /etc/resolv.conf
 * produces one; {@link #builder()} makes or overrides one.
 *
 * <p>Defaults are glibc's: 127.0.0.1:53 when no server is named, ndots 1, a 5 second timeout per
 * try, 2 attempts over all servers.
 *
 * @param nameservers the servers, in order, at least one
 * @param search the search list, domains without trailing dot, in order (may be empty)
 * @param ndots names with at least this many dots are tried as given first (0..15)
 * @param timeout how long one try waits for an answer (glibc: 1..30 seconds)
 * @param attempts how many rounds over all servers (glibc: 0..5; with 0 no query is sent at all,
 *     and every DNS lookup fails with EAI_AGAIN, as with glibc's {@code options attempts:0})
 * @since 0.1
 */
public record ResolverConfig(
    List<InetSocketAddress> nameservers,
    List<String> search,
    int ndots,
    Duration timeout,
    int attempts,
    boolean rotate,
    boolean edns0,
    boolean singleRequest,
    boolean singleRequestReopen,
    boolean useVc,
    boolean noAaaa,
    boolean trustAd,
    boolean noTldQuery) {

  public static final int DNS_PORT = 53;
  public static final int MAX_NDOTS = 15;
  public static final int MAX_ATTEMPTS = 5;
  public static final Duration MAX_TIMEOUT = Duration.ofSeconds(30);

  /** glibc's configuration when resolv.conf is missing and the host name has no domain. */
  public static final ResolverConfig DEFAULT = builder().build();

  public ResolverConfig {
    nameservers = List.copyOf(Objects.requireNonNull(nameservers, "nameservers"));
    search = List.copyOf(Objects.requireNonNull(search, "search"));
    Objects.requireNonNull(timeout, "timeout");
    if (nameservers.isEmpty()) {
      throw new IllegalArgumentException("at least one name server is needed");
    }
    for (InetSocketAddress s : nameservers) {
      if (s.isUnresolved()) {
        throw new IllegalArgumentException("name server must be an address, not a name: " + s);
      }
    }
    if (ndots < 0 || ndots > MAX_NDOTS) {
      throw new IllegalArgumentException("ndots out of range 0.." + MAX_NDOTS + ": " + ndots);
    }
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative: " + attempts);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this configuration, to override parts of it. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.nameservers = new ArrayList<>(nameservers);
    b.search = new ArrayList<>(search);
    b.ndots = ndots;
    b.timeout = timeout;
    b.attempts = attempts;
    b.rotate = rotate;
    b.edns0 = edns0;
    b.singleRequest = singleRequest;
    b.singleRequestReopen = singleRequestReopen;
    b.useVc = useVc;
    b.noAaaa = noAaaa;
    b.trustAd = trustAd;
    b.noTldQuery = noTldQuery;
    return b;
  }

  /** Builds a {@link ResolverConfig}; unset fields take glibc's defaults. */
  public static final class Builder {
    private List<InetSocketAddress> nameservers = new ArrayList<>();
    private List<String> search = new ArrayList<>();
    private int ndots = 1;
    private Duration timeout = Duration.ofSeconds(5);
    private int attempts = 2;
    private boolean rotate;
    private boolean edns0;
    private boolean singleRequest;
    private boolean singleRequestReopen;
    private boolean useVc;
    private boolean noAaaa;
    private boolean trustAd;
    private boolean noTldQuery;

    private Builder() {}

    /** Replaces the name servers. */
    public Builder nameservers(List<InetSocketAddress> servers) {
      this.nameservers = new ArrayList<>(servers);
      return this;
    }

    public Builder addNameserver(InetSocketAddress server) {
      this.nameservers.add(Objects.requireNonNull(server, "server"));
      return this;
    }

    /** Replaces the search list. */
    public Builder search(List<String> domains) {
      this.search = new ArrayList<>(domains);
      return this;
    }

    public Builder ndots(int ndots) {
      this.ndots = ndots;
      return this;
    }

    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    public Builder attempts(int attempts) {
      this.attempts = attempts;
      return this;
    }

    public Builder rotate(boolean on) {
      this.rotate = on;
      return this;
    }

    public Builder edns0(boolean on) {
      this.edns0 = on;
      return this;
    }

    public Builder singleRequest(boolean on) {
      this.singleRequest = on;
      return this;
    }

    public Builder singleRequestReopen(boolean on) {
      this.singleRequestReopen = on;
      return this;
    }

    public Builder useVc(boolean on) {
      this.useVc = on;
      return this;
    }

    public Builder noAaaa(boolean on) {
      this.noAaaa = on;
      return this;
    }

    public Builder trustAd(boolean on) {
      this.trustAd = on;
      return this;
    }

    public Builder noTldQuery(boolean on) {
      this.noTldQuery = on;
      return this;
    }

    public ResolverConfig build() {
      List<InetSocketAddress> servers = nameservers;
      if (servers.isEmpty()) {
        servers = List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), DNS_PORT));
      }
      return new ResolverConfig(servers, search, ndots, timeout, attempts, rotate, edns0, singleRequest,
          singleRequestReopen, useVc, noAaaa, trustAd, noTldQuery);
    }
  }
}
