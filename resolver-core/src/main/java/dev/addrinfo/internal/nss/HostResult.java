package dev.addrinfo.internal.nss;

import dev.addrinfo.internal.config.NssStatus;
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
 */
public record HostResult(NssStatus status, int herrno, String canonicalName, List<InetAddress> addresses) {
  public static final int HOST_NOT_FOUND = 1;
  public static final int TRY_AGAIN = 2;
  public static final int NO_RECOVERY = 3;
  public static final int NO_DATA = 4;

  public HostResult {
    addresses = List.copyOf(addresses);
  }

  public static HostResult found(String canonicalName, List<InetAddress> addresses) {
    return new HostResult(NssStatus.SUCCESS, 0, canonicalName, addresses);
  }

  public static HostResult failed(NssStatus status, int herrno) {
    return new HostResult(status, herrno, null, List.of());
  }

  /** The status nss_dns reports for an h_errno. */
  public static HostResult ofHerrno(int herrno) {
    switch (herrno) {
      case TRY_AGAIN: return failed(NssStatus.TRYAGAIN, herrno);
      case NO_RECOVERY: return failed(NssStatus.UNAVAIL, herrno);
      default: return failed(NssStatus.NOTFOUND, herrno);
    }
  }
}
