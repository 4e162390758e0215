package dev.addrinfo.cli;

import dev.addrinfo.spi.QueryTrace;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.util.Locale;

/** One {@code --trace} line per DNS exchange, for stderr; the round trip is the transport's, as given. */
final class TraceLine {
  private static final String[] RCODES = {"NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP", "REFUSED"};

  private TraceLine() {}

  /**
   * For example {@code ;; 127.0.0.1:53 udp id=4660 www.example.com. AAAA NOERROR answers=2 rtt=1.250ms ok}.
   */
  static String format(QueryTrace t) {
    StringBuilder line = new StringBuilder(";; ").append(server(t.server())).append(' ').append(t.transport())
        .append(" id=").append(t.id())
        .append(' ').append(t.question().name()).append(' ').append(t.question().type())
        .append(' ').append(t.rcode() < 0 ? "no-answer" : rcode(t.rcode()))
        .append(" answers=").append(t.answerCount());
    if (t.truncated()) {
      line.append(" truncated");
    }
    line.append(" rtt=").append(String.format(Locale.ROOT, "%.3fms", t.roundTrip().toNanos() / 1e6))
        .append(' ').append(t.outcome());
    return line.toString();
  }

  /** {@code 127.0.0.1:53}, {@code [::1]:53}. */
  static String server(InetSocketAddress server) {
    String host = host(server);
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + server.getPort();
  }

  /** The server's address as inet_ntop prints it. */
  static String host(InetSocketAddress server) {
    return server.getAddress() == null
        ? server.getHostString()
        : AddressText.bare(server.getAddress(), server.getAddress() instanceof Inet6Address);
  }

  /** The rcode's name (RFC 1035, 2136), or RCODE and its number. */
  static String rcode(int rcode) {
    return rcode < RCODES.length ? RCODES[rcode] : "RCODE" + rcode;
  }
}
