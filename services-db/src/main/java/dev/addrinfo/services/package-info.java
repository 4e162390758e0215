/**
 * The services(5) database: the file format of {@code /etc/services}, look-ups of a service by name
 * and by port per protocol (what glibc's getservbyname() and getservbyport() answer), and a bundled
 * table for hosts without that file. The resolver uses it to turn a getaddrinfo() service such as
 * {@code "https"} into a port, and getnameinfo() uses it to turn a port back into a name.
 *
 * <p>Start with {@link dev.addrinfo.services.ServicesDb}. Nothing here reads a file by itself or
 * touches the network; {@code dev.addrinfo.services.internal} is not part of the public API.
 *
 * @since 0.1
 */
package dev.addrinfo.services;
