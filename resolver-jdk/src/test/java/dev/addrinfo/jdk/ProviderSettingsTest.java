package dev.addrinfo.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.SystemFiles;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The system properties the provider reads. Parsing must never look a name up: it runs while the
 * JDK installs the provider (and a lookup here would install this JVM's provider before the tests
 * against BIND set its properties).
 */
class ProviderSettingsTest {

  @TempDir
  Path dir;

  @Test
  void withoutPropertiesTheProviderReadsEtcAsGlibcDoes() {
    ProviderSettings settings = ProviderSettings.from(name -> null);
    assertEquals(SystemFiles.ETC, settings.files());
    assertEquals(List.of(), settings.nameservers());
  }

  @Test
  void anEtcDirectoryGivesAllSixFiles() {
    ProviderSettings settings = ProviderSettings.from(Map.of(AddrInfoResolverProvider.ETC, dir.toString())::get);
    assertEquals(new SystemFiles(dir.resolve("hosts"), dir.resolve("host.conf"), dir.resolve("resolv.conf"),
        dir.resolve("nsswitch.conf"), dir.resolve("gai.conf"), dir.resolve("services")), settings.files());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "dev.addrinfo.jdk.hosts, hosts",
      "dev.addrinfo.jdk.hostConf, hostConf",
      "dev.addrinfo.jdk.resolvConf, resolvConf",
      "dev.addrinfo.jdk.nsswitchConf, nsswitchConf",
      "dev.addrinfo.jdk.gaiConf, gaiConf",
      "dev.addrinfo.jdk.services, services",
  })
  void aFilePropertyReplacesThatFileOnly(String property, String component) throws IOException {
    Path file = Files.writeString(dir.resolve("chosen"), "");
    Path etc = Files.createDirectory(dir.resolve("etc"));
    SystemFiles files = ProviderSettings.from(Map.of(AddrInfoResolverProvider.ETC, etc.toString(),
        property, " " + file + " ")::get).files();
    Map<String, Function<SystemFiles, Path>> components = Map.of("hosts", SystemFiles::hosts,
        "hostConf", SystemFiles::hostConf, "resolvConf", SystemFiles::resolvConf,
        "nsswitchConf", SystemFiles::nsswitchConf, "gaiConf", SystemFiles::gaiConf, "services", SystemFiles::services);
    components.forEach((name, get) ->
        assertEquals(name.equals(component) ? file : etc.resolve(get.apply(SystemFiles.ETC).getFileName()),
            get.apply(files), name));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      AddrInfoResolverProvider.ETC, AddrInfoResolverProvider.HOSTS, AddrInfoResolverProvider.HOST_CONF,
      AddrInfoResolverProvider.RESOLV_CONF, AddrInfoResolverProvider.NSSWITCH_CONF,
      AddrInfoResolverProvider.GAI_CONF, AddrInfoResolverProvider.SERVICES,
  })
  void aPathThatDoesNotExistIsRejectedNamingThePropertyAndTheValue(String property) {
    String missing = dir.resolve("missing").toString();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ProviderSettings.from(Map.of(property, missing)::get));
    assertTrue(e.getMessage().startsWith(property + ": no such "), e.getMessage());
    assertTrue(e.getMessage().contains("'" + missing + "'"), e.getMessage());
  }

  @Test
  void anEmptyPropertyCountsAsUnset() {
    assertEquals(SystemFiles.ETC, ProviderSettings.from(Map.of(AddrInfoResolverProvider.HOSTS, " ")::get).files());
  }

  /** Addresses as resolv.conf's nameserver lines take them (inet_aton's forms for IPv4). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "127.0.0.1 | 127.0.0.1 53",
      "127.0.0.1:5353 | 127.0.0.1 5353",
      "127.1 | 127.0.0.1 53",
      "::1 | ::1 53",
      "[::1]:5353 | ::1 5353",
      "[2001:db8::53] | 2001:db8::53 53",
      "2001:db8::1:53 | 2001:db8::1:53 53",
      "192.0.2.1, 198.51.100.1:54 | 192.0.2.1 53, 198.51.100.1 54",
  })
  void nameServersAreAddressesWithAnOptionalPort(String value, String expected) throws Exception {
    List<InetSocketAddress> servers = new ArrayList<>();
    for (String server : expected.split(", ")) {
      String[] addressAndPort = server.split(" ");
      servers.add(new InetSocketAddress(InetAddress.getByName(addressAndPort[0]), Integer.parseInt(addressAndPort[1])));
    }
    assertEquals(servers, ProviderSettings.from(Map.of(AddrInfoResolverProvider.NAMESERVER, value)::get).nameservers());
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {
      "ns1.example.test", "localhost", "abc:def", "g::1", "256.0.0.1", "1.2.3.4.5", "01.2.3.4x",
      "127.0.0.1:0", "127.0.0.1:65536", "127.0.0.1:", "127.0.0.1:http", "[::1", "[::1]x", "[::1]:",
      "[ns1.example.test]:53", "192.0.2.1,,192.0.2.2", "192.0.2.1,",
  })
  void aNameServerThatIsNotAnAddressIsRejectedNamingIt(String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ProviderSettings.from(Map.of(AddrInfoResolverProvider.NAMESERVER, value)::get));
    assertTrue(e.getMessage().startsWith(AddrInfoResolverProvider.NAMESERVER + ": "), e.getMessage());
    assertTrue(e.getMessage().contains("'"), e.getMessage());
  }
}
