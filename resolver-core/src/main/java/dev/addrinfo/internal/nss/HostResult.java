package dev.addrinfo.internal.nss;

import dev.addrinfo.internal.nss.NssStatus;
import java.net.InetAddress;
import java.util.List;

/**
 * What one hosts source (the hosts file, DNS) said about a name, in the terms of glibc's name
 * service switch: a status that decides whether the next source is asked, and the h_errno that
 * decides getaddrinfo's error code when nothing is found.
 *
 * @param status SUCCESS with addresses, or why not
 * @param herrno one of {@link #HOST_NOT_FOUND}, {@link #TRY_AGAIN}, {@link #NO_RECOVERY}, {@link #NO_DATA}, or 0
 * @param canonicalName the name the source calls canonical, or null
 * @param addresses IPv4 and IPv6 addresses in the source's order; empty unless SUCCESS
 * @param ttlSeconds how long the answer holds: the smallest TTL of the DNS records it came from, or
 *     {@link #NO_TTL} for the hosts file (which holds until it changes)
 */
public record HostResult(NssStatus status, int herrno, String canonicalName, List<InetAddress> addresses,
    long ttlSeconds) {
  public static final int HOST_NOT_FOUND = 1;
  public static final int TRY_AGAIN = 2;
  public static final int NO_RECOVERY = 3;
  public static final int NO_DATA = 4;
  public static final long NO_TTL = Long.MAX_VALUE;

  private static final HostResult[] BY_HERRNO = {
      null,
      failed(NssStatus.NOTFOUND, HOST_NOT_FOUND),
      failed(NssStatus.TRYAGAIN, TRY_AGAIN),
      failed(NssStatus.UNAVAIL, NO_RECOVERY),
      failed(NssStatus.NOTFOUND, NO_DATA)};

  public HostResult {
    addresses = List.copyOf(addresses);
  }

  /** Found in a source without a TTL (the hosts file). */
  public static HostResult found(String canonicalName, List<InetAddress> addresses) {
    return new HostResult(NssStatus.SUCCESS, 0, canonicalName, addresses, NO_TTL);
  }

  public static HostResult found(String canonicalName, List<InetAddress> addresses, long ttlSeconds) {
    return new HostResult(NssStatus.SUCCESS, 0, canonicalName, addresses, ttlSeconds);
  }

  public static HostResult failed(NssStatus status, int herrno) {
    return new HostResult(status, herrno, null, List.of(), NO_TTL);
  }

  /** The status nss_dns reports for an h_errno (one shared instance per h_errno). */
  public static HostResult ofHerrno(int herrno) {
    if (herrno >= HOST_NOT_FOUND && herrno <= NO_DATA) {
      return BY_HERRNO[herrno];
    }
    return failed(NssStatus.NOTFOUND, herrno);
  }
}
