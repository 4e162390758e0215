package dev.addrinfo;

import java.net.UnknownHostException;
import java.util.Objects;

/**
 * A getaddrinfo or getnameinfo failure with its glibc error code. It extends
 * {@link UnknownHostException} so that it drops into code that already catches the JDK's exception.
 *
 * @since 0.1
 */
public final class AddrInfoException extends UnknownHostException {
  private static final long serialVersionUID = 1L;

  /** The error code; part of the serialized form. */
  private final EaiError error;

  /**
   * A failure with {@code error}; the message is the code's name, gai_strerror()'s text and the
   * detail.
   *
   * @param error the code
   * @param detail what was asked and why it failed, for example {@code "host 'nosuch.example'"}
   */
  public AddrInfoException(EaiError error, String detail) {
    super(error.name() + ": " + error.text() + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")"));
    this.error = Objects.requireNonNull(error, "error");
  }

  /** {@return the getaddrinfo or getnameinfo error code} */
  public EaiError error() {
    return error;
  }
}
