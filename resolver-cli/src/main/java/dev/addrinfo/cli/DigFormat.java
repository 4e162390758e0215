package dev.addrinfo.cli;

import dev.addrinfo.spi.DnsRecord;
import java.net.Inet6Address;

/**
 * DNS records in dig's presentation format, as {@code dig +noall +answer} prints them:
 * {@code owner TTL IN TYPE DATA}, each field starting at dig's column (TTL at 24, class at 32,
 * type at 40, data at 48) reached with tabs of width 8, or one space when the line is already
 * there or past it. Checked against dig 9.18 on this machine for names and TTLs of every length.
 */
final class DigFormat {
  private static final int TAB = 8;
  private static final int[] COLUMNS = {24, 32, 40, 48};

  private DigFormat() {}

  static String line(DnsRecord r) {
    String[] fields = {r.name(), Long.toString(r.ttlSeconds()), "IN", r.type().name(), data(r)};
    StringBuilder line = new StringBuilder(fields[0]);
    int column = fields[0].length();
    for (int i = 1; i < fields.length; i++) {
      column = advance(line, column, COLUMNS[i - 1]);
      line.append(fields[i]);
      column += fields[i].length();
    }
    return line.toString();
  }

  /**
   * Moves from {@code column} to {@code target}, or one past {@code column} when that is further:
   * tabs to the target's tab stop if any are needed, then spaces for the rest.
   */
  private static int advance(StringBuilder line, int column, int target) {
    int to = Math.max(target, column + 1);
    int from = column;
    int tabs = to / TAB - from / TAB;
    if (tabs > 0) {
      line.append("\t".repeat(tabs));
      from = to / TAB * TAB;
    }
    line.append(" ".repeat(to - from));
    return to;
  }

  /** The record's data as dig shows it: inet_ntop text, a name with its trailing dot, SOA's seven fields. */
  static String data(DnsRecord r) {
    switch (r.type()) {
      case A:
      case AAAA:
        return AddressText.bare(r.address(), r.address() instanceof Inet6Address);
      case CNAME:
      case PTR:
        return r.target();
      case SOA:
        DnsRecord.Soa s = r.soa();
        return s.primary() + " " + s.mailbox() + " " + s.serial() + " " + s.refresh() + " " + s.retry() + " "
            + s.expire() + " " + s.minimum();
      default:
        throw new IllegalArgumentException("no presentation format for " + r.type());
    }
  }
}
