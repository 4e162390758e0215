package dev.addrinfo.cli;

import dev.addrinfo.spi.QueryTrace;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.util.Locale;

/** One {@code --trace} line per DNS exchange, for stderr. */
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
        .append(' ').append(rcode(t.rcode()))
        .append(" answers=").append(t.answerCount());
    if (t.truncated()) {
      line.append(" truncated");
    }
    line.append(" rtt=").append(String.format(Locale.ROOT, "%.3fms", t.roundTrip().toNanos() / 1e6))
        .append(' ').append(t.outcome());
    return line.toString();
  }

  private static String server(InetSocketAddress server) {
    String host = server.getAddress() == null
        ? server.getHostString()
        : AddressText.bare(server.getAddress(), server.getAddress() instanceof Inet6Address);
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + server.getPort();
  }

  private static String rcode(int rcode) {
    if (rcode < 0) {
      return "no-answer";
    }
    return rcode < RCODES.length ? RCODES[rcode] : "RCODE" + rcode;
  }
}
