package dev.addrinfo.cli;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.Linux;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code --format=getent}: results as {@code getent ahosts} prints them, one line per result:
 * the address, the socket type, and the canonical name (empty but for the first result with
 * AI_CANONNAME). getent asks with AI_CANONNAME, AI_ADDRCONFIG and AI_V4MAPPED (and AF_INET for
 * ahostsv4, AF_INET6 for ahostsv6), so those options give its very lines. Everything else prints as
 * in the table format.
 */
final class GetentOutput extends TableOutput {
  private final PrintStream out;

  GetentOutput(PrintStream out, PrintStream err, AddressText addresses) {
    super(out, err, addresses);
    this.out = out;
  }

  @Override
  public void addrInfo(List<AddrInfo> results) {
    StringBuilder text = new StringBuilder();
    for (AddrInfo r : results) {
      text.append(line(r)).append('\n');
    }
    out.print(text);
  }

  /**
   * The address left-aligned in 15 columns, then the socket type in 6, as getent's
   * {@code "%-15s %-6s %s"}; a scope id follows the address as a number. With a scope, glibc
   * 2.36's getent pads to 15 minus the length of the "%N" suffix (measured on this machine:
   * "fe80::1%1" then five blanks, "fe80::1%123" then one), and so does this.
   */
  static String line(AddrInfo r) {
    String address = AddressText.bare(r.address().getAddress(), r.family() == Linux.AF_INET6);
    String scope = r.scopeId() == 0 ? "" : "%" + Integer.toUnsignedString(r.scopeId());
    int width = 15 - scope.length();
    StringBuilder line = new StringBuilder(address).append(scope);
    pad(line, width);
    line.append(' ');
    int typeStart = line.length();
    line.append(socketType(r.socketType()));
    pad(line, typeStart + 6);
    return line.append(' ').append(r.canonicalName()).toString();
  }

  private static void pad(StringBuilder line, int column) {
    while (line.length() < column) {
      line.append(' ');
    }
  }

  private static String socketType(int type) {
    switch (type) {
      case Linux.SOCK_STREAM: return "STREAM";
      case Linux.SOCK_DGRAM: return "DGRAM";
      case Linux.SOCK_RAW: return "RAW";
      default: return Integer.toString(type);
    }
  }
}
