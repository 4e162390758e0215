package dev.addrinfo.cli;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.EaiError;
import dev.addrinfo.NameInfo;
import java.util.List;

/** Where results and resolver errors go: a table for people or JSON lines for programs. */
interface Output {
  void addrInfo(List<AddrInfo> results);

  void nameInfo(NameInfo result);

  /**
   * A getaddrinfo or getnameinfo failure.
   *
   * @param query what was asked, as typed, for example {@code "nosuch.example smtp"}
   */
  void error(String query, EaiError error);
}
