package dev.addrinfo;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * getaddrinfo(3) and getnameinfo(3), asynchronous. Failures complete the future exceptionally with
 * an {@link AddrInfoException} carrying glibc's error code. Implementations are thread-safe.
 *
 * @since 0.1
 */
public interface AddrInfoResolver extends AutoCloseable {
  /**
   * Resolves a host and a service as glibc's getaddrinfo() does. Returns at once; the future
   * completes on a thread of the resolver (an answer from the hosts file or the cache may complete
   * it before this method returns).
   *
   * @param host a name, a numeric address, or null for the wildcard (AI_PASSIVE) or loopback address
   * @param service a service name, a port number, or null for port 0
   * @param hints family, socket type, protocol and flags
   * @return the results, unmodifiable, in glibc's order
   */
  CompletableFuture<List<AddrInfo>> getAddrInfo(String host, String service, Hints hints);

  /**
   * Finds the name of an address and the service of a port as glibc's getnameinfo() does. Returns
   * at once; the future completes on a thread of the resolver.
   *
   * @param address the address and port to name
   * @param flags the {@code NI_*} flags
   * @return the host and service names
   */
  CompletableFuture<NameInfo> getNameInfo(InetSocketAddress address, Set<NameInfoFlag> flags);

  /** Fails lookups in flight and releases sockets, buffers and threads. */
  @Override
  void close();
}
