package dev.addrinfo.internal.config;

import java.net.InetAddress;
import java.util.List;

/**
 * What glibc's files backend answers getaddrinfo for one name and family, before any RFC 6724
 * sorting.
 *
 * @param canonicalName the canonical name glibc reports (AI_CANONNAME): the first name of the first
 *     matching line, as written in the file; null when nothing matched
 * @param addresses the addresses in file order, duplicates kept (as glibc keeps them); empty means
 *     not found
 */
public record HostsMatch(String canonicalName, List<InetAddress> addresses) {
  public static final HostsMatch NOT_FOUND = new HostsMatch(null, List.of());

  public HostsMatch {
    addresses = List.copyOf(addresses);
  }

  public boolean found() {
    return !addresses.isEmpty();
  }
}
