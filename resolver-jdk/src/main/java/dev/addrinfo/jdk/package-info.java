/**
 * addrinfo as the JDK's resolver: an {@link java.net.spi.InetAddressResolverProvider} that the
 * {@link java.util.ServiceLoader} finds, so that {@code InetAddress}, {@code HttpClient} and every
 * library in a JVM resolve names through getaddrinfo and getnameinfo as glibc runs them. Putting the
 * jar on the class path is the whole set-up; see {@link dev.addrinfo.jdk.AddrInfoResolverProvider}
 * for what it answers and the system properties it reads.
 *
 * @since 0.1
 */
package dev.addrinfo.jdk;
