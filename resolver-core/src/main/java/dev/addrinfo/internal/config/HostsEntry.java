package dev.addrinfo.internal.config;

import java.net.InetAddress;
import java.util.List;
import java.util.Objects;

/**
 * One line of /etc/hosts. An IPv4-mapped IPv6 line ({@code ::ffff:192.0.2.7}) keeps its address
 * as an {@link java.net.Inet6Address}, because glibc returns it as AF_INET6 for AF_UNSPEC queries.
 *
 * @param address the address, without scope (glibc rejects scoped addresses in hosts)
 * @param canonicalName the first name on the line, as written; empty for a line with an address and
 *     no name, which glibc keeps for reverse lookups only (getnameinfo then returns an empty name)
 * @param aliases the other names on the line, as written
 * @param lineNumber 1-based line number in the file
 */
public record HostsEntry(InetAddress address, String canonicalName, List<String> aliases, int lineNumber) {
  public HostsEntry {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(canonicalName, "canonicalName");
    aliases = List.copyOf(aliases);
  }
}
