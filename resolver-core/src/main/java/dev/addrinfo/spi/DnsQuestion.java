package dev.addrinfo.spi;

import java.util.Objects;

/**
 * One DNS question, class IN. The name is absolute, in ASCII (already punycode if need be), with
 * its trailing dot: {@code "www.example.com."}; the root is {@code "."}.
 *
 * @since 0.1
 */
public record DnsQuestion(String name, RecordType type) {
  public DnsQuestion {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (!name.endsWith(".")) {
      throw new IllegalArgumentException("question name must be absolute (end with '.'): " + name);
    }
  }

  /** True when {@code other} is the same name (ignoring ASCII case) and type. */
  public boolean matches(String otherName, RecordType otherType) {
    return type == otherType && name.equalsIgnoreCase(otherName);
  }
}
