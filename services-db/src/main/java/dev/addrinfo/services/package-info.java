/**
 * The services(5) database: the file format of {@code /etc/services}, look-ups of a service by name
 * and by port per protocol (what glibc's getservbyname() and getservbyport() answer), and a bundled
 * table for hosts without that file. The resolver uses it to turn a getaddrinfo() service such as
 * {@code "https"} into a port, and getnameinfo() uses it to turn a port back into a name.
 *
 * <p>Start with {@link dev.addrinfo.services.ServicesDb}. Nothing here reads a file by itself or
 * touches the network; {@code dev.addrinfo.services.internal} is not part of the public API.
 *
 * <h2>Where the bundled table comes from</h2>
 * {@link dev.addrinfo.services.ServicesDb#bundled()} answers as Debian 12's {@code /etc/services}
 * (netbase 6.4) does, so it holds the same 318 entries in the same order: for each, the service
 * name, port, protocol and aliases, and nothing else (none of that file's comments or layout). They
 * are facts: 238 of the 318 (name, port, protocol) triples are assignments in IANA's Service Name
 * and Transport Protocol Port Number Registry (checked against the copy of that registry that
 * Debian 12's Wireshark 4.0.17 ships); the other 80, and the aliases, are the names by which Unix
 * systems have long known those services (the Kerberos IV and AppleTalk ports, {@code mail} for
 * {@code smtp}, ...). The table is a tab-separated file of this project's own, written by a script
 * kept with the sources ({@code services-db/src/tables/services/}), whose README says how to
 * regenerate and check it.
 *
 * @since 0.1
 */
package dev.addrinfo.services;
