package dev.addrinfo.cli;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * Numeric addresses typed on the command line: dotted-quad IPv4 (as inet_pton takes it) or IPv6
 * with an optional {@code %scope}. Never looks a name up: text that is not numeric is rejected
 * before the JDK's parser, which would otherwise fall back to DNS.
 */
final class NumericAddress {
  private NumericAddress() {}

  /** The address, or an IllegalArgumentException naming the text. */
  static InetAddress parse(String text) {
    String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    if (bare.indexOf(':') >= 0) {
      return parseIpv6(bare, text);
    }
    return parseIpv4(bare, text);
  }

  /**
   * {@code IP}, {@code IP:PORT}, {@code [IPv6]:PORT}, {@code [IPv6]} or a bare IPv6 address
   * (which then has no port); the port is 53 when not given.
   */
  static InetSocketAddress parseServer(String text) {
    String host = text;
    String port = null;
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("'" + text + "' lacks the closing ']'");
      }
      host = text.substring(1, close);
      String rest = text.substring(close + 1);
      if (!rest.isEmpty()) {
        if (!rest.startsWith(":")) {
          throw new IllegalArgumentException("'" + text + "' has '" + rest + "' after ']'");
        }
        port = rest.substring(1);
      }
    } else if (text.indexOf(':') == text.lastIndexOf(':') && text.indexOf(':') >= 0) {
      host = text.substring(0, text.indexOf(':'));
      port = text.substring(text.indexOf(':') + 1);
    }
    InetAddress address;
    try {
      address = parse(host);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not IP[:PORT] (IPv4 or IPv6, IPv6 with a port as [::1]:53)", e);
    }
    return new InetSocketAddress(address, port == null ? 53 : parsePort(port, text));
  }

  private static int parsePort(String port, String text) {
    if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("'" + text + "' has a bad port '" + port + "'");
    }
    int value = Integer.parseInt(port);
    if (value < 1 || value > 65535) {
      throw new IllegalArgumentException("'" + text + "' has port " + value + " outside 1-65535");
    }
    return value;
  }

  private static InetAddress parseIpv4(String bare, String text) {
    String[] parts = bare.split("\\.", -1);
    byte[] bytes = new byte[4];
    if (parts.length != 4) {
      throw notAnAddress(text);
    }
    for (int i = 0; i < 4; i++) {
      String p = parts[i];
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw notAnAddress(text);
      }
      int v = Integer.parseInt(p);
      if (v > 255) {
        throw notAnAddress(text);
      }
      bytes[i] = (byte) v;
    }
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new AssertionError(e); // four bytes are always a valid length
    }
  }

  private static InetAddress parseIpv6(String bare, String text) {
    int percent = bare.indexOf('%');
    String digits = percent < 0 ? bare : bare.substring(0, percent);
    if (!digits.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')
        || (percent >= 0 && percent == bare.length() - 1)) {
      throw notAnAddress(text);
    }
    try {
      // Safe from DNS: the JDK parses text holding ':' as a literal and fails rather than look it up.
      InetAddress parsed = InetAddress.getByName(bare);
      if (parsed instanceof Inet4Address) {
        // The JDK turns ::ffff:a.b.c.d into IPv4; keep the IPv6 socket address the user typed.
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(parsed.getAddress(), 0, mapped, 12, 4);
        return Inet6Address.getByAddress(null, mapped, -1);
      }
      return parsed;
    } catch (UnknownHostException e) {
      throw notAnAddress(text);
    }
  }

  private static IllegalArgumentException notAnAddress(String text) {
    return new IllegalArgumentException("'" + text + "' is not a numeric IPv4 or IPv6 address");
  }
}
