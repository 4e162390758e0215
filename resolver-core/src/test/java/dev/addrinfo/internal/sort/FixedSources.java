package dev.addrinfo.internal.sort;

import dev.addrinfo.internal.numeric.InetPton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A SourceAddressFinder with fixed answers; destinations not given are unreachable. */
final class FixedSources implements SourceAddressFinder {

  private final Map<InetAddress, SourceAddress> sources = new HashMap<>();
  final List<InetAddress> asked = new ArrayList<>();

  FixedSources route(String destination, SourceAddress source) {
    sources.put(ip(destination), source);
    return this;
  }

  /** A listed native source on interface 2. */
  FixedSources route(String destination, String source, int prefixLength) {
    return route(destination, SourceAddress.listed(ip(source), prefixLength, 2));
  }

  @Override
  public Optional<SourceAddress> find(InetAddress destination) {
    asked.add(destination);
    return Optional.ofNullable(sources.get(destination));
  }

  /** Literal only (never DNS); IPv4-mapped text stays an Inet4Address as in Java. */
  static InetAddress ip(String literal) {
    byte[] bytes = InetPton.ipv6(literal);
    if (bytes == null) {
      bytes = InetPton.ipv4(literal);
    }
    if (bytes == null) {
      throw new IllegalArgumentException("Not a literal: " + literal);
    }
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static List<InetAddress> ips(String... literals) {
    List<InetAddress> out = new ArrayList<>();
    for (String literal : literals) {
      out.add(ip(literal));
    }
    return out;
  }
}
