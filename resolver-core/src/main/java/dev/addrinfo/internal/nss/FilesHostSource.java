package dev.addrinfo.internal.nss;

import dev.addrinfo.internal.Snapshot;
import dev.addrinfo.internal.config.HostsMatch;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The {@code files} source: /etc/hosts, as the snapshot holds it, answered at once. */
public final class FilesHostSource implements HostSource {
  public static final FilesHostSource INSTANCE = new FilesHostSource();

  private static final CompletableFuture<HostResult> NOT_FOUND =
      CompletableFuture.completedFuture(HostResult.ofHerrno(HostResult.HOST_NOT_FOUND));

  private FilesHostSource() {}

  @Override
  public CompletableFuture<HostResult> byName(String name, int family, Snapshot s) {
    HostsMatch m = s.hosts().lookup(name, family, s.multi());
    return m.addresses().isEmpty() ? NOT_FOUND
        : CompletableFuture.completedFuture(HostResult.found(m.canonicalName(), m.addresses()));
  }

  @Override
  public CompletableFuture<HostResult> byAddress(InetAddress address, Snapshot s) {
    return s.hosts().byAddress(address)
        .map(e -> CompletableFuture.completedFuture(HostResult.found(e.canonicalName(), List.of())))
        .orElse(NOT_FOUND);
  }
}
