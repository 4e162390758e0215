package dev.addrinfo.internal.sort;

import java.util.List;

/**
 * glibc 2.36's built-in tables, used when gai.conf has no line of the kind. They are RFC 3484's,
 * not RFC 6724's: IPv4 (as {@code ::ffff:0:0/96}) has the lowest precedence, 10, below every IPv6
 * destination, and site-local and ULA addresses have labels of their own. Rows are in glibc's order;
 * the first matching row wins.
 */
final class DefaultPolicy {

  private DefaultPolicy() {}

  static final List<PolicyEntry> LABELS = List.of(
      PolicyEntry.of("::1", 128, 0),
      PolicyEntry.of("2002::", 16, 2),
      PolicyEntry.of("::", 96, 3),
      PolicyEntry.of("::ffff:0:0", 96, 4),
      PolicyEntry.of("fec0::", 10, 5),
      PolicyEntry.of("fc00::", 7, 6),
      PolicyEntry.of("2001::", 32, 7),
      PolicyEntry.of("::", 0, 1));

  static final List<PolicyEntry> PRECEDENCES = List.of(
      PolicyEntry.of("::1", 128, 50),
      PolicyEntry.of("2002::", 16, 30),
      PolicyEntry.of("::", 96, 20),
      PolicyEntry.of("::ffff:0:0", 96, 10),
      PolicyEntry.of("::", 0, 40));

  /** 169.254/16 and 127/8 are link-local (2), everything else global (14). */
  static final List<ScopeEntry> SCOPES_V4 = List.of(
      new ScopeEntry(0xa9fe_0000, 16, 2),
      new ScopeEntry(0x7f00_0000, 8, 2),
      new ScopeEntry(0, 0, 14));

  /** What a gai.conf table gets appended when none of its own lines has prefix length 0. */
  static final int CATCH_ALL_LABEL = 1;
  static final int CATCH_ALL_PRECEDENCE = 40;
  static final int CATCH_ALL_SCOPE = 14;
}
