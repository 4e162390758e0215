package dev.addrinfo.spi;

import java.net.InetAddress;
import java.util.Objects;

/**
 * One record of a DNS answer section that this resolver reads: A and AAAA carry an address, CNAME
 * and PTR a target name (absolute, with trailing dot). The owner name is absolute, with trailing dot.
 *
 * @since 0.1
 */
public record DnsRecord(String name, RecordType type, long ttlSeconds, InetAddress address, String target) {
  public DnsRecord {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (ttlSeconds < 0) {
      throw new IllegalArgumentException("negative TTL: " + ttlSeconds);
    }
    switch (type) {
      case A, AAAA -> Objects.requireNonNull(address, "address of an " + type + " record");
      case CNAME, PTR -> Objects.requireNonNull(target, "target of a " + type + " record");
      default -> { }
    }
  }

  public static DnsRecord address(String name, long ttlSeconds, InetAddress address) {
    RecordType t = address.getAddress().length == 4 ? RecordType.A : RecordType.AAAA;
    return new DnsRecord(name, t, ttlSeconds, address, null);
  }

  public static DnsRecord cname(String name, long ttlSeconds, String target) {
    return new DnsRecord(name, RecordType.CNAME, ttlSeconds, null, target);
  }

  public static DnsRecord ptr(String name, long ttlSeconds, String target) {
    return new DnsRecord(name, RecordType.PTR, ttlSeconds, null, target);
  }
}
