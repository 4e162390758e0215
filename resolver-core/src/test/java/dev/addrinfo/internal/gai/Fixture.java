package dev.addrinfo.internal.gai;

import dev.addrinfo.internal.Snapshot;
import dev.addrinfo.AddrInfo;
import dev.addrinfo.ResolverConfig;
import dev.addrinfo.internal.config.HostsFile;
import dev.addrinfo.internal.nss.NsSwitchConf;
import dev.addrinfo.internal.dns.DnsSource;
import dev.addrinfo.internal.nss.NameServiceSwitch;
import dev.addrinfo.internal.dns.QueryRunner;
import dev.addrinfo.internal.ifaddr.InterfaceAddresses;
import dev.addrinfo.internal.numeric.NumericHost;
import dev.addrinfo.internal.numeric.ScopeIds;
import dev.addrinfo.internal.sort.AddressSorter;
import dev.addrinfo.internal.sort.GaiConf;
import dev.addrinfo.internal.sort.SourceAddress;
import dev.addrinfo.services.ServicesDb;
import dev.addrinfo.testing.FakeTransport;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A getaddrinfo/getnameinfo setup with fixed files, interfaces and source addresses: loopback only. */
final class Fixture {
  static final ScopeIds LO_ONLY = new ScopeIds() {
    @Override
    public OptionalInt indexOf(String name) {
      return "lo".equals(name) ? OptionalInt.of(1) : OptionalInt.empty();
    }

    @Override
    public Optional<String> nameOf(int index) {
      return index == 1 ? Optional.of("lo") : Optional.empty();
    }
  };

  final FakeTransport transport = new FakeTransport();
  String hosts = "127.0.0.1 localhost\n::1 localhost ip6-localhost\n";
  boolean multi = true;
  String nsswitch = "hosts: files dns\n";
  ResolverConfig dns = ResolverConfig.DEFAULT;
  boolean v4 = true;
  boolean v6 = true;

  Snapshot snapshot() {
    InterfaceAddresses ifs = new InterfaceAddresses() {
      @Override
      public boolean hasNonLoopbackIpv4() {
        return v4;
      }

      @Override
      public boolean hasNonLoopbackIpv6() {
        return v6;
      }
    };
    AddressSorter sorter = new AddressSorter(GaiConf.DEFAULT, dest -> Optional.of(SourceAddress.listed(
        dest.isAnyLocalAddress() || dest.isLoopbackAddress() ? loopbackOf(dest) : dest,
        dest.getAddress().length == 4 ? 8 : 128, 1)));
    return new Snapshot(ServicesDb.bundled(), HostsFile.parse(hosts, "hosts", p -> { }), multi,
        NsSwitchConf.parse(nsswitch, "nsswitch.conf", p -> { }), dns, sorter, ifs, LO_ONLY, "example.test");
  }

  private static InetAddress loopbackOf(InetAddress dest) {
    try {
      return dest.getAddress().length == 4
          ? InetAddress.getByAddress(new byte[] {127, 0, 0, 1})
          : Inet6Address.getByAddress(null, new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, -1);
    } catch (java.net.UnknownHostException e) {
      throw new AssertionError(e);
    }
  }

  NameServiceSwitch sources() {
    return new NameServiceSwitch(new DnsSource(new QueryRunner(transport, null)));
  }

  /** Results as "family socktype protocol address port canon" lines, addresses as inet_ntop prints them. */
  static List<String> lines(List<AddrInfo> results) {
    return results.stream().map(r -> r.family() + " " + r.socketType() + " " + r.protocol() + " "
        + NumericHost.format(r.address().getAddress()) + " " + r.port()
        + (r.canonicalName().isEmpty() ? "" : " " + r.canonicalName())).toList();
  }
}
