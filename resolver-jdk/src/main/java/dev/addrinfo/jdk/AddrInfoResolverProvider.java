package dev.addrinfo.jdk;

import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;

/**
 * Makes addrinfo the resolver of the whole JVM (JEP 418, JDK 18 and newer; this module needs 21):
 * with this module's jar on the class path or module path, {@code InetAddress.getByName},
 * {@code HttpClient}, JDBC drivers and every other library resolve names through addrinfo's
 * getaddrinfo and getnameinfo, with no change to their code. The JDK finds the provider with the
 * {@link java.util.ServiceLoader} at the first lookup of a name and keeps its resolver for the
 * life of the JVM.
 *
 * <p><b>What it answers.</b> A lookup by name asks getaddrinfo with the hints the JDK's own
 * resolver gives glibc (the family from {@code java.net.preferIPv4Stack}; AI_CANONNAME; no
 * AI_ADDRCONFIG), then keeps one address per distinct address and orders the families as
 * {@code java.net.preferIPv6Addresses} says, as the JDK does. A lookup by address asks getnameinfo
 * with NI_NAMEREQD and fails with an {@link java.net.UnknownHostException} when the address has no
 * name. Failures are {@link dev.addrinfo.AddrInfoException}s (an {@code UnknownHostException})
 * carrying glibc's error code and naming the host or address.
 *
 * <p><b>What the JDK still does itself</b>, above the provider, as with its built-in resolver:
 * literal addresses and an empty host never reach a resolver; the JDK's own cache answers repeated
 * lookups ({@code networkaddress.cache.ttl}, 30 s by default, {@code networkaddress.cache.negative.ttl},
 * 10 s); when a lookup by name fails it still answers {@code localhost} with the loopback address
 * (and caches any other failure); when a lookup by address fails, {@code getHostName()} returns the
 * literal address, as it does when the name found does not lead back to the address. With
 * {@code jdk.net.hosts.file} set the JDK uses its hosts-file resolver and loads no provider.
 *
 * <p><b>No second resolver.</b> The provider never hands a lookup to the JDK's built-in resolver
 * ({@code Configuration.builtinResolver()}): that is the C library's getaddrinfo over the same
 * files and servers, so it would give the same answer, or the same failure after waiting out the
 * same timeouts a second time. The one difference is the name-service switch sources addrinfo does
 * not implement (anything but {@code files} and {@code dns} in nsswitch.conf's {@code hosts:} line,
 * such as {@code myhostname} or {@code mdns4_minimal}): names only they know are not found.
 *
 * <p><b>Settings</b>, read from system properties once, when the JDK installs the provider; every
 * one is optional, and without them the provider reads /etc as glibc does (with the
 * {@code LOCALDOMAIN} and {@code RES_OPTIONS} environment variables):
 * <ul>
 *   <li>{@value #ETC}: a directory to read hosts, host.conf, resolv.conf, nsswitch.conf, gai.conf and
 *       services from instead of /etc;
 *   <li>{@value #HOSTS}, {@value #HOST_CONF}, {@value #RESOLV_CONF}, {@value #NSSWITCH_CONF},
 *       {@value #GAI_CONF}, {@value #SERVICES}: one file each, instead of the one in that directory;
 *   <li>{@value #NAMESERVER}: name servers to ask instead of resolv.conf's, separated by commas, each
 *       {@code IP}, {@code IP:PORT} or {@code [IPv6]:PORT} (port 53 by default).
 * </ul>
 * A value that cannot be used (a file or directory that does not exist, a server that is not an
 * address) makes the lookup that installs the provider throw an {@link IllegalArgumentException}
 * naming the property and the value, and so every later lookup, since the JDK tries again each time.
 *
 * <p><b>Costs.</b> The provider's resolver starts one daemon thread ({@code addrinfo-dns-…}) at its
 * first DNS question, so it never keeps a JVM from exiting, and holds the caches of a
 * {@link dev.addrinfo.Resolver} (up to 10,000 answers and 10,000 results, about 5 MB when full). A
 * lookup costs what {@link dev.addrinfo.Resolver#getAddrInfo} costs plus one object per address;
 * the calling thread waits for it (a virtual thread unmounts while it waits).
 *
 * @since 0.1
 */
public final class AddrInfoResolverProvider extends InetAddressResolverProvider {
  /** System property: a directory holding the files otherwise read from /etc. */
  public static final String ETC = "dev.addrinfo.jdk.etc";
  /** System property: the hosts file, instead of /etc/hosts. */
  public static final String HOSTS = "dev.addrinfo.jdk.hosts";
  /** System property: host.conf, instead of /etc/host.conf. */
  public static final String HOST_CONF = "dev.addrinfo.jdk.hostConf";
  /** System property: resolv.conf, instead of /etc/resolv.conf. */
  public static final String RESOLV_CONF = "dev.addrinfo.jdk.resolvConf";
  /** System property: nsswitch.conf, instead of /etc/nsswitch.conf. */
  public static final String NSSWITCH_CONF = "dev.addrinfo.jdk.nsswitchConf";
  /** System property: gai.conf, instead of /etc/gai.conf. */
  public static final String GAI_CONF = "dev.addrinfo.jdk.gaiConf";
  /** System property: the services file, instead of /etc/services. */
  public static final String SERVICES = "dev.addrinfo.jdk.services";
  /** System property: name servers ({@code IP}, {@code IP:PORT}, {@code [IPv6]:PORT}, comma-separated). */
  public static final String NAMESERVER = "dev.addrinfo.jdk.nameserver";

  /** Called by the {@link java.util.ServiceLoader}; does nothing until {@link #get}. */
  public AddrInfoResolverProvider() {}

  /**
   * A resolver over the files and servers the system properties name. Reads the properties; sends
   * nothing and starts no thread until the first lookup.
   *
   * @throws IllegalArgumentException naming the property and its value when one cannot be used
   */
  @Override
  public InetAddressResolver get(Configuration configuration) {
    return new AddrInfoInetResolver(ProviderSettings.fromSystemProperties().newResolver());
  }

  @Override
  public String name() {
    return "addrinfo";
  }
}
