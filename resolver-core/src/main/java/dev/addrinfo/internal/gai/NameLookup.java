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
import dev.addrinfo.internal.numeric.NumericHost;
import java.net.Inet4Address;
import java.net.InetAddress;
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
 *
 * <p>glibc 2.36 takes one of two paths, and they map a source's failure to different codes. AF_INET
 * without AI_CANONNAME goes through gethostbyname2 ({@code try_simple_gethostbyname}), where the
 * last source's status and h_errno decide alone (see {@link #simplePathError}); everything else
 * through {@code get_nss_addresses}, where each source's h_errno becomes a "no data" mark (see
 * {@link #noDataOf}). So an answer that is only a CNAME, which nss_dns reports as TRYAGAIN with
 * NO_RECOVERY, is EAI_NODATA on the first path and EAI_NONAME on the second, and a SERVFAIL that
 * nss_dns reports as "not found" with TRY_AGAIN is EAI_NONAME on the first and EAI_AGAIN on the
 * second (all seen against BIND on this machine).
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
    /** The last source's answer, which alone decides the error on the AF_INET path. */
    private HostResult last;
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
        if (source != HostSource.UNAVAILABLE) {
          // Without a transport the dns source is a module that is not there, which
          // gethostbyname2's loop passes over without a trace.
          last = r;
        }
        noData = noDataOf(r);
        noInet6Data = noData;
        return new Outcome(r.status(), r.canonicalName(), r.addresses(), r.ttlSeconds());
      }
      if (inet6 == null) {
        noData = noDataOf(r);
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
      noData = noDataOf(r);
      List<InetAddress> all = new ArrayList<>(r6.addresses());
      for (InetAddress a : r.addresses()) {
        all.add(mapped(a));
      }
      String canon = r6.canonicalName() != null ? r6.canonicalName() : r.canonicalName();
      return new Outcome(combine(r6.status(), r.status()), canon, all, Math.min(r6.ttlSeconds(), r.ttlSeconds()));
    }

    private void fail() {
      if (family == Linux.AF_INET && (flags & Linux.AI_CANONNAME) == 0 && last != null) {
        end(null, new AddrInfoException(simplePathError(last), "host '" + name + "'"));
        return;
      }
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

  /** glibc's no_data for one source's answer (gethosts): EAI_AGAIN for TRY_AGAIN, 1 for NO_DATA (and success), else 0. */
  private static int noDataOf(HostResult r) {
    if (r.status() == NssStatus.SUCCESS) {
      return 1;
    }
    if (r.herrno() == HostResult.TRY_AGAIN) {
      return AGAIN;
    }
    return r.herrno() == HostResult.NO_DATA ? 1 : 0;
  }

  /**
   * The error of glibc's AF_INET path ({@code try_simple_gethostbyname} over gethostbyname2), from
   * the last source's status and h_errno: with "not found" (gethostbyname2 returns 0) EAI_NODATA for
   * NO_DATA and EAI_NONAME for anything else; with TRYAGAIN or UNAVAIL (it returns an error number)
   * EAI_AGAIN for TRY_AGAIN and EAI_NODATA for anything else.
   */
  static EaiError simplePathError(HostResult last) {
    boolean returnedZero = last.status() == NssStatus.SUCCESS || last.status() == NssStatus.NOTFOUND;
    if (returnedZero) {
      return last.herrno() == HostResult.NO_DATA ? EaiError.EAI_NODATA : EaiError.EAI_NONAME;
    }
    return last.herrno() == HostResult.TRY_AGAIN ? EaiError.EAI_AGAIN : EaiError.EAI_NODATA;
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
    return NumericHost.address(v6);
  }
}
