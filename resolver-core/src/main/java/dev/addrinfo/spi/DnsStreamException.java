package dev.addrinfo.spi;

import java.io.IOException;

/**
 * A TCP exchange broke after its connection was made: closed or reset before the whole answer, or
 * an unreadable stream. glibc reports such a failure differently from a timeout or a refusal (its
 * name service status is "not found" rather than "unavailable"), so a transport throws this
 * subtype for it.
 *
 * @since 0.1
 */
public final class DnsStreamException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * A failure described by {@code message}.
   *
   * @param message what failed, naming the server
   */
  public DnsStreamException(String message) {
    super(message);
  }
}
