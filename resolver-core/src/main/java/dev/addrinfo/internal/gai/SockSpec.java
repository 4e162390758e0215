package dev.addrinfo.internal.gai;

/** One (socket type, protocol, port) that every address of a result is combined with. */
record SockSpec(int socketType, int protocol, int port) {}
