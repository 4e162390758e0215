package dev.addrinfo.spi;

import java.net.InetAddress;
import java.util.Objects;

/**
 * One record of a DNS answer section that this resolver reads: A and AAAA carry an address, CNAME
 * and PTR a target name (absolute, with trailing dot), SOA its {@link Soa} data. The owner name is
 * absolute, with trailing dot. Names are printable ASCII: a transport drops records whose names
 * hold anything else.
 *
 * @param name the owner name, absolute
 * @param type the record's type
 * @param ttlSeconds its TTL in seconds, 0 or more
 * @param address the address of an A or AAAA record, else null
 * @param target the name a CNAME or PTR record points to, else null
 * @param soa the data of an SOA record, else null
 * @since 0.1
 */
public record DnsRecord(String name, RecordType type, long ttlSeconds, InetAddress address, String target, Soa soa) {
  /**
   * Checks that the record carries the data its type needs.
   *
   * @param name the owner name
   * @param type the type
   * @param ttlSeconds the TTL, 0 or more
   * @param address the address of an A or AAAA record
   * @param target the target of a CNAME or PTR record
   * @param soa the data of an SOA record
   * @throws IllegalArgumentException if the TTL is negative
   * @throws NullPointerException if the data the type needs is missing
   */
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
   * @param serial the SERIAL field
   * @param refresh the REFRESH field, seconds
   * @param retry the RETRY field, seconds
   * @param expire the EXPIRE field, seconds
   * @param minimum the MINIMUM field, the negative-caching TTL of RFC 2308
   * @since 0.1
   */
  public record Soa(String primary, String mailbox, long serial, long refresh, long retry, long expire,
      long minimum) {
    /**
     * Checks that the names are not null.
     *
     * @param primary MNAME
     * @param mailbox RNAME
     * @param serial SERIAL
     * @param refresh REFRESH
     * @param retry RETRY
     * @param expire EXPIRE
     * @param minimum MINIMUM
     */
    public Soa {
      Objects.requireNonNull(primary, "primary");
      Objects.requireNonNull(mailbox, "mailbox");
    }
  }

  /**
   * An A or AAAA record, by the address's family.
   *
   * @param name the owner name, absolute
   * @param ttlSeconds the TTL in seconds
   * @param address an IPv4 address (A) or an IPv6 one (AAAA)
   * @return the record
   */
  public static DnsRecord address(String name, long ttlSeconds, InetAddress address) {
    RecordType t = address.getAddress().length == 4 ? RecordType.A : RecordType.AAAA;
    return new DnsRecord(name, t, ttlSeconds, address, null, null);
  }

  /**
   * A CNAME record.
   *
   * @param name the alias, absolute
   * @param ttlSeconds the TTL in seconds
   * @param target the canonical name it points to, absolute
   * @return the record
   */
  public static DnsRecord cname(String name, long ttlSeconds, String target) {
    return new DnsRecord(name, RecordType.CNAME, ttlSeconds, null, target, null);
  }

  /**
   * A PTR record.
   *
   * @param name the reverse name, e.g. {@code 1.0.0.127.in-addr.arpa.}
   * @param ttlSeconds the TTL in seconds
   * @param target the host name it points to, absolute
   * @return the record
   */
  public static DnsRecord ptr(String name, long ttlSeconds, String target) {
    return new DnsRecord(name, RecordType.PTR, ttlSeconds, null, target, null);
  }

  /**
   * An SOA record.
   *
   * @param name the zone's name, absolute
   * @param ttlSeconds the TTL in seconds
   * @param soa the record's data
   * @return the record
   */
  public static DnsRecord soa(String name, long ttlSeconds, Soa soa) {
    return new DnsRecord(name, RecordType.SOA, ttlSeconds, null, null, soa);
  }
}
