package dev.addrinfo.spi;

import java.util.Objects;

/**
 * One DNS question, class IN. The name is absolute, in ASCII (already punycode if need be), with
 * its trailing dot: {@code "www.example.com."}; the root is {@code "."}.
 *
 * @since 0.1
 */
public record DnsQuestion(String name, RecordType type) {
  /**
   * Checks the fields.
   *
   * @param name the absolute name, with its trailing dot
   * @param type the record type asked
   * @throws IllegalArgumentException if the name has no trailing dot
   */
  public DnsQuestion {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (!name.endsWith(".")) {
      throw new IllegalArgumentException("question name must be absolute (end with '.'): " + name);
    }
  }

  /**
   * Whether another question is this one: the same name (ignoring ASCII case) and type.
   *
   * @param otherName the other question's name
   * @param otherType the other question's type
   * @return true if both match
   */
  public boolean matches(String otherName, RecordType otherType) {
    return type == otherType && name.equalsIgnoreCase(otherName);
  }
}
