package dev.addrinfo.internal.nss;

import dev.addrinfo.internal.Snapshot;
import java.net.InetAddress;
import java.util.concurrent.CompletableFuture;

/**
 * One source of the hosts database, as a module named on the {@code hosts:} line of nsswitch.conf
 * is to glibc: it answers a name (for one family, or AF_UNSPEC for both at once) and an address,
 * with a {@link HostResult} whose status decides, by the line's actions, whether the next source is
 * asked. Implementations are thread-safe and never complete exceptionally for a lookup that merely
 * failed.
 */
public interface HostSource {
  /** A source that is not there: nss_dns with no server to ask. */
  HostSource UNAVAILABLE = new HostSource() {
    private final CompletableFuture<HostResult> unavailable = CompletableFuture.completedFuture(
        HostResult.failed(NssStatus.UNAVAIL, HostResult.NO_RECOVERY));

    @Override
    public CompletableFuture<HostResult> byName(String name, int family, Snapshot s) {
      return unavailable;
    }

    @Override
    public CompletableFuture<HostResult> byAddress(InetAddress address, Snapshot s) {
      return unavailable;
    }
  };

  /** The addresses of {@code name}: AF_INET, AF_INET6, or AF_UNSPEC for both in one answer. */
  CompletableFuture<HostResult> byName(String name, int family, Snapshot s);

  /** The name of {@code address} (in {@link HostResult#canonicalName()}). */
  CompletableFuture<HostResult> byAddress(InetAddress address, Snapshot s);
}
