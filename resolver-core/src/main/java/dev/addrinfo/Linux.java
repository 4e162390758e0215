package dev.addrinfo;

/**
 * Linux's numeric values for the address families, socket types, protocols and flags of
 * getaddrinfo(3) and getnameinfo(3), so that results can be compared with C and Python programs.
 *
 * @since 0.1
 */
public final class Linux {
  /** Any address family: IPv4 and IPv6. */
  public static final int AF_UNSPEC = 0;
  /** IPv4. */
  public static final int AF_INET = 2;
  /** IPv6. */
  public static final int AF_INET6 = 10;

  /** A stream socket (TCP). */
  public static final int SOCK_STREAM = 1;
  /** A datagram socket (UDP). */
  public static final int SOCK_DGRAM = 2;
  /** A raw socket. */
  public static final int SOCK_RAW = 3;

  /** Any protocol (in hints) or the default one of a socket type. */
  public static final int IPPROTO_IP = 0;
  /** TCP. */
  public static final int IPPROTO_TCP = 6;
  /** UDP. */
  public static final int IPPROTO_UDP = 17;

  /** With a null host: the wildcard address, to bind a listening socket, rather than loopback. */
  public static final int AI_PASSIVE = 0x0001;
  /** Set the canonical name on the first result. */
  public static final int AI_CANONNAME = 0x0002;
  /** The host must be a numeric address; no look-up is made. */
  public static final int AI_NUMERICHOST = 0x0004;
  /** With AF_INET6: return IPv4 addresses as IPv4-mapped IPv6 ones when there is no IPv6 address. */
  public static final int AI_V4MAPPED = 0x0008;
  /** With AI_V4MAPPED: return the IPv6 and the mapped IPv4 addresses both. */
  public static final int AI_ALL = 0x0010;
  /** Return a family only if this host has a non-loopback address of that family configured. */
  public static final int AI_ADDRCONFIG = 0x0020;
  /** Convert a Unicode host name to its ASCII ("xn--") form first, as glibc does through libidn2. */
  public static final int AI_IDN = 0x0040;
  /** With AI_CANONNAME: convert the canonical name's "xn--" labels back to Unicode. */
  public static final int AI_CANONIDN = 0x0080;
  /** The service must be a port number; no services look-up is made. */
  public static final int AI_NUMERICSERV = 0x0400;

  /** getnameinfo: the numeric address, never a name (see {@link NameInfoFlag#NUMERICHOST}). */
  public static final int NI_NUMERICHOST = 1;
  /** getnameinfo: the port as a number (see {@link NameInfoFlag#NUMERICSERV}). */
  public static final int NI_NUMERICSERV = 2;
  /** getnameinfo: only the first label of a name in the local domain (see {@link NameInfoFlag#NOFQDN}). */
  public static final int NI_NOFQDN = 4;
  /** getnameinfo: fail rather than return the numeric address (see {@link NameInfoFlag#NAMEREQD}). */
  public static final int NI_NAMEREQD = 8;
  /** getnameinfo: the service as a UDP one (see {@link NameInfoFlag#DGRAM}). */
  public static final int NI_DGRAM = 16;
  /** Convert the name found from its ASCII ("xn--") form to Unicode, as glibc does. */
  public static final int NI_IDN = 32;

  private Linux() {}

  /**
   * The C name of an address family, or its number.
   *
   * @param family an {@code AF_*} value
   * @return e.g. {@code "AF_INET6"}, or {@code "99"} for a family without a name here
   */
  public static String familyName(int family) {
    switch (family) {
      case AF_UNSPEC: return "AF_UNSPEC";
      case AF_INET: return "AF_INET";
      case AF_INET6: return "AF_INET6";
      default: return Integer.toString(family);
    }
  }

  /**
   * The C name of a socket type, or its number.
   *
   * @param socktype a {@code SOCK_*} value, or 0
   * @return e.g. {@code "SOCK_STREAM"}, or {@code "0"} for any
   */
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
