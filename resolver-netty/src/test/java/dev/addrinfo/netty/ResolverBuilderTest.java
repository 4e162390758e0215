package dev.addrinfo.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.addrinfo.Hints;
import dev.addrinfo.ResolverConfig;
import dev.addrinfo.SystemFiles;
import dev.addrinfo.services.LineProblem;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The builder's overrides and hooks, over files in a temporary directory; no DNS is sent. */
class ResolverBuilderTest {
  @TempDir
  Path dir;

  private Resolver.Builder builder(String resolvConf, String hosts) throws Exception {
    Files.writeString(dir.resolve("resolv.conf"), resolvConf);
    Files.writeString(dir.resolve("hosts"), hosts);
    Files.writeString(dir.resolve("nsswitch.conf"), "hosts: files\n");
    SystemFiles files = SystemFiles.ETC.withResolvConf(dir.resolve("resolv.conf")).withHosts(dir.resolve("hosts"))
        .withNsswitchConf(dir.resolve("nsswitch.conf")).withHostConf(dir.resolve("none"))
        .withGaiConf(dir.resolve("none")).withServices(dir.resolve("none"));
    return Resolver.builder().files(files).environment(Map.of());
  }

  @Test
  void withoutOverridesDnsConfigIsResolvConfs() throws Exception {
    try (Resolver r = builder("nameserver 127.0.0.9\noptions timeout:3 attempts:4\n", "").build()) {
      ResolverConfig c = r.dnsConfig();
      assertEquals(List.of(new InetSocketAddress("127.0.0.9", 53)), c.nameservers());
      assertEquals(Duration.ofSeconds(3), c.timeout());
      assertEquals(4, c.attempts());
    }
  }

  @Test
  void nameserversTimeoutAndAttemptsEachReplaceResolvConfs() throws Exception {
    InetSocketAddress mine = new InetSocketAddress("127.0.0.2", 5353);
    try (Resolver r = builder("nameserver 127.0.0.9\noptions timeout:3 attempts:4 rotate\n", "")
        .addNameserver(mine).timeout(Duration.ofMillis(1500)).attempts(1).build()) {
      ResolverConfig c = r.dnsConfig();
      assertEquals(List.of(mine), c.nameservers());
      assertEquals(Duration.ofMillis(1500), c.timeout());
      assertEquals(1, c.attempts());
      assertEquals(true, c.rotate());
    }
  }

  @Test
  void aTimeoutAloneKeepsResolvConfsServersAndAttempts() throws Exception {
    try (Resolver r = builder("nameserver 127.0.0.9\noptions attempts:4\n", "").timeout(Duration.ofSeconds(30)).build()) {
      assertEquals(List.of(new InetSocketAddress("127.0.0.9", 53)), r.dnsConfig().nameservers());
      assertEquals(Duration.ofSeconds(30), r.dnsConfig().timeout());
      assertEquals(4, r.dnsConfig().attempts());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT0S", "PT-1S", "PT30.001S", "PT1H"})
  void aTimeoutOutsideGlibcsRangeIsRejectedNamingIt(String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Resolver.builder().timeout(Duration.parse(value)));
    assertEquals("timeout out of range (0, 30 s]: " + Duration.parse(value), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 6})
  void attemptsOutsideGlibcsRangeAreRejectedNamingThem(int value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Resolver.builder().attempts(value));
    assertEquals("attempts out of range 1-5: " + value, e.getMessage());
  }

  @Test
  void warningsReceiveEachBadLineAndEachUnreadableFile() throws Exception {
    List<LineProblem> seen = new CopyOnWriteArrayList<>();
    Resolver.Builder b = builder("nameserver 127.0.0.1\n", "127.0.0.1 localhost\nbogus line\n").warnings(seen::add);
    Files.createDirectory(dir.resolve("gai.conf.d"));
    SystemFiles files = SystemFiles.ETC.withResolvConf(dir.resolve("resolv.conf")).withHosts(dir.resolve("hosts"))
        .withNsswitchConf(dir.resolve("nsswitch.conf")).withHostConf(dir.resolve("none"))
        .withGaiConf(dir.resolve("gai.conf.d")).withServices(dir.resolve("none"));
    try (Resolver r = b.files(files).build()) {
      r.getAddrInfo("localhost", null, Hints.DEFAULT).join();
    }
    assertEquals(List.of(
        new LineProblem(dir.resolve("hosts").toString(), 2, "bogus line",
            "not an IPv4 or IPv6 address in inet_pton syntax (glibc skips the line): bogus"),
        new LineProblem(dir.resolve("gai.conf.d").toString(), 0, "",
            "cannot be read (Is a directory); read as a missing file")),
        seen);
  }
}
