package dev.addrinfo.internal.sort;

import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * One destination with everything the rules compare, computed once: glibc recomputes scopes,
 * labels and precedences on every comparison, with the same results.
 */
record Candidate(
    int index,
    InetAddress destination,
    int destinationScope,
    int destinationLabel,
    int precedence,
    SourceAddress source,
    int sourceScope,
    int sourceLabel) {

  static final int NO_LABEL = Integer.MAX_VALUE;

  static Candidate of(int index, InetAddress destination, SourceAddress source, GaiConf conf) {
    boolean ipv4 = destination instanceof Inet4Address;
    int scope = Scopes.of(destination, ipv4, conf.scopev4());
    Bits128 bits = Bits128.of(destination);
    int label = Scopes.lookup(conf.labels(), bits, NO_LABEL);
    int precedence = Scopes.lookup(conf.precedences(), bits, 0);
    if (source == null) {
      return new Candidate(index, destination, scope, label, precedence, null, 0, NO_LABEL);
    }
    InetAddress from = source.address();
    return new Candidate(index, destination, scope, label, precedence, source,
        Scopes.of(from, ipv4, conf.scopev4()), Scopes.lookup(conf.labels(), Bits128.of(from), NO_LABEL));
  }

  boolean reachable() {
    return source != null;
  }

  boolean ipv4() {
    return destination instanceof Inet4Address;
  }
}
