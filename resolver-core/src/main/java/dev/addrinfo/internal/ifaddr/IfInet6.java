package dev.addrinfo.internal.ifaddr;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Parses Linux's {@code /proc/net/if_inet6}: one IPv6 address a line, as 32 hex digits, then the
 * interface index, prefix length, scope and flags in hex, then the interface name. Unreadable lines
 * are skipped: the kernel writes this file, so a bad line means a format this code does not know.
 */
final class IfInet6 {

  static final int IFA_F_OPTIMISTIC = 0x04;
  static final int IFA_F_HOMEADDRESS = 0x10;
  static final int IFA_F_DEPRECATED = 0x20;

  private IfInet6() {}

  /**
   * @param text the file's content
   * @param isTunnel tells, by interface name, whether the interface is a tunnel
   */
  static List<ListedAddress> parse(String text, Predicate<String> isTunnel) {
    List<ListedAddress> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      String[] f = line.trim().split("\\s+");
      if (f.length < 6 || f[0].length() != 32) {
        continue;
      }
      try {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 16; i++) {
          bytes[i] = (byte) Integer.parseInt(f[0].substring(2 * i, 2 * i + 2), 16);
        }
        int flags = Integer.parseInt(f[4], 16);
        out.add(new ListedAddress(
            InetAddress.getByAddress(bytes),
            Integer.parseInt(f[2], 16),
            Integer.parseInt(f[1], 16),
            (flags & (IFA_F_DEPRECATED | IFA_F_OPTIMISTIC)) != 0,
            (flags & IFA_F_HOMEADDRESS) != 0,
            isTunnel.test(f[5])));
      } catch (NumberFormatException | UnknownHostException e) {
        // Skipped; see the class comment.
      }
    }
    return out;
  }
}
