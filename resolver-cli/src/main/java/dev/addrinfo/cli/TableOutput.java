package dev.addrinfo.cli;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.Linux;
import dev.addrinfo.NameInfo;
import dev.addrinfo.spi.DnsRecord;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Results as an aligned table with a header, names for the known families, socket types and
 * protocols; DNS records as dig prints them; errors as one {@code resolve: QUERY: MESSAGE} line on stderr.
 */
class TableOutput implements Output {
  private final PrintStream out;
  private final PrintStream err;
  private final AddressText addresses;

  TableOutput(PrintStream out, PrintStream err, AddressText addresses) {
    this.out = out;
    this.err = err;
    this.addresses = addresses;
  }

  @Override
  public void addrInfo(List<AddrInfo> results) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"FAMILY", "SOCKTYPE", "PROTOCOL", "ADDRESS", "PORT", "CANONNAME"});
    for (AddrInfo r : results) {
      rows.add(new String[] {
          Linux.familyName(r.family()),
          Linux.socketTypeName(r.socketType()),
          protocolName(r.protocol()),
          addresses.withScope(r.address().getAddress(), r.family() == Linux.AF_INET6),
          Integer.toString(r.port()),
          r.canonicalName()});
    }
    print(rows);
  }

  @Override
  public void nameInfo(NameInfo result) {
    print(List.of(new String[] {"HOST", "SERVICE"}, new String[] {result.host(), result.service()}));
  }

  @Override
  public void records(List<DnsRecord> records) {
    StringBuilder text = new StringBuilder();
    for (DnsRecord r : records) {
      text.append(DigFormat.line(r)).append('\n');
    }
    out.print(text);
  }

  @Override
  public void error(Asked asked, String code, String message) {
    err.print("resolve: " + asked.typed() + ": " + message + "\n");
  }

  static String protocolName(int protocol) {
    switch (protocol) {
      case Linux.IPPROTO_TCP: return "tcp";
      case Linux.IPPROTO_UDP: return "udp";
      default: return Integer.toString(protocol);
    }
  }

  /** Columns two spaces apart, each as wide as its widest cell; no trailing blanks. */
  private void print(List<String[]> rows) {
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(row[i]);
        if (i < row.length - 1) {
          line.append(" ".repeat(widths[i] - row[i].length() + 2));
        }
      }
      int end = line.length();
      while (end > 0 && line.charAt(end - 1) == ' ') {
        end--;
      }
      text.append(line, 0, end).append('\n');
    }
    out.print(text);
  }
}
