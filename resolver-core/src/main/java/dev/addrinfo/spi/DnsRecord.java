package dev.addrinfo.spi;

import java.net.InetAddress;
import java.util.Objects;

/**
 * One record of a DNS answer section that this resolver reads: A and AAAA carry an address, CNAME
 * and PTR a target name (absolute, with trailing dot), SOA its {@link Soa} data. The owner name is
 * absolute, with trailing dot. Names are printable ASCII: a transport drops records whose names
 * hold anything else.
 *
 * @param address the address of an A or AAAA record, else null
 * @param target the name a CNAME or PTR record points to, else null
 * @param soa the data of an SOA record, else null
 * @since 0.1
 */
public record DnsRecord(String name, RecordType type, long ttlSeconds, InetAddress address, String target, Soa soa) {
  public DnsRecord {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (ttlSeconds < 0) {
      throw new IllegalArgumentException("negative TTL: " + ttlSeconds);
    }
    switch (type) {
      case A, AAAA -> Objects.requireNonNull(address, "address of an " + type + " record");
      case CNAME, PTR -> Objects.requireNonNull(target, "target of a " + type + " record");
      case SOA -> Objects.requireNonNull(soa, "data of an SOA record");
    }
  }

  /**
   * The data of an SOA record (RFC 1035 section 3.3.13); the numbers are unsigned 32-bit values.
   *
   * @param primary the zone's primary name server (MNAME), absolute
   * @param mailbox the responsible person's mailbox as a name (RNAME), absolute
   * @param minimum the MINIMUM field, the negative-caching TTL of RFC 2308
   * @since 0.1
   */
  public record Soa(String primary, String mailbox, long serial, long refresh, long retry, long expire,
      long minimum) {
    public Soa {
      Objects.requireNonNull(primary, "primary");
      Objects.requireNonNull(mailbox, "mailbox");
    }
  }

  public static DnsRecord address(String name, long ttlSeconds, InetAddress address) {
    RecordType t = address.getAddress().length == 4 ? RecordType.A : RecordType.AAAA;
    return new DnsRecord(name, t, ttlSeconds, address, null, null);
  }

  public static DnsRecord cname(String name, long ttlSeconds, String target) {
    return new DnsRecord(name, RecordType.CNAME, ttlSeconds, null, target, null);
  }

  public static DnsRecord ptr(String name, long ttlSeconds, String target) {
    return new DnsRecord(name, RecordType.PTR, ttlSeconds, null, target, null);
  }

  public static DnsRecord soa(String name, long ttlSeconds, Soa soa) {
    return new DnsRecord(name, RecordType.SOA, ttlSeconds, null, null, soa);
  }
}
