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
 * @param rotate option {@code rotate}: start each question at the next server in turn
 * @param edns0 option {@code edns0}: send an EDNS0 OPT record, for answers larger than 512 bytes
 * @param singleRequest option {@code single-request}: send the A and AAAA questions one after the
 *     other rather than together
 * @param singleRequestReopen option {@code single-request-reopen}: send the second of the A and
 *     AAAA questions from a new socket
 * @param useVc option {@code use-vc}: ask over TCP only
 * @param noAaaa option {@code no-aaaa}: ask no AAAA questions
 * @param trustAd option {@code trust-ad}: set the AD bit in questions and keep it from answers
 * @param noTldQuery option {@code no-tld-query}: never ask a single-label name as it is
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

  /** The port name servers listen on unless the builder says otherwise. */
  public static final int DNS_PORT = 53;
  /** The largest {@code ndots} glibc accepts: resolv.conf values above it are cut to it. */
  public static final int MAX_NDOTS = 15;
  /** The largest {@code attempts} glibc accepts: resolv.conf values above it are cut to it. */
  public static final int MAX_ATTEMPTS = 5;
  /** The longest {@code timeout} glibc accepts: resolv.conf values above it are cut to it. */
  public static final Duration MAX_TIMEOUT = Duration.ofSeconds(30);

  /** glibc's configuration when resolv.conf is missing and the host name has no domain. */
  public static final ResolverConfig DEFAULT = builder().build();

  /**
   * Checks the fields and copies the lists; see the class description for each.
   *
   * @param nameservers the servers, in order, at least one, resolved
   * @param search the search list
   * @param ndots 0 to {@value #MAX_NDOTS}
   * @param timeout positive
   * @param attempts 0 or more (with 0 no query is sent)
   * @param rotate option {@code rotate}
   * @param edns0 option {@code edns0}
   * @param singleRequest option {@code single-request}
   * @param singleRequestReopen option {@code single-request-reopen}
   * @param useVc option {@code use-vc}
   * @param noAaaa option {@code no-aaaa}
   * @param trustAd option {@code trust-ad}
   * @param noTldQuery option {@code no-tld-query}
   * @throws IllegalArgumentException naming the bad value
   */
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

  /** {@return a builder whose every field starts as glibc's default} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this configuration, to override parts of it} */
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

    /**
     * Replaces the name servers; none means 127.0.0.1:53, as in glibc.
     *
     * @param servers the servers, in order
     * @return this builder
     */
    public Builder nameservers(List<InetSocketAddress> servers) {
      this.nameservers = new ArrayList<>(servers);
      return this;
    }

    /**
     * Adds a name server after the ones set.
     *
     * @param server the server's address and port
     * @return this builder
     */
    public Builder addNameserver(InetSocketAddress server) {
      this.nameservers.add(Objects.requireNonNull(server, "server"));
      return this;
    }

    /**
     * Replaces the search list.
     *
     * @param domains the domains, in order, without trailing dots
     * @return this builder
     */
    public Builder search(List<String> domains) {
      this.search = new ArrayList<>(domains);
      return this;
    }

    /**
     * Sets {@code ndots}.
     *
     * @param ndots names with at least this many dots are tried as given before the search list; 1 by default (0 to {@value ResolverConfig#MAX_NDOTS})
     * @return this builder
     */
    public Builder ndots(int ndots) {
      this.ndots = ndots;
      return this;
    }

    /**
     * Sets {@code timeout}.
     *
     * @param timeout how long one try waits for an answer; 5 seconds by default
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /**
     * Sets {@code attempts}.
     *
     * @param attempts how many rounds over all servers; 2 by default
     * @return this builder
     */
    public Builder attempts(int attempts) {
      this.attempts = attempts;
      return this;
    }

    /**
     * Sets option {@code rotate} (see the class description); off by default.
     *
     * @param on whether the option is set
     * @return this builder
     */
    public Builder rotate(boolean on) {
      this.rotate = on;
      return this;
    }

    /**
     * Sets option {@code edns0} (see the class description); off by default.
     *
     * @param on whether the option is set
     * @return this builder
     */
    public Builder edns0(boolean on) {
      this.edns0 = on;
      return this;
    }

    /**
     * Sets option {@code single-request} (see the class description); off by default.
     *
     * @param on whether the option is set
     * @return this builder
     */
    public Builder singleRequest(boolean on) {
      this.singleRequest = on;
      return this;
    }

    /**
     * Sets option {@code single-request-reopen} (see the class description); off by default.
     *
     * @param on whether the option is set
     * @return this builder
     */
    public Builder singleRequestReopen(boolean on) {
      this.singleRequestReopen = on;
      return this;
    }

    /**
     * Sets option {@code use-vc} (see the class description); off by default.
     *
     * @param on whether the option is set
     * @return this builder
     */
    public Builder useVc(boolean on) {
      this.useVc = on;
      return this;
    }

    /**
     * Sets option {@code no-aaaa} (see the class description); off by default.
     *
     * @param on whether the option is set
     * @return this builder
     */
    public Builder noAaaa(boolean on) {
      this.noAaaa = on;
      return this;
    }

    /**
     * Sets option {@code trust-ad} (see the class description); off by default.
     *
     * @param on whether the option is set
     * @return this builder
     */
    public Builder trustAd(boolean on) {
      this.trustAd = on;
      return this;
    }

    /**
     * Sets option {@code no-tld-query} (see the class description); off by default.
     *
     * @param on whether the option is set
     * @return this builder
     */
    public Builder noTldQuery(boolean on) {
      this.noTldQuery = on;
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return the configuration
     * @throws IllegalArgumentException naming the bad value, if a field is out of range
     */
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
