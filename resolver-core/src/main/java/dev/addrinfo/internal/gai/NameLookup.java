package dev.addrinfo.internal.gai;

import dev.addrinfo.internal.Snapshot;
import dev.addrinfo.AddrInfoException;
import dev.addrinfo.EaiError;
import dev.addrinfo.Linux;
import dev.addrinfo.internal.nss.NssSource;
import dev.addrinfo.internal.nss.HostResult;
import dev.addrinfo.internal.nss.HostSource;
import dev.addrinfo.internal.nss.NameServiceSwitch;
import dev.addrinfo.internal.nss.NssStatus;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The name half of glibc's gaih_inet: the hosts sources asked in turn; for AF_UNSPEC both families
 * in one call per source, for AF_INET6 the IPv6 addresses and, with AI_V4MAPPED, the IPv4 ones
 * mapped (only when there is no IPv6 address, unless AI_ALL). When nothing is found the error is
 * glibc's: EAI_AGAIN when the last source could not answer for either family, EAI_NODATA when the
 * name exists without addresses, EAI_NONAME otherwise.
 */
final class NameLookup {
  private static final int AGAIN = -1;

  /** The addresses found, in the sources' order, with the canonical name and how long they hold. */
  record Found(String canonicalName, List<InetAddress> addresses, long ttlSeconds) {}

  private final NameServiceSwitch sources;

  NameLookup(NameServiceSwitch sources) {
    this.sources = sources;
  }

  /**
   * Looks {@code name} up; {@code done} is called once, with what was found or the failure (an
   * {@link AddrInfoException} with glibc's code), on the thread that ended the lookup.
   */
  void lookup(String name, int family, int flags, Snapshot s, BiConsumer<Found, Throwable> done) {
    new State(name, family, flags, s, done).next(0);
  }

  /**
   * One walk over the hosts line; it is also the callback of each source it asks, so a source
   * costs no future. For AF_INET6 with AI_V4MAPPED a source is asked twice (IPv6, then IPv4).
   */
  private final class State implements Consumer<HostResult> {
    final String name;
    final int family;
    final int flags;
    final Snapshot snapshot;
    final List<NssSource> switchLine;
    final BiConsumer<Found, Throwable> done;
    int noData;
    int noInet6Data;
    private int index;
    private HostSource source;
    /** The IPv6 answer of the current source while its IPv4 one is asked (AI_V4MAPPED), else null. */
    private HostResult inet6;
    private boolean ended;

    State(String name, int family, int flags, Snapshot snapshot, BiConsumer<Found, Throwable> done) {
      this.name = name;
      this.family = family;
      this.flags = flags;
      this.snapshot = snapshot;
      this.switchLine = snapshot.nsswitch().hosts();
      this.done = done;
    }

    void next(int at) {
      if (snapshot.nsswitch().rejected()) {
        end(null, new AddrInfoException(EaiError.EAI_NONAME,
            "host '" + name + "': nsswitch.conf was rejected for a syntax error, as glibc rejects it"));
        return;
      }
      if (switchLine.isEmpty()) {
        end(null, new AddrInfoException(EaiError.EAI_SYSTEM,
            "host '" + name + "': the hosts line of nsswitch.conf names no source"));
        return;
      }
      for (index = at; index < switchLine.size(); index++) {
        source = sources.source(switchLine.get(index).name());
        if (source != null) {
          inet6 = null;
          // AF_UNSPEC asks both families in one call (gethostbyname4), AF_INET only IPv4
          source.byName(name, family == Linux.AF_INET6 ? Linux.AF_INET6 : family, snapshot, this);
          return;
        }
      }
      fail();
    }

    /** The current source's answer. */
    @Override
    public void accept(HostResult r) {
      try {
        Outcome o = outcome(r);
        if (o == null) {
          return; // its IPv4 half is being asked
        }
        if (!o.addresses.isEmpty()) {
          end(new Found(o.canonicalName, o.addresses, o.ttlSeconds), null);
        } else if (NameServiceSwitch.stops(switchLine.get(index), o.status)) {
          fail();
        } else {
          next(index + 1);
        }
      } catch (RuntimeException | Error e) {
        end(null, e);
      }
    }

    /** The source's answer for the family asked, or null while a second call is under way. */
    private Outcome outcome(HostResult r) {
      if (family != Linux.AF_INET6) {
        noData = noDataOf(r, family == Linux.AF_UNSPEC);
        noInet6Data = noData;
        return new Outcome(r.status(), r.canonicalName(), r.addresses(), r.ttlSeconds());
      }
      if (inet6 == null) {
        noData = noDataOf(r, false);
        noInet6Data = noData;
        boolean gotIpv6 = !r.addresses().isEmpty();
        boolean wantMapped = (flags & Linux.AI_V4MAPPED) != 0 && ((flags & Linux.AI_ALL) != 0 || !gotIpv6);
        if (!wantMapped) {
          return new Outcome(r.status(), r.canonicalName(), r.addresses(), r.ttlSeconds());
        }
        inet6 = r;
        source.byName(name, Linux.AF_INET, snapshot, this);
        return null;
      }
      HostResult r6 = inet6;
      noData = noDataOf(r, false);
      List<InetAddress> all = new ArrayList<>(r6.addresses());
      for (InetAddress a : r.addresses()) {
        all.add(mapped(a));
      }
      String canon = r6.canonicalName() != null ? r6.canonicalName() : r.canonicalName();
      return new Outcome(combine(r6.status(), r.status()), canon, all, Math.min(r6.ttlSeconds(), r.ttlSeconds()));
    }

    private void fail() {
      if (noData != 0 && noInet6Data != 0) {
        if (noData == AGAIN && noInet6Data == AGAIN) {
          end(null, new AddrInfoException(EaiError.EAI_AGAIN, "host '" + name + "'"));
        } else {
          end(null, new AddrInfoException(EaiError.EAI_NODATA, "host '" + name + "'"));
        }
        return;
      }
      end(null, new AddrInfoException(EaiError.EAI_NONAME, "host '" + name + "'"));
    }

    private void end(Found found, Throwable failure) {
      if (ended) {
        return;
      }
      ended = true;
      done.accept(found, failure);
    }
  }

  private record Outcome(NssStatus status, String canonicalName, List<InetAddress> addresses, long ttlSeconds) {}

  /**
   * glibc's no_data: EAI_AGAIN for TRY_AGAIN, 1 for NO_DATA, else 0 (1 also on success). One
   * exception, measured against this machine's glibc 2.36 and kept as measured: on the one-family
   * path (gethostbyname3, used for AF_INET and AF_INET6), a TRY_AGAIN whose status is "not found"
   * rather than "unavailable" (a SERVFAIL earlier in a search list that then ended in NXDOMAIN, or a
   * TCP answer that was SERVFAIL or broke) ends as EAI_NONAME, where AF_UNSPEC (gethostbyname4)
   * gives EAI_AGAIN.
   */
  private static int noDataOf(HostResult r, boolean bothFamiliesAtOnce) {
    if (r.status() == NssStatus.SUCCESS) {
      return 1;
    }
    if (r.herrno() == HostResult.TRY_AGAIN) {
      return bothFamiliesAtOnce || r.status() != NssStatus.NOTFOUND ? AGAIN : 0;
    }
    return r.herrno() == HostResult.NO_DATA ? 1 : 0;
  }

  /** How gaih_inet merges the IPv6 and IPv4 statuses of one source. */
  private static NssStatus combine(NssStatus inet6, NssStatus inet) {
    if (inet6 == NssStatus.SUCCESS || inet == NssStatus.SUCCESS) {
      return NssStatus.SUCCESS;
    }
    if (inet6 == NssStatus.TRYAGAIN) {
      return NssStatus.TRYAGAIN;
    }
    if (inet == NssStatus.UNAVAIL && inet6 != NssStatus.UNAVAIL) {
      return inet6;
    }
    return inet;
  }

  static InetAddress mapped(InetAddress a) {
    if (!(a instanceof Inet4Address)) {
      return a;
    }
    byte[] v4 = a.getAddress();
    byte[] v6 = new byte[16];
    v6[10] = (byte) 0xff;
    v6[11] = (byte) 0xff;
    System.arraycopy(v4, 0, v6, 12, 4);
    try {
      return Inet6Address.getByAddress(null, v6, -1);
    } catch (UnknownHostException e) {
      throw new AssertionError("16 bytes are always an IPv6 address", e);
    }
  }
}
