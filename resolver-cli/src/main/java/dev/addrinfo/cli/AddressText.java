package dev.addrinfo.cli;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.function.IntFunction;

/**
 * Addresses as glibc prints them: {@code inet_ntop} for the bare address, and getnameinfo's
 * {@code NI_NUMERICHOST} rule for the scope suffix.
 *
 * <p>A private stand-in until resolver-core's numeric formatter is on this branch; it is pure and
 * allocates only the returned string's builder.
 */
final class AddressText {
  private final IntFunction<String> interfaceName;

  /**
   * @param interfaceName the interface name for a scope id, or null when there is none (if_indextoname)
   */
  AddressText(IntFunction<String> interfaceName) {
    this.interfaceName = interfaceName;
  }

  /**
   * The address without its scope, as inet_ntop prints it. An IPv4 address in an AF_INET6 result
   * is the JDK's view of an IPv4-mapped IPv6 address, so it is printed in the mapped form.
   */
  static String bare(InetAddress address, boolean inet6Family) {
    byte[] bytes = address.getAddress();
    if (bytes.length == 4) {
      return inet6Family ? "::ffff:" + dotted(bytes, 0) : dotted(bytes, 0);
    }
    return ipv6(bytes);
  }

  /**
   * The address with {@code %scope} when it has a scope id, as getnameinfo(NI_NUMERICHOST) prints
   * it: the interface name for link-local unicast and link-local multicast when the interface
   * exists, the number otherwise.
   */
  String withScope(InetAddress address, boolean inet6Family) {
    String text = bare(address, inet6Family);
    if (!(address instanceof Inet6Address v6) || v6.getScopeId() == 0) {
      return text;
    }
    int scope = v6.getScopeId();
    if (v6.isLinkLocalAddress() || v6.isMCLinkLocal()) {
      String name = interfaceName.apply(scope);
      if (name != null) {
        return text + "%" + name;
      }
    }
    return text + "%" + Integer.toUnsignedString(scope);
  }

  /** inet_ntop(AF_INET6): hex groups without leading zeros, the longest run of two or more zero groups (the first on a tie) as "::". */
  static String ipv6(byte[] b) {
    int[] words = new int[8];
    for (int i = 0; i < 8; i++) {
      words[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
    }
    int bestBase = -1;
    int bestLen = 0;
    for (int i = 0; i < 8; ) {
      if (words[i] != 0) {
        i++;
        continue;
      }
      int start = i;
      while (i < 8 && words[i] == 0) {
        i++;
      }
      if (i - start > bestLen) {
        bestBase = start;
        bestLen = i - start;
      }
    }
    if (bestLen < 2) {
      bestBase = -1;
    }
    StringBuilder out = new StringBuilder(41);
    for (int i = 0; i < 8; i++) {
      if (i == bestBase) {
        out.append(':');
        i += bestLen - 1;
        if (i == 7) {
          out.append(':');
        }
        continue;
      }
      if (i > 0) {
        out.append(':');
      }
      // glibc prints the tail of ::a.b.c.d (compatible) and ::ffff:a.b.c.d (mapped) as a dotted quad.
      if (i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 5 && words[5] == 0xffff))) {
        out.append(dotted(b, 12));
        break;
      }
      out.append(Integer.toHexString(words[i]));
    }
    return out.toString();
  }

  private static String dotted(byte[] b, int from) {
    return (b[from] & 0xff) + "." + (b[from + 1] & 0xff) + "." + (b[from + 2] & 0xff) + "." + (b[from + 3] & 0xff);
  }
}
