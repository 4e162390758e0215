package dev.addrinfo.netty.internal;

/**
 * A DNS message that cannot be read safely. Thrown often by design (every forged or corrupt packet
 * makes one), so it carries no stack trace: the message says which byte was wrong.
 */
public final class MalformedMessageException extends Exception {
  private static final long serialVersionUID = 1L;

  public MalformedMessageException(String message) {
    super(message, null, false, false);
  }
}
