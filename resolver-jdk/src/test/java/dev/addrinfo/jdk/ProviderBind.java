package dev.addrinfo.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.addrinfo.Resolver;
import dev.addrinfo.SystemFiles;
import dev.addrinfo.it.BindServer;
import dev.addrinfo.netty.NettyResolver;
import java.net.InetAddress;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolverProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The provider of this test JVM, pointed at one BIND with the test zones for the whole run:
 * {@code @ExtendWith(ProviderBind.class)}, then {@link #current()}. The first class that needs it
 * starts BIND, sets the provider's system properties ({@code dev.addrinfo.jdk.etc} to
 * {@code src/test/resources/provider-etc}, {@code dev.addrinfo.jdk.nameserver} to BIND) and then
 * proves that the JDK resolves through the provider: a name only BIND knows must resolve, which the
 * JDK's built-in resolver cannot do. BIND stops when the run ends.
 *
 * <p>The JDK installs the provider at the first lookup of a name in the JVM and reads the
 * properties then, so nothing in the JVM may look a name up before this runs.
 */
final class ProviderBind implements BeforeAllCallback {

  /** Only BIND knows it (Zones.md); the test etc files do not. */
  static final String BIND_ONLY_NAME = "loopback-http.example.test";

  /** The running BIND and the files the provider reads. */
  record Setup(BindServer bind, Path etc) implements AutoCloseable {
    SystemFiles files() {
      return new SystemFiles(etc.resolve("hosts"), etc.resolve("host.conf"), etc.resolve("resolv.conf"),
          etc.resolve("nsswitch.conf"), etc.resolve("gai.conf"), etc.resolve("services"));
    }

    /** addrinfo's own resolver over the same files and server: what the provider must agree with. */
    Resolver newResolver() {
      return NettyResolver.builder().files(files()).nameservers(List.of(bind.address())).build();
    }

    /** The system properties that point a provider at these files and this server. */
    List<String> properties() {
      return List.of("-D" + AddrInfoResolverProvider.ETC + "=" + etc,
          "-D" + AddrInfoResolverProvider.NAMESERVER + "=" + nameserver());
    }

    String nameserver() {
      return bind.address().getAddress().getHostAddress() + ":" + bind.address().getPort();
    }

    @Override
    public void close() {
      bind.close();
    }
  }

  private static volatile Setup current;

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getRoot().getStore(ExtensionContext.Namespace.create(ProviderBind.class))
        .getOrComputeIfAbsent(Setup.class, k -> start(), Setup.class);
  }

  static Setup current() {
    Setup s = current;
    if (s == null) {
      throw new IllegalStateException("BIND is not running: add @ExtendWith(ProviderBind.class) to the class");
    }
    return s;
  }

  private static Setup start() {
    Setup setup = new Setup(BindServer.start(), etcDirectory());
    System.setProperty(AddrInfoResolverProvider.ETC, setup.etc().toString());
    System.setProperty(AddrInfoResolverProvider.NAMESERVER, setup.nameserver());
    assertInstanceOf(AddrInfoResolverProvider.class,
        ServiceLoader.load(InetAddressResolverProvider.class).findFirst().orElse(null),
        "the ServiceLoader must find the provider through META-INF/services");
    try {
      assertEquals("127.0.0.1", InetAddress.getByName(BIND_ONLY_NAME).getHostAddress());
    } catch (UnknownHostException | AssertionError e) {
      setup.close();
      throw new AssertionError("the JDK does not resolve through the addrinfo provider pointed at BIND ("
          + setup.bind().description() + "): either the provider is not installed, or something in this "
          + "JVM resolved a name before its properties were set", e);
    }
    current = setup;
    return setup;
  }

  private static Path etcDirectory() {
    try {
      return Path.of(ProviderBind.class.getResource("/provider-etc").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
