package dev.addrinfo.internal.gai;

import dev.addrinfo.internal.Snapshot;
import dev.addrinfo.AddrInfo;
import dev.addrinfo.AddrInfoException;
import dev.addrinfo.EaiError;
import dev.addrinfo.Hints;
import dev.addrinfo.Linux;
import dev.addrinfo.internal.idn.Idna;
import dev.addrinfo.internal.nss.HostResult;
import dev.addrinfo.internal.nss.NameServiceSwitch;
import dev.addrinfo.internal.numeric.NumericHost;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * getaddrinfo(3) as glibc 2.36 runs it: hint checks, AI_ADDRCONFIG, the service, then the host
 * (null, numeric, or a name through the hosts sources), RFC 6724 sorting when there is more than
 * one address, and one result per address and socket type, the canonical name on the first.
 */
public final class GetAddrInfo {
  private final NameLookup names;

  public GetAddrInfo(NameServiceSwitch sources) {
    this.names = new NameLookup(sources);
  }

  /** {@link #run(String, String, Hints, Snapshot, BiConsumer)} as a future, for callers that want one. */
  public CompletableFuture<Resolved> run(String host, String service, Hints hints, Snapshot s) {
    CompletableFuture<Resolved> f = new CompletableFuture<>();
    run(host, service, hints, s, (r, t) -> {
      if (t != null) {
        f.completeExceptionally(t);
      } else {
        f.complete(r);
      }
    });
    return f;
  }

  /**
   * Runs one call; {@code done} is called exactly once, with the result or the failure (an
   * {@link AddrInfoException} with glibc's code), on the calling thread when no source had to be
   * asked, else on the thread that ended the lookup.
   */
  public void run(String host, String service, Hints hints, Snapshot s, BiConsumer<Resolved, Throwable> done) {
    Hints effective;
    List<SockSpec> specs;
    String h;
    String name;
    Resolved immediate = null;
    try {
      // glibc reads "*" as a null host or service
      h = "*".equals(host) ? null : host;
      String serv = "*".equals(service) ? null : service;
      HintsCheck.check(h, serv, hints);
      effective = addrConfig(hints, s);
      specs = ServicePorts.resolve(serv, effective, s.services());
      if (h == null) {
        name = null;
        immediate = new Resolved(finish(nullHost(effective), null, specs, effective, s), HostResult.NO_TTL);
      } else {
        // glibc converts before anything reads the name, so "１２７。０。０。１" is numeric under AI_IDN
        name = effective.has(Linux.AI_IDN) ? Idna.toAscii(h) : h;
        InetAddress numeric = NumericHost.toAddress(name, effective.family(), effective.has(Linux.AI_V4MAPPED), s.scopes());
        if (numeric != null) {
          immediate = new Resolved(finish(List.of(numeric), name, specs, effective, s), HostResult.NO_TTL);
        }
      }
      if (immediate == null && effective.has(Linux.AI_NUMERICHOST)) {
        throw new AddrInfoException(EaiError.EAI_NONAME, "host '" + h + "' is not numeric (AI_NUMERICHOST)");
      }
    } catch (AddrInfoException | RuntimeException e) {
      done.accept(null, e);
      return;
    }
    if (immediate != null) {
      done.accept(immediate, null);
      return;
    }
    names.lookup(name, effective.family(), effective.flags(), s, (found, t) -> {
      if (t != null) {
        done.accept(null, t);
        return;
      }
      Resolved r;
      try {
        r = new Resolved(finish(found.addresses(),
            found.canonicalName() != null ? found.canonicalName() : h, specs, effective, s), found.ttlSeconds());
      } catch (RuntimeException e) {
        done.accept(null, e);
        return;
      }
      done.accept(r, null);
    });
  }

  /** glibc's AI_ADDRCONFIG: narrow AF_UNSPEC to the one family configured, refuse a family that is not. */
  private static Hints addrConfig(Hints hints, Snapshot s) throws AddrInfoException {
    if (!hints.has(Linux.AI_ADDRCONFIG)) {
      return hints;
    }
    boolean v4 = s.interfaces().hasNonLoopbackIpv4();
    boolean v6 = s.interfaces().hasNonLoopbackIpv6();
    int f = hints.family();
    if (f == Linux.AF_UNSPEC) {
      if ((v4 || v6) && v4 != v6) {
        return new Hints(v4 ? Linux.AF_INET : Linux.AF_INET6, hints.socketType(), hints.protocol(), hints.flags());
      }
      return hints;
    }
    if ((f == Linux.AF_INET && !v4) || (f == Linux.AF_INET6 && !v6)) {
      throw new AddrInfoException(EaiError.EAI_NONAME,
          Linux.familyName(f) + " asked with AI_ADDRCONFIG but no such address is configured");
    }
    return hints;
  }

  /** The wildcard (AI_PASSIVE) or loopback addresses, IPv6 first as glibc lists them before sorting. */
  private static List<InetAddress> nullHost(Hints hints) {
    boolean passive = hints.has(Linux.AI_PASSIVE);
    List<InetAddress> out = new ArrayList<>(2);
    int f = hints.family();
    if (f == Linux.AF_UNSPEC || f == Linux.AF_INET6) {
      byte[] b = new byte[16];
      if (!passive) {
        b[15] = 1;
      }
      out.add(NumericHost.address(b));
    }
    if (f == Linux.AF_UNSPEC || f == Linux.AF_INET) {
      out.add(NumericHost.address(passive ? new byte[4] : new byte[] {127, 0, 0, 1}));
    }
    return out;
  }

  private static List<AddrInfo> finish(List<InetAddress> addresses, String canonical, List<SockSpec> specs,
      Hints hints, Snapshot s) {
    List<InetAddress> ordered = addresses.size() > 1 ? s.sorter().sort(addresses) : addresses;
    List<AddrInfo> out = new ArrayList<>(ordered.size() * specs.size());
    String canon = hints.has(Linux.AI_CANONNAME) && canonical != null
        ? (hints.has(Linux.AI_CANONIDN) ? Idna.toUnicode(canonical) : canonical) : "";
    for (InetAddress a : ordered) {
      int family = a instanceof Inet6Address ? Linux.AF_INET6 : Linux.AF_INET;
      for (SockSpec spec : specs) {
        out.add(new AddrInfo(family, spec.socketType(), spec.protocol(), out.isEmpty() ? canon : "",
            new InetSocketAddress(a, spec.port())));
      }
    }
    return List.copyOf(out);
  }
}
