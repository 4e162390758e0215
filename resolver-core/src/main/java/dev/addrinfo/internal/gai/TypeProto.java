package dev.addrinfo.internal.gai;

import dev.addrinfo.Linux;

/**
 * glibc's table of the socket types and protocols getaddrinfo knows, in its order. With neither a
 * socket type nor a protocol in the hints, a null or numeric service expands to the entries marked
 * {@code byDefault} (STREAM/TCP, DGRAM/UDP, RAW/0) and a named service to every entry the services
 * database lists the name for (RAW never has services).
 */
enum TypeProto {
  TCP(Linux.SOCK_STREAM, Linux.IPPROTO_TCP, true, false, "tcp"),
  UDP(Linux.SOCK_DGRAM, Linux.IPPROTO_UDP, true, false, "udp"),
  DCCP(TypeProto.SOCK_DCCP, TypeProto.IPPROTO_DCCP, false, false, "dccp"),
  UDPLITE(Linux.SOCK_DGRAM, TypeProto.IPPROTO_UDPLITE, false, false, "udplite"),
  SCTP_STREAM(Linux.SOCK_STREAM, TypeProto.IPPROTO_SCTP, false, false, "sctp"),
  SCTP_SEQPACKET(TypeProto.SOCK_SEQPACKET, TypeProto.IPPROTO_SCTP, false, false, "sctp"),
  /** Any protocol, no services. */
  RAW(Linux.SOCK_RAW, 0, true, true, "raw");

  static final int SOCK_SEQPACKET = 5;
  static final int SOCK_DCCP = 6;
  static final int IPPROTO_DCCP = 33;
  static final int IPPROTO_SCTP = 132;
  static final int IPPROTO_UDPLITE = 136;

  final int socketType;
  final int protocol;
  final boolean byDefault;
  /** RAW: takes whatever protocol the hints name, and has no services. */
  final boolean anyProtocol;
  final String protocolName;
  /** The one entry a port-0 lookup of this row with the row's own protocol gets, made once. */
  final java.util.List<SockSpec> portZero;

  TypeProto(int socketType, int protocol, boolean byDefault, boolean anyProtocol, String protocolName) {
    this.socketType = socketType;
    this.protocol = protocol;
    this.byDefault = byDefault;
    this.anyProtocol = anyProtocol;
    this.protocolName = protocolName;
    this.portZero = java.util.List.of(new SockSpec(socketType, protocol, 0));
  }

  /** Every row in glibc's order; {@code values()} would copy the array on each call. */
  static final TypeProto[] ALL = values();

  /** Whether this entry fits the hints' socket type and protocol (0 meaning any). */
  boolean fits(int hintSocketType, int hintProtocol) {
    return (hintSocketType == 0 || hintSocketType == socketType)
        && (hintProtocol == 0 || anyProtocol || hintProtocol == protocol);
  }

  /** The protocol an entry made from this row carries. */
  int protocolFor(int hintProtocol) {
    return anyProtocol ? hintProtocol : protocol;
  }
}
