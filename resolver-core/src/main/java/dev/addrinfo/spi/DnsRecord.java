package dev.addrinfo.spi;

import java.net.InetAddress;
import java.util.Objects;

/**
 * One record of a DNS answer section that this resolver reads: A and AAAA carry an address, CNAME
 * and PTR a target name (absolute, with trailing dot), SOA its seven fields. The owner name is
 * absolute, with trailing dot. A transport returns SOA answer records only in answers to an SOA
 * question (the getaddrinfo path never asks one).
 *
 * @since 0.1
 */
public record DnsRecord(String name, RecordType type, long ttlSeconds, InetAddress address, String target, Soa soa) {
  /** The largest value of an unsigned 32-bit field: TTLs, SOA serial and timers. */
  private static final long MAX_UNSIGNED_32 = 0xFFFF_FFFFL;

  /**
   * The data of an SOA record (RFC 1035 section 3.3.13): the zone's primary name server, its
   * administrator's mailbox as a name, and five unsigned 32-bit numbers (timers in seconds).
   *
   * @param primaryServer MNAME, absolute with trailing dot
   * @param mailbox RNAME, absolute with trailing dot
   * @since 0.1
   */
  public record Soa(String primaryServer, String mailbox, long serial, long refresh, long retry, long expire,
      long minimum) {
    public Soa {
      Objects.requireNonNull(primaryServer, "primaryServer");
      Objects.requireNonNull(mailbox, "mailbox");
      for (long v : new long[] {serial, refresh, retry, expire, minimum}) {
        if (v < 0 || v > MAX_UNSIGNED_32) {
          throw new IllegalArgumentException("SOA field out of range 0-4294967295: " + v);
        }
      }
    }
  }

  public DnsRecord {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (ttlSeconds < 0) {
      throw new IllegalArgumentException("negative TTL: " + ttlSeconds);
    }
    switch (type) {
      case A, AAAA -> Objects.requireNonNull(address, "address of an " + type + " record");
      case CNAME, PTR -> Objects.requireNonNull(target, "target of a " + type + " record");
      case SOA -> Objects.requireNonNull(soa, "fields of an SOA record");
      default -> { }
    }
  }

  /** A record without SOA fields: A, AAAA, CNAME or PTR. */
  public DnsRecord(String name, RecordType type, long ttlSeconds, InetAddress address, String target) {
    this(name, type, ttlSeconds, address, target, null);
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

  public static DnsRecord soa(String name, long ttlSeconds, Soa soa) {
    return new DnsRecord(name, RecordType.SOA, ttlSeconds, null, null, soa);
  }
}
