package dev.addrinfo.internal.nss;

import dev.addrinfo.internal.Snapshot;
import java.net.InetAddress;
import java.util.function.Consumer;

/**
 * One source of the hosts database, as a module named on the {@code hosts:} line of nsswitch.conf
 * is to glibc: it answers a name (for one family, or AF_UNSPEC for both at once) and an address,
 * with a {@link HostResult} whose status decides, by the line's actions, whether the next source is
 * asked. The result goes to a callback, called once, on the thread that ended the lookup (the
 * caller's, for an answer known at once): no future per step. Implementations are thread-safe.
 */
public interface HostSource {
  /** A source that is not there: nss_dns with no server to ask. */
  HostSource UNAVAILABLE = new HostSource() {
    private final HostResult unavailable = HostResult.failed(NssStatus.UNAVAIL, HostResult.NO_RECOVERY);

    @Override
    public void byName(String name, int family, Snapshot s, Consumer<HostResult> done) {
      done.accept(unavailable);
    }

    @Override
    public void byAddress(InetAddress address, Snapshot s, Consumer<HostResult> done) {
      done.accept(unavailable);
    }
  };

  /** The addresses of {@code name}: AF_INET, AF_INET6, or AF_UNSPEC for both in one answer. */
  void byName(String name, int family, Snapshot s, Consumer<HostResult> done);

  /** The name of {@code address} (in {@link HostResult#canonicalName()}). */
  void byAddress(InetAddress address, Snapshot s, Consumer<HostResult> done);
}
