package dev.addrinfo.jdk;

import dev.addrinfo.NumericAddresses;
import dev.addrinfo.Resolver;
import dev.addrinfo.SystemFiles;
import dev.addrinfo.netty.NettyResolver;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the provider's resolver reads, from the {@code dev.addrinfo.jdk.*} system properties (see
 * {@link AddrInfoResolverProvider}): the files, and name servers to ask instead of resolv.conf's.
 * Parsing sends nothing and resolves no name (a name server must be an address), since it runs
 * while the JDK is installing the provider.
 *
 * @param files where hosts, host.conf, resolv.conf, nsswitch.conf, gai.conf and services are read
 * @param nameservers the servers to ask instead of resolv.conf's; empty for resolv.conf's own
 */
record ProviderSettings(SystemFiles files, List<InetSocketAddress> nameservers) {

  ProviderSettings {
    Objects.requireNonNull(files, "files");
    nameservers = List.copyOf(nameservers);
  }

  /** The settings the system properties give; every one unset means glibc's files under /etc. */
  static ProviderSettings fromSystemProperties() {
    return from(System::getProperty);
  }

  /**
   * The settings {@code properties} gives (a property's value, or null when unset).
   *
   * @throws IllegalArgumentException naming the property and its value when one is not usable
   */
  static ProviderSettings from(Function<String, String> properties) {
    SystemFiles files = SystemFiles.ETC;
    String etc = value(properties, AddrInfoResolverProvider.ETC);
    if (etc != null) {
      Path dir = existing(AddrInfoResolverProvider.ETC, etc, true);
      files = new SystemFiles(dir.resolve("hosts"), dir.resolve("host.conf"), dir.resolve("resolv.conf"),
          dir.resolve("nsswitch.conf"), dir.resolve("gai.conf"), dir.resolve("services"));
    }
    files = file(properties, AddrInfoResolverProvider.HOSTS, files, files::withHosts);
    files = file(properties, AddrInfoResolverProvider.HOST_CONF, files, files::withHostConf);
    files = file(properties, AddrInfoResolverProvider.RESOLV_CONF, files, files::withResolvConf);
    files = file(properties, AddrInfoResolverProvider.NSSWITCH_CONF, files, files::withNsswitchConf);
    files = file(properties, AddrInfoResolverProvider.GAI_CONF, files, files::withGaiConf);
    files = file(properties, AddrInfoResolverProvider.SERVICES, files, files::withServices);
    String servers = value(properties, AddrInfoResolverProvider.NAMESERVER);
    return new ProviderSettings(files, servers == null ? List.of() : nameservers(servers));
  }

  /** A resolver on Netty's transport (one daemon event-loop thread, started at the first query). */
  Resolver newResolver() {
    Resolver.Builder builder = NettyResolver.builder().files(files);
    if (!nameservers.isEmpty()) {
      builder.nameservers(nameservers);
    }
    return builder.build();
  }

  private static String value(Function<String, String> properties, String name) {
    String v = properties.apply(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static SystemFiles file(Function<String, String> properties, String name, SystemFiles files,
      Function<Path, SystemFiles> with) {
    String v = value(properties, name);
    return v == null ? files : with.apply(existing(name, v, false));
  }

  /** A path someone named on purpose: a typo there should say so, not read as an empty file. */
  private static Path existing(String property, String value, boolean directory) {
    Path p;
    try {
      p = Path.of(value);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(property + ": not a path: '" + value + "'", e);
    }
    if (directory ? !Files.isDirectory(p) : !Files.isRegularFile(p)) {
      throw new IllegalArgumentException(property + ": no such " + (directory ? "directory" : "file")
          + ": '" + value + "'");
    }
    return p;
  }

  /**
   * {@code IP}, {@code IP:PORT} or {@code [IPv6]:PORT}, separated by commas; port 53 when none. An
   * address is read as resolv.conf's {@code nameserver} lines are (inet_aton's IPv4 forms, IPv6 with
   * an optional {@code %scope}).
   */
  static List<InetSocketAddress> nameservers(String text) {
    List<InetSocketAddress> servers = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      servers.add(nameserver(part.strip()));
    }
    return servers;
  }

  private static InetSocketAddress nameserver(String text) {
    String host = text;
    int port = 53;
    int colon = text.lastIndexOf(':');
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      if (close < 0 || (close != text.length() - 1 && text.charAt(close + 1) != ':')) {
        throw badServer(text, null);
      }
      host = text.substring(1, close);
      if (close != text.length() - 1) {
        port = port(text, text.substring(close + 2));
      }
    } else if (colon >= 0 && text.indexOf(':') == colon) {
      host = text.substring(0, colon);
      port = port(text, text.substring(colon + 1));
    }
    return new InetSocketAddress(address(text, host), port);
  }

  private static int port(String server, String text) {
    if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw badServer(server, null);
    }
    int port = Integer.parseInt(text);
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException(AddrInfoResolverProvider.NAMESERVER + ": port out of range 1-65535: '"
          + server + "'");
    }
    return port;
  }

  /** The address in {@code text} as glibc reads a numeric host, never through a name lookup. */
  private static InetAddress address(String server, String text) {
    try {
      return NumericAddresses.forHostString(text);
    } catch (IllegalArgumentException e) {
      throw badServer(server, e);
    }
  }

  private static IllegalArgumentException badServer(String server, Exception cause) {
    return new IllegalArgumentException(AddrInfoResolverProvider.NAMESERVER
        + ": not an IP address with an optional port (IP, IP:PORT or [IPv6]:PORT): '" + server + "'", cause);
  }
}
