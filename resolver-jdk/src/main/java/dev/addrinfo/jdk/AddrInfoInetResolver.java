package dev.addrinfo.jdk;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.AddrInfoException;
import dev.addrinfo.NameInfoFlag;
import dev.addrinfo.Resolver;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * The JDK's resolver interface over an addrinfo {@link Resolver}: lookups by name through
 * getaddrinfo, by address through getnameinfo. Each call blocks its thread until the resolver's
 * future completes, which its own timeouts bound (resolv.conf's {@code timeout} and
 * {@code attempts}); the wait is not interruptible, as the JDK's native lookup is not, so that an
 * interrupt does not become a failure that the JDK would then cache for every thread. A virtual
 * thread waiting here unmounts from its carrier.
 */
final class AddrInfoInetResolver implements InetAddressResolver {
  private static final Set<NameInfoFlag> NAME_REQUIRED = EnumSet.of(NameInfoFlag.NAMEREQD, NameInfoFlag.NUMERICSERV);

  private final Resolver resolver;

  AddrInfoInetResolver(Resolver resolver) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  /**
   * getaddrinfo with the hints the JDK's own lookup uses, deduplicated and ordered as it does (see
   * {@link JdkAddressOrder}).
   *
   * @throws UnknownHostException an {@link AddrInfoException} with glibc's error code, naming the host
   */
  @Override
  public Stream<InetAddress> lookupByName(String host, LookupPolicy lookupPolicy) throws UnknownHostException {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(lookupPolicy, "lookupPolicy");
    if (host.indexOf('\0') >= 0) {
      // As the JDK: a C string would end there, and look up another name than the one asked.
      throw new UnknownHostException("NUL character not allowed in hostname");
    }
    int characteristics = lookupPolicy.characteristics();
    List<AddrInfo> results = await(resolver.getAddrInfo(host, null, JdkAddressOrder.hints(characteristics)),
        "host '" + host + "'");
    return JdkAddressOrder.addresses(host, results, characteristics).stream();
  }

  /**
   * getnameinfo with NI_NAMEREQD: the name from the hosts file or a PTR record, never the numeric
   * form. The JDK then looks the name up to confirm that it leads back to the address.
   *
   * @throws UnknownHostException an {@link AddrInfoException} when the address has no name
   * @throws IllegalArgumentException when {@code addr} is neither 4 nor 16 bytes long
   */
  @Override
  public String lookupByAddress(byte[] addr) throws UnknownHostException {
    Objects.requireNonNull(addr, "addr");
    if (addr.length != 4 && addr.length != 16) {
      throw new IllegalArgumentException("Invalid address length: " + addr.length + " bytes (4 or 16 expected)");
    }
    // Inet6Address.getByAddress keeps an IPv4-mapped address IPv6, as the JDK's native lookup does.
    InetAddress address = addr.length == 4 ? InetAddress.getByAddress(addr) : Inet6Address.getByAddress(null, addr, -1);
    return await(resolver.getNameInfo(new InetSocketAddress(address, 0), NAME_REQUIRED),
        "address " + address.getHostAddress()).host();
  }

  /**
   * The future's value, or its failure thrown as a new exception on this thread: a result the
   * resolver reuses (for up to a second) hands many threads the same failed future, and one
   * exception object shared between threads would gather their suppressed exceptions.
   */
  private static <T> T await(CompletableFuture<T> future, String what) throws UnknownHostException {
    try {
      return future.join();
    } catch (CompletionException | CancellationException e) {
      Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
      UnknownHostException failure = cause instanceof AddrInfoException a
          ? new AddrInfoException(a.error(), what)
          : new UnknownHostException(what + ": " + cause);
      failure.initCause(cause);
      throw failure;
    }
  }
}
