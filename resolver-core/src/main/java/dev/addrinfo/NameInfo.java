package dev.addrinfo;

import java.util.Objects;

/**
 * The result of getnameinfo: a host name (or the numeric address) and a service name (or the
 * numeric port).
 *
 * @since 0.1
 */
public record NameInfo(String host, String service) {
  /**
   * Checks that neither field is null.
   *
   * @param host the host name, or the numeric address
   * @param service the service name, or the numeric port
   */
  public NameInfo {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(service, "service");
  }
}
