/**
 * getaddrinfo(3) and getnameinfo(3) as glibc runs them, over the system files and any DNS
 * transport: the {@link dev.addrinfo.Resolver} and its types, and the {@code spi} a transport
 * implements. Everything under {@code dev.addrinfo.internal} is closed to other modules.
 */
module dev.addrinfo {
  requires transitive dev.addrinfo.services;

  exports dev.addrinfo;
  exports dev.addrinfo.spi;
}
