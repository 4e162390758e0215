package dev.addrinfo.bench;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * libc's getaddrinfo through {@link InetAddress#getAllByName} on a pool of as many threads as
 * look-ups in flight: the JDK has no other way to run them concurrently. Reads /etc/resolv.conf,
 * so it measures only where that points at the benchmark's server (see {@link Namespace}). The
 * hand-off to the pool adds a few microseconds to each latency.
 */
final class JdkPeer implements Peer {
  private final ExecutorService pool;

  JdkPeer(int threads) {
    // The JDK's own cache off, as for the other peers (read once, before the first look-up).
    java.security.Security.setProperty("networkaddress.cache.ttl", "0");
    java.security.Security.setProperty("networkaddress.cache.negative.ttl", "0");
    pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "jdk-lookup");
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public String label() {
    return "libc (JDK)";
  }

  @Override
  public CompletableFuture<Integer> lookup(String name) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return InetAddress.getAllByName(name).length;
      } catch (UnknownHostException e) {
        throw new CompletionException(e);
      }
    }, pool);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
