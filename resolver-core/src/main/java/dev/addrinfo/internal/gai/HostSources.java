package dev.addrinfo.internal.gai;

import dev.addrinfo.internal.config.HostsMatch;
import dev.addrinfo.internal.config.NssAction;
import dev.addrinfo.internal.config.NssSource;
import dev.addrinfo.internal.config.NssStatus;
import dev.addrinfo.internal.dns.DnsAddressSource;
import dev.addrinfo.internal.dns.DnsHostSource;
import dev.addrinfo.internal.nss.HostResult;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The hosts database as glibc's name service switch runs it: the sources of the {@code hosts:}
 * line in order ({@code files}, {@code dns}; others are not available here and are skipped), each
 * one's status deciding by the line's actions whether the next is asked.
 */
public final class HostSources {
  /** What {@code dns} says in a resolver built without a transport: unavailable, as nss_dns without servers. */
  private static final HostResult NO_TRANSPORT = HostResult.failed(NssStatus.UNAVAIL, HostResult.NO_RECOVERY);

  private final DnsHostSource dns;
  private final DnsAddressSource reverseDns;

  /** @param dns the DNS sources, null when the resolver has no transport */
  public HostSources(DnsHostSource dns, DnsAddressSource reverseDns) {
    this.dns = dns;
    this.reverseDns = reverseDns;
  }

  /** One source's answer for a name and one family (or AF_UNSPEC for both). */
  CompletableFuture<HostResult> byName(String source, String name, int family, Snapshot s) {
    switch (source) {
      case "files": {
        HostsMatch m = s.hosts().lookup(name, family, s.multi());
        return CompletableFuture.completedFuture(m.addresses().isEmpty()
            ? HostResult.ofHerrno(HostResult.HOST_NOT_FOUND)
            : HostResult.found(m.canonicalName(), m.addresses()));
      }
      case "dns":
        if (dns != null) {
          return dns.lookup(name, family, s.dns());
        }
        return CompletableFuture.completedFuture(NO_TRANSPORT);
      default:
        return null;
    }
  }

  /** One source's name for an address. */
  CompletableFuture<HostResult> byAddress(String source, InetAddress address, Snapshot s) {
    switch (source) {
      case "files":
        return CompletableFuture.completedFuture(s.hosts().byAddress(address)
            .map(e -> HostResult.found(e.canonicalName(), List.of()))
            .orElse(HostResult.ofHerrno(HostResult.HOST_NOT_FOUND)));
      case "dns":
        if (reverseDns != null) {
          return reverseDns.lookup(address, s.dns());
        }
        return CompletableFuture.completedFuture(NO_TRANSPORT);
      default:
        return null;
    }
  }

  /** Whether the switch stops after a source ended with this status. */
  static boolean stops(NssSource source, NssStatus status) {
    return source.action(status) == NssAction.RETURN;
  }
}
