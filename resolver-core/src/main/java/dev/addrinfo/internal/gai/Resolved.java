package dev.addrinfo.internal.gai;

import dev.addrinfo.AddrInfo;
import java.util.List;

/**
 * What one getaddrinfo call found: the results, and how long they hold as far as DNS is concerned
 * (the smallest TTL of the records they came from; {@link dev.addrinfo.internal.nss.HostResult#NO_TTL}
 * when no DNS answer was used).
 */
public record Resolved(List<AddrInfo> results, long ttlSeconds) {}
