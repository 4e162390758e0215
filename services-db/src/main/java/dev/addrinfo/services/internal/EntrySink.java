package dev.addrinfo.services.internal;

import java.util.List;

/**
 * Receives what a reader of services data finds, in order: each entry's fields, and each line it
 * could not read. The readers here know nothing of the public types; the caller builds those, so
 * that the public package depends on this one and never the other way round.
 */
public interface EntrySink {
  /**
   * One entry, in the order it was read. May throw {@link IllegalArgumentException} to refuse it;
   * the reader then reports the line through {@link #problem} and goes on.
   */
  void entry(String name, int port, String protocol, List<String> aliases);

  /** A line skipped: its 1-based number, its text without the line terminator, and why. */
  void problem(int lineNumber, String line, String reason);
}
