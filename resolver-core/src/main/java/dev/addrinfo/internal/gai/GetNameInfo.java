package dev.addrinfo.internal.gai;

import dev.addrinfo.internal.Snapshot;
import dev.addrinfo.AddrInfoException;
import dev.addrinfo.EaiError;
import dev.addrinfo.Linux;
import dev.addrinfo.NameInfo;
import dev.addrinfo.internal.nss.NssSource;
import dev.addrinfo.internal.nss.NssStatus;
import dev.addrinfo.internal.idn.Idna;
import dev.addrinfo.internal.nss.HostResult;
import dev.addrinfo.internal.nss.HostSource;
import dev.addrinfo.internal.nss.NameServiceSwitch;
import dev.addrinfo.internal.numeric.NumericHost;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * getnameinfo(3) as glibc 2.36 runs it: the hosts sources asked for the address (unless
 * NI_NUMERICHOST); no name gives the numeric form (link-local IPv6 with {@code %interface}), or
 * EAI_NONAME under NI_NAMEREQD, or EAI_AGAIN when a source could not answer; NI_NOFQDN cuts the
 * local domain off the name; the port is named from the services database (udp under NI_DGRAM).
 */
public final class GetNameInfo {
  private final NameServiceSwitch sources;

  public GetNameInfo(NameServiceSwitch sources) {
    this.sources = sources;
  }

  public CompletableFuture<NameInfo> run(InetSocketAddress sa, int flags, Snapshot s) {
    if (sa == null || sa.isUnresolved()) {
      return CompletableFuture.failedFuture(new AddrInfoException(EaiError.EAI_FAMILY,
          "not a resolved socket address: " + sa));
    }
    String service = service(sa.getPort(), flags, s);
    InetAddress address = sa.getAddress();
    if ((flags & Linux.NI_NUMERICHOST) != 0) {
      return CompletableFuture.completedFuture(new NameInfo(numeric(address, s), service));
    }
    CompletableFuture<NameInfo> result = new CompletableFuture<>();
    next(0, address, flags, s, service, result);
    return result;
  }

  private void next(int index, InetAddress address, int flags, Snapshot s, String service,
      CompletableFuture<NameInfo> result) {
    List<NssSource> line = s.nsswitch().hosts();
    if (index >= line.size()) {
      noName(address, flags, s, service, HostResult.HOST_NOT_FOUND, result);
      return;
    }
    NssSource source = line.get(index);
    HostSource module = sources.source(source.name());
    if (module == null) {
      next(index + 1, address, flags, s, service, result);
      return;
    }
    module.byAddress(address, s, r -> {
      if (r.status() == NssStatus.SUCCESS) {
        String name;
        try {
          name = noFqdn(r.canonicalName(), flags, s);
          name = (flags & Linux.NI_IDN) != 0 ? Idna.toUnicode(name) : name;
        } catch (RuntimeException e) {
          result.completeExceptionally(e);
          return;
        }
        result.complete(new NameInfo(name, service));
      } else if (NameServiceSwitch.stops(source, r.status()) || index + 1 >= line.size()) {
        noName(address, flags, s, service, r.herrno(), result);
      } else {
        next(index + 1, address, flags, s, service, result);
      }
    });
  }

  private static void noName(InetAddress address, int flags, Snapshot s, String service, int herrno,
      CompletableFuture<NameInfo> result) {
    if (herrno == HostResult.TRY_AGAIN) {
      result.completeExceptionally(new AddrInfoException(EaiError.EAI_AGAIN,
          "address " + NumericHost.format(address)));
    } else if ((flags & Linux.NI_NAMEREQD) != 0) {
      result.completeExceptionally(new AddrInfoException(EaiError.EAI_NONAME,
          "no name for address " + NumericHost.format(address) + " (NI_NAMEREQD)"));
    } else {
      result.complete(new NameInfo(numeric(address, s), service));
    }
  }

  private static String numeric(InetAddress address, Snapshot s) {
    return address instanceof Inet6Address a6 ? NumericHost.formatWithScope(a6, s.scopes()) : NumericHost.format(address);
  }

  /** glibc cuts the name where the local domain starts, if a dot precedes it (strstr, case-sensitive). */
  static String noFqdn(String name, int flags, Snapshot s) {
    String domain = s.localDomain();
    if ((flags & Linux.NI_NOFQDN) == 0 || domain == null || domain.isEmpty()) {
      return name;
    }
    int at = name.indexOf(domain);
    if (at > 0 && name.charAt(at - 1) == '.') {
      return name.substring(0, at - 1);
    }
    return name;
  }

  private static String service(int port, int flags, Snapshot s) {
    if ((flags & Linux.NI_NUMERICSERV) == 0) {
      String proto = (flags & Linux.NI_DGRAM) != 0 ? "udp" : "tcp";
      var entry = s.services().byPort(port, proto);
      if (entry.isPresent()) {
        return entry.get().name();
      }
    }
    return Integer.toString(port);
  }
}
