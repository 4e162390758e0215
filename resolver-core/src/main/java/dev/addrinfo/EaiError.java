package dev.addrinfo;

/**
 * The error codes of getaddrinfo(3) and getnameinfo(3), with glibc's numbers and gai_strerror() texts.
 *
 * @since 0.1
 */
public enum EaiError {
  EAI_BADFLAGS(-1, "Bad value for ai_flags"),
  EAI_NONAME(-2, "Name or service not known"),
  EAI_AGAIN(-3, "Temporary failure in name resolution"),
  EAI_FAIL(-4, "Non-recoverable failure in name resolution"),
  EAI_NODATA(-5, "No address associated with hostname"),
  EAI_FAMILY(-6, "ai_family not supported"),
  EAI_SOCKTYPE(-7, "ai_socktype not supported"),
  EAI_SERVICE(-8, "Servname not supported for ai_socktype"),
  EAI_ADDRFAMILY(-9, "Address family for hostname not supported"),
  EAI_MEMORY(-10, "Memory allocation failure"),
  EAI_SYSTEM(-11, "System error"),
  EAI_OVERFLOW(-12, "Argument buffer overflow"),
  /** glibc's code (a GNU extension) for a host name that AI_IDN cannot convert. */
  EAI_IDN_ENCODE(-105, "Parameter string not correctly encoded");

  private final int code;
  private final String text;

  EaiError(int code, String text) {
    this.code = code;
    this.text = text;
  }

  /** glibc's value of the constant, as returned by getaddrinfo(). */
  public int code() {
    return code;
  }

  /** What gai_strerror() says for this code. */
  public String text() {
    return text;
  }
}
