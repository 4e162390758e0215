package dev.addrinfo.internal.nss;

import dev.addrinfo.internal.Snapshot;
import dev.addrinfo.internal.config.HostsMatch;
import java.net.InetAddress;
import java.util.List;
import java.util.function.Consumer;

/** The {@code files} source: /etc/hosts, as the snapshot holds it, answered at once. */
public final class FilesHostSource implements HostSource {
  public static final FilesHostSource INSTANCE = new FilesHostSource();

  private static final HostResult NOT_FOUND = HostResult.ofHerrno(HostResult.HOST_NOT_FOUND);

  private FilesHostSource() {}

  @Override
  public void byName(String name, int family, Snapshot s, Consumer<HostResult> done) {
    HostsMatch m = s.hosts().lookup(name, family, s.multi());
    done.accept(m.addresses().isEmpty() ? NOT_FOUND : HostResult.found(m.canonicalName(), m.addresses()));
  }

  @Override
  public void byAddress(InetAddress address, Snapshot s, Consumer<HostResult> done) {
    done.accept(s.hosts().byAddress(address).map(e -> HostResult.found(e.canonicalName(), List.of()))
        .orElse(NOT_FOUND));
  }
}
