/**
 * addrinfo as the JDK's resolver: the {@link java.net.spi.InetAddressResolverProvider} that makes
 * {@code InetAddress}, {@code HttpClient} and every library in the JVM resolve through addrinfo
 * (see {@link dev.addrinfo.jdk.AddrInfoResolverProvider}). On the module path the JDK finds it
 * through {@code provides} once the module is resolved ({@code --add-modules dev.addrinfo.jdk} when
 * nothing requires it); on the class path, through META-INF/services.
 */
module dev.addrinfo.jdk {
  requires dev.addrinfo.netty;

  exports dev.addrinfo.jdk;

  provides java.net.spi.InetAddressResolverProvider with dev.addrinfo.jdk.AddrInfoResolverProvider;
}
