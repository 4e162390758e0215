package dev.addrinfo.cli;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.NameInfo;
import dev.addrinfo.spi.DnsRecord;
import java.util.List;

/** Where results and lookup errors go: a table (or getent's or dig's lines) for people, JSON lines for programs. */
interface Output {
  void addrInfo(List<AddrInfo> results);

  void nameInfo(NameInfo result);

  /** Answer records of a DNS response, in the order the server sent them. */
  void records(List<DnsRecord> records);

  /**
   * A failed lookup.
   *
   * @param code for example {@code EAI_NONAME} or {@code NXDOMAIN}
   * @param message for example {@code Name or service not known}
   */
  void error(Asked asked, String code, String message);
}
