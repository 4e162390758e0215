package dev.addrinfo.cli;

import dev.addrinfo.NumericAddresses;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Numeric addresses typed on the command line, in the forms glibc's getaddrinfo(AI_NUMERICHOST)
 * takes: inet_aton IPv4 forms, IPv6 with an optional {@code %scope}. Never looks a name up: text that is not numeric is rejected
 * before the JDK's parser, which would otherwise fall back to DNS.
 */
final class NumericAddress {
  private NumericAddress() {}

  /** The address, or an IllegalArgumentException naming the text. */
  static InetAddress parse(String text) {
    String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    return numeric(bare, text);
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

  private static InetAddress numeric(String bare, String text) {
    try {
      return NumericAddresses.forHostString(bare);
    } catch (IllegalArgumentException e) {
      // a bad scope says why; anything else is simply not an address
      throw e.getCause() != null ? new IllegalArgumentException("'" + text + "': " + e.getCause().getMessage(), e)
          : notAnAddress(text);
    }
  }

  private static IllegalArgumentException notAnAddress(String text) {
    return new IllegalArgumentException("'" + text + "' is not a numeric IPv4 or IPv6 address");
  }
}
