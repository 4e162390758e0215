package dev.addrinfo;

/**
 * The error codes of getaddrinfo(3) and getnameinfo(3), with glibc's numbers and gai_strerror() texts.
 *
 * @since 0.1
 */
public enum EaiError {
  /** The hints' flags hold an unknown bit, or AI_CANONNAME without a host. */
  EAI_BADFLAGS(-1, "Bad value for ai_flags"),
  /** The host name or the service is not known. */
  EAI_NONAME(-2, "Name or service not known"),
  /** A source could not answer now (e.g. no server answered); a later try may succeed. */
  EAI_AGAIN(-3, "Temporary failure in name resolution"),
  /** A failure that a later try will not mend (glibc's meaning). */
  EAI_FAIL(-4, "Non-recoverable failure in name resolution"),
  /** The host name exists but has no address (a GNU extension). */
  EAI_NODATA(-5, "No address associated with hostname"),
  /** The hints' family is not AF_UNSPEC, AF_INET or AF_INET6. */
  EAI_FAMILY(-6, "ai_family not supported"),
  /** The hints' socket type is not supported. */
  EAI_SOCKTYPE(-7, "ai_socktype not supported"),
  /** The service is not known for the socket type asked, or is not a valid port. */
  EAI_SERVICE(-8, "Servname not supported for ai_socktype"),
  /** The host has no address in the family asked (a GNU extension). */
  EAI_ADDRFAMILY(-9, "Address family for hostname not supported"),
  /** Memory could not be allocated (glibc's meaning). */
  EAI_MEMORY(-10, "Memory allocation failure"),
  /** A system error: e.g. an nsswitch.conf hosts line that names no source. */
  EAI_SYSTEM(-11, "System error"),
  /** A getnameinfo() result did not fit the caller's buffer (glibc's meaning; Java strings have no such limit). */
  EAI_OVERFLOW(-12, "Argument buffer overflow"),
  /** glibc's code (a GNU extension) for a host name that AI_IDN cannot convert. */
  EAI_IDN_ENCODE(-105, "Parameter string not correctly encoded");

  private final int code;
  private final String text;

  EaiError(int code, String text) {
    this.code = code;
    this.text = text;
  }

  /** {@return glibc's value of the constant, as returned by getaddrinfo()} */
  public int code() {
    return code;
  }

  /** {@return what gai_strerror() says for this code} */
  public String text() {
    return text;
  }
}
