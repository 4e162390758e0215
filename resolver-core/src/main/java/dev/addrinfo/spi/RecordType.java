package dev.addrinfo.spi;

/**
 * The DNS record types this resolver asks for or reads in answers.
 *
 * @since 0.1
 */
public enum RecordType {
  /** An IPv4 address. */
  A(1),
  /** An alias: the canonical name of the owner. */
  CNAME(5),
  /** A zone's start of authority; its MINIMUM bounds negative caching. */
  SOA(6),
  /** A reverse mapping: the host name of an address. */
  PTR(12),
  /** An IPv6 address. */
  AAAA(28);

  private final int code;

  RecordType(int code) {
    this.code = code;
  }

  /** {@return the type's number on the wire} */
  public int code() {
    return code;
  }

  /**
   * The type with a number.
   *
   * @param code the number on the wire
   * @return the type, or null for a type this resolver does not read
   */
  public static RecordType ofCode(int code) {
    switch (code) {
      case 1: return A;
      case 5: return CNAME;
      case 6: return SOA;
      case 12: return PTR;
      case 28: return AAAA;
      default: return null;
    }
  }
}
