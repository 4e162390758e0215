package dev.addrinfo.internal.sort;

import dev.addrinfo.internal.numeric.InetPton;

/**
 * One row of a label or precedence table: addresses whose first {@code bits} bits equal
 * {@code prefix} get {@code value}. Bits of {@code prefix} past {@code bits} are kept as written but
 * never compared, as in glibc.
 *
 * @param prefix the prefix, IPv4 in its IPv4-mapped form
 * @param bits how many leading bits count, 0 to 128
 * @param value the label or precedence, 0 to {@link Integer#MAX_VALUE}
 */
public record PolicyEntry(Bits128 prefix, int bits, int value) {

  public PolicyEntry {
    if (bits < 0 || bits > 128) {
      throw new IllegalArgumentException("Prefix length out of range: " + bits);
    }
    if (value < 0) {
      throw new IllegalArgumentException("Negative value: " + value);
    }
  }

  /** A row for an IPv6 prefix written as text, for built-in tables and tests. */
  public static PolicyEntry of(String ipv6Prefix, int bits, int value) {
    byte[] bytes = InetPton.ipv6(ipv6Prefix);
    if (bytes == null) {
      throw new IllegalArgumentException("Not an IPv6 literal: " + ipv6Prefix);
    }
    return new PolicyEntry(Bits128.of(bytes), bits, value);
  }

  /** Whether {@code address} falls under this row's prefix. */
  public boolean matches(Bits128 address) {
    return prefix.samePrefix(address, bits);
  }
}
