package dev.addrinfo.internal.sort;

/**
 * One row of the IPv4 scope table ({@code scopev4} in gai.conf): IPv4 addresses whose first
 * {@code bits} bits equal {@code network} have scope {@code scope}.
 *
 * @param network the network as a big-endian int, with the bits past {@code bits} cleared
 * @param bits the IPv4 prefix length, 0 to 32
 * @param scope the scope value, 0 to {@link Integer#MAX_VALUE}
 */
public record ScopeEntry(int network, int bits, int scope) {

  public ScopeEntry {
    if (bits < 0 || bits > 32) {
      throw new IllegalArgumentException("IPv4 prefix length out of range: " + bits);
    }
    if (scope < 0) {
      throw new IllegalArgumentException("Negative scope: " + scope);
    }
    network &= mask(bits);
  }

  /** Whether the IPv4 address (big-endian int) is in this row's network. */
  public boolean matches(int ipv4) {
    return (ipv4 & mask(bits)) == network;
  }

  static int mask(int bits) {
    return bits == 0 ? 0 : -1 << (32 - bits);
  }
}
