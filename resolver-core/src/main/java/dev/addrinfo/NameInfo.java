package dev.addrinfo;

import java.util.Objects;

/**
 * The result of getnameinfo: a host name (or the numeric address) and a service name (or the
 * numeric port).
 *
 * @since 0.1
 */
public record NameInfo(String host, String service) {
  public NameInfo {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(service, "service");
  }
}
