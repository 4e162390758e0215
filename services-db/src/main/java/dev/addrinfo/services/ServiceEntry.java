package dev.addrinfo.services;

import dev.addrinfo.services.internal.ServicesParser;
import java.util.List;
import java.util.Objects;

/**
 * One line of a services(5) file: a service name, its port, the protocol it is listed for, and its
 * aliases. Immutable; validated when built, so every entry is one that {@link ServicesDb} could
 * have read from a file.
 *
 * @param name the official service name, e.g. {@code smtp}; non-empty, no whitespace or {@code #}
 * @param port 0 to 65535
 * @param protocol the protocol name as written, e.g. {@code tcp}; case-sensitive, any non-empty
 *     word without whitespace or {@code #}
 * @param aliases other names for the service, in file order; each like {@code name}
 * @since 0.1
 */
public record ServiceEntry(String name, int port, String protocol, List<String> aliases) {
  /**
   * Validates the fields and copies {@code aliases}.
   *
   * @param name the official service name
   * @param port 0 to 65535
   * @param protocol the protocol name, e.g. {@code tcp}
   * @param aliases other names, in order; copied
   * @throws IllegalArgumentException naming the bad value, if a word is empty or holds whitespace
   *     or {@code #}, or the port is outside 0 to 65535
   * @throws NullPointerException if any field or alias is null
   */
  public ServiceEntry {
    checkWord("name", name);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range 0-65535: " + port);
    }
    checkWord("protocol", protocol);
    aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
    for (String alias : aliases) {
      checkWord("alias", alias);
    }
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(name).append(' ').append(port).append('/').append(protocol);
    for (String alias : aliases) {
      sb.append(' ').append(alias);
    }
    return sb.toString();
  }

  private static void checkWord(String what, String value) {
    Objects.requireNonNull(value, what);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(what + " is empty");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '#' || ServicesParser.isSpace(c)) {
        throw new IllegalArgumentException(what + " contains whitespace or '#': '" + value + "'");
      }
    }
  }
}
