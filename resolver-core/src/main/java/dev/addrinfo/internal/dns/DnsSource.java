package dev.addrinfo.internal.dns;

import dev.addrinfo.internal.Snapshot;
import dev.addrinfo.internal.nss.HostResult;
import dev.addrinfo.internal.nss.HostSource;
import java.net.InetAddress;
import java.util.concurrent.CompletableFuture;

/** The {@code dns} source: names through {@link DnsHostSource}, addresses through {@link DnsAddressSource}. */
public final class DnsSource implements HostSource {
  private final DnsHostSource names;
  private final DnsAddressSource addresses;

  public DnsSource(QueryRunner runner) {
    this.names = new DnsHostSource(runner);
    this.addresses = new DnsAddressSource(runner);
  }

  @Override
  public CompletableFuture<HostResult> byName(String name, int family, Snapshot s) {
    return names.lookup(name, family, s.dns());
  }

  @Override
  public CompletableFuture<HostResult> byAddress(InetAddress address, Snapshot s) {
    return addresses.lookup(address, s.dns());
  }
}
