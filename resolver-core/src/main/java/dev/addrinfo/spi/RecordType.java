package dev.addrinfo.spi;

/**
 * The DNS record types this resolver asks for or reads in answers.
 *
 * @since 0.1
 */
public enum RecordType {
  A(1),
  CNAME(5),
  SOA(6),
  PTR(12),
  AAAA(28);

  private final int code;

  RecordType(int code) {
    this.code = code;
  }

  /** The type's number on the wire. */
  public int code() {
    return code;
  }

  /** The type with this number, or null for a type this resolver does not read. */
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
