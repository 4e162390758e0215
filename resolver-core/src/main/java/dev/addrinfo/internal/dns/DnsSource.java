package dev.addrinfo.internal.dns;

import dev.addrinfo.internal.Snapshot;
import dev.addrinfo.internal.nss.HostResult;
import dev.addrinfo.internal.nss.HostSource;
import java.net.InetAddress;
import java.util.function.Consumer;

/** The {@code dns} source: names through {@link DnsHostSource}, addresses through {@link DnsAddressSource}. */
public final class DnsSource implements HostSource {
  private final DnsHostSource names;
  private final DnsAddressSource addresses;

  public DnsSource(QueryRunner runner) {
    this.names = new DnsHostSource(runner);
    this.addresses = new DnsAddressSource(runner);
  }

  @Override
  public void byName(String name, int family, Snapshot s, Consumer<HostResult> done) {
    names.lookup(name, family, s.dns(), done);
  }

  @Override
  public void byAddress(InetAddress address, Snapshot s, Consumer<HostResult> done) {
    addresses.lookup(address, s.dns(), done);
  }
}
