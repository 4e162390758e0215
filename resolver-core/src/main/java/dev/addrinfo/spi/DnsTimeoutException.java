package dev.addrinfo.spi;

import java.io.IOException;

/**
 * A try of a DNS question got no acceptable answer before its timeout.
 *
 * @since 0.1
 */
public final class DnsTimeoutException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * A failure described by {@code message}.
   *
   * @param message what failed, naming the server
   */
  public DnsTimeoutException(String message) {
    super(message);
  }
}
