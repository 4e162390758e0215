package dev.addrinfo.internal.ifaddr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A snapshot of the host's interface addresses, as glibc's {@code __check_pf} reads them over
 * netlink: every address of every interface, up or down. Immutable.
 */
public final class InterfaceList implements InterfaceAddresses {

  private static final byte[] IPV4_LOOPBACK = {127, 0, 0, 1};
  private static final Path IF_INET6 = Path.of("/proc/net/if_inet6");
  private static final Path SYS_NET = Path.of("/sys/class/net");
  private static final int ARPHRD_TUNNEL = 768;
  private static final int ARPHRD_TUNNEL6 = 769;
  private static final int ARPHRD_SIT = 776;

  private final List<ListedAddress> addresses;
  private final boolean nonLoopbackIpv4;
  private final boolean nonLoopbackIpv6;

  public InterfaceList(List<ListedAddress> addresses) {
    this.addresses = List.copyOf(addresses);
    boolean v4 = false;
    boolean v6 = false;
    for (ListedAddress a : this.addresses) {
      // glibc counts every IPv4 address but exactly 127.0.0.1 (127.0.0.2 counts), and every IPv6
      // address but ::1, link-local fe80:: ones included.
      if (a.address() instanceof Inet4Address) {
        v4 |= !Arrays.equals(a.address().getAddress(), IPV4_LOOPBACK);
      } else {
        v6 |= !a.address().isLoopbackAddress();
      }
    }
    this.nonLoopbackIpv4 = v4;
    this.nonLoopbackIpv6 = v6;
  }

  /**
   * Reads the system's list: IPv4 through {@link NetworkInterface}, IPv6 (with the flags Java does
   * not expose) from {@code /proc/net/if_inet6}. Costs a few system calls per interface.
   *
   * @throws UncheckedIOException if the interfaces cannot be listed
   */
  public static InterfaceList read() {
    List<ListedAddress> out = new ArrayList<>();
    try {
      for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (InterfaceAddress ia : nif.getInterfaceAddresses()) {
          if (ia.getAddress() instanceof Inet4Address) {
            out.add(new ListedAddress(ia.getAddress(), ia.getNetworkPrefixLength(), nif.getIndex(),
                false, false, isTunnel(nif.getName())));
          }
        }
      }
      if (Files.isReadable(IF_INET6)) {
        out.addAll(IfInet6.parse(Files.readString(IF_INET6), InterfaceList::isTunnel));
      } else {
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
          for (InterfaceAddress ia : nif.getInterfaceAddresses()) {
            if (ia.getAddress() instanceof Inet6Address) {
              out.add(new ListedAddress(stripScope(ia.getAddress()), ia.getNetworkPrefixLength(),
                  nif.getIndex(), false, false, isTunnel(nif.getName())));
            }
          }
        }
      }
    } catch (SocketException e) {
      throw new UncheckedIOException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new InterfaceList(out);
  }

  public List<ListedAddress> addresses() {
    return addresses;
  }

  /** glibc counts every IPv4 address but exactly 127.0.0.1 (127.0.0.2 counts). */
  @Override
  public boolean hasNonLoopbackIpv4() {
    return nonLoopbackIpv4;
  }

  /** glibc counts every IPv6 address but ::1, link-local fe80:: ones included. */
  @Override
  public boolean hasNonLoopbackIpv6() {
    return nonLoopbackIpv6;
  }

  /** The entry for {@code address} (same bytes, scope ignored: InetAddress.equals compares bytes only), if any. */
  public Optional<ListedAddress> find(InetAddress address) {
    for (ListedAddress a : addresses) {
      if (a.address().equals(address)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  private static boolean isTunnel(String name) {
    try {
      int type = Integer.parseInt(Files.readString(SYS_NET.resolve(name).resolve("type")).trim());
      return type == ARPHRD_TUNNEL || type == ARPHRD_TUNNEL6 || type == ARPHRD_SIT;
    } catch (IOException | NumberFormatException | java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  private static InetAddress stripScope(InetAddress address) {
    try {
      return InetAddress.getByAddress(address.getAddress());
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
