package dev.addrinfo.spi;

import java.io.IOException;

/**
 * The server's port refused the try: an ICMP port unreachable for a UDP query, or a TCP connection
 * refused. glibc gives up on such a server at once, and when every try was refused it stops a
 * search list altogether, so a transport throws this subtype for it.
 *
 * @since 0.1
 */
public final class DnsRefusedException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * A failure described by {@code message}.
   *
   * @param message what failed, naming the server
   */
  public DnsRefusedException(String message) {
    super(message);
  }
}
