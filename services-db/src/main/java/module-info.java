/**
 * The services database of glibc's getservbyname(3): /etc/services parsed as glibc parses it, with
 * a bundled table for machines without the file.
 */
module dev.addrinfo.services {
  exports dev.addrinfo.services;
}
