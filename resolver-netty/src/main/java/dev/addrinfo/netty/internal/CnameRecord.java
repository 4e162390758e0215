package dev.addrinfo.netty.internal;

import io.netty.handler.codec.dns.AbstractDnsRecord;
import io.netty.handler.codec.dns.DnsRecordType;

/**
 * A CNAME as {@link StrictRecordDecoder} hands it over: netty-codec-dns has a record type with a
 * decoded name for PTR but not for CNAME, whose target it would otherwise copy into a fresh buffer
 * (decompressed) for us to decode a third time. Not reference-counted.
 */
final class CnameRecord extends AbstractDnsRecord {
  private final String target;

  CnameRecord(String name, int dnsClass, long timeToLive, String target) {
    super(name, DnsRecordType.CNAME, dnsClass, timeToLive);
    this.target = target;
  }

  /** The canonical name, absolute, as Netty decoded it. */
  String target() {
    return target;
  }
}
