package dev.addrinfo;

/**
 * Linux's numeric values for the address families, socket types, protocols and flags of
 * getaddrinfo(3) and getnameinfo(3), so that results can be compared with C and Python programs.
 *
 * @since 0.1
 */
public final class Linux {
  public static final int AF_UNSPEC = 0;
  public static final int AF_INET = 2;
  public static final int AF_INET6 = 10;

  public static final int SOCK_STREAM = 1;
  public static final int SOCK_DGRAM = 2;
  public static final int SOCK_RAW = 3;

  public static final int IPPROTO_IP = 0;
  public static final int IPPROTO_TCP = 6;
  public static final int IPPROTO_UDP = 17;

  public static final int AI_PASSIVE = 0x0001;
  public static final int AI_CANONNAME = 0x0002;
  public static final int AI_NUMERICHOST = 0x0004;
  public static final int AI_V4MAPPED = 0x0008;
  public static final int AI_ALL = 0x0010;
  public static final int AI_ADDRCONFIG = 0x0020;
  /** Convert a Unicode host name to its ASCII ("xn--") form first, as glibc does through libidn2. */
  public static final int AI_IDN = 0x0040;
  /** With AI_CANONNAME: convert the canonical name's "xn--" labels back to Unicode. */
  public static final int AI_CANONIDN = 0x0080;
  public static final int AI_NUMERICSERV = 0x0400;

  public static final int NI_NUMERICHOST = 1;
  public static final int NI_NUMERICSERV = 2;
  public static final int NI_NOFQDN = 4;
  public static final int NI_NAMEREQD = 8;
  public static final int NI_DGRAM = 16;
  /** Convert the name found from its ASCII ("xn--") form to Unicode, as glibc does. */
  public static final int NI_IDN = 32;

  private Linux() {}

  /** The C name of an address family, or its number. */
  public static String familyName(int family) {
    switch (family) {
      case AF_UNSPEC: return "AF_UNSPEC";
      case AF_INET: return "AF_INET";
      case AF_INET6: return "AF_INET6";
      default: return Integer.toString(family);
    }
  }

  /** The C name of a socket type, or its number. */
  public static String socketTypeName(int socktype) {
    switch (socktype) {
      case 0: return "0";
      case SOCK_STREAM: return "SOCK_STREAM";
      case SOCK_DGRAM: return "SOCK_DGRAM";
      case SOCK_RAW: return "SOCK_RAW";
      default: return Integer.toString(socktype);
    }
  }
}
