package dev.addrinfo.jdk;

import static java.net.spi.InetAddressResolver.LookupPolicy.IPV4;
import static java.net.spi.InetAddressResolver.LookupPolicy.IPV4_FIRST;
import static java.net.spi.InetAddressResolver.LookupPolicy.IPV6;
import static java.net.spi.InetAddressResolver.LookupPolicy.IPV6_FIRST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.AddrInfoException;
import dev.addrinfo.EaiError;
import dev.addrinfo.Resolver;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver.LookupPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The provider's resolver called as the JDK calls it, with each lookup policy the JDK can pass
 * (from {@code java.net.preferIPv4Stack}, {@code java.net.preferIPv6Addresses} and the host's
 * families), against BIND: the family asked and the order must be the JDK's, the addresses
 * addrinfo's. Called directly, so the JDK's cache is not in the way.
 */
@ExtendWith(ProviderBind.class)
class LookupPolicyTest {

  /** A policy the JDK passes, and when. */
  private record Policy(String name, int characteristics) {}

  private static final List<Policy> POLICIES = List.of(
      new Policy("IPV4 (preferIPv4Stack=true)", IPV4),
      new Policy("IPV6 (a host without IPv4)", IPV6),
      new Policy("IPV4|IPV6 (preferIPv6Addresses=system)", IPV4 | IPV6),
      new Policy("IPV4|IPV6|IPV4_FIRST (the default)", IPV4 | IPV6 | IPV4_FIRST),
      new Policy("IPV4|IPV6|IPV6_FIRST (preferIPv6Addresses=true)", IPV4 | IPV6 | IPV6_FIRST));

  private static final List<String> HOSTS = List.of("dual.example.test", "multi.example.test",
      "mixed.example.test", "v4only.example.test", "v6only.example.test", "chain5.example.test",
      "big100.example.test", "localhost", "twice.example.test", "files-only");

  private static Resolver addrinfo;
  private static Resolver providers;
  private static AddrInfoInetResolver provider;

  @BeforeAll
  static void start() {
    ProviderBind.Setup setup = ProviderBind.current();
    addrinfo = setup.newResolver();
    providers = ProviderSettings.from(Map.of(
        AddrInfoResolverProvider.ETC, setup.etc().toString(),
        AddrInfoResolverProvider.NAMESERVER, setup.nameserver())::get).newResolver();
    provider = new AddrInfoInetResolver(providers);
  }

  @AfterAll
  static void stop() {
    addrinfo.close();
    providers.close();
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Policy p : POLICIES) {
      for (String host : HOSTS) {
        cases.add(Arguments.of(p.name(), p.characteristics(), host));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("cases")
  void lookupByNameAsksTheFamilyAndKeepsTheOrderTheJdkWould(String policy, int characteristics, String host)
      throws Exception {
    Expected.Lookup expected = Expected.byName(addrinfo, host, characteristics);
    LookupPolicy lookupPolicy = LookupPolicy.of(characteristics);
    if (expected.error() == null) {
      List<String> actual = provider.lookupByName(host, lookupPolicy).map(InetAddress::toString).toList();
      assertEquals(expected.addresses(), actual);
    } else {
      AddrInfoException e = assertThrows(AddrInfoException.class, () -> provider.lookupByName(host, lookupPolicy));
      assertEquals(expected.error(), e.error());
    }
  }

  @Test
  void thousandsOfVirtualThreadsLookUpAtOnceAndEachGetsItsOwnAnswer() throws Exception {
    int characteristics = IPV4 | IPV6 | IPV4_FIRST;
    List<String> hosts = List.of("dual.example.test", "multi.example.test", "mixed.example.test",
        "chain5.example.test", "big100.example.test", "localhost");
    Map<String, List<String>> expected = new HashMap<>();
    for (String host : hosts) {
      expected.put(host, Expected.byName(addrinfo, host, characteristics).addresses());
    }
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<List<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 3000; i++) {
        String host = hosts.get(i % hosts.size());
        answers.add(threads.submit(() ->
            provider.lookupByName(host, LookupPolicy.of(characteristics)).map(InetAddress::toString).toList()));
      }
      for (int i = 0; i < answers.size(); i++) {
        assertEquals(expected.get(hosts.get(i % hosts.size())),
            answers.get(i).get(Expected.WAIT_SECONDS, TimeUnit.SECONDS), "lookup " + i);
      }
    }
  }

  @Test
  void lookupByAddressGivesTheNameEvenWhenItLeadsNowhereForTheJdkToCheck() throws Exception {
    assertEquals("txtonly.example.test", provider.lookupByAddress(new byte[] {(byte) 192, 0, 2, 99}));
  }

  @Test
  void lookupByAddressOfAnAddressWithoutANameFailsNamingTheAddress() {
    AddrInfoException e = assertThrows(AddrInfoException.class,
        () -> provider.lookupByAddress(new byte[] {(byte) 192, 0, 2, (byte) 222}));
    assertEquals(EaiError.EAI_NONAME, e.error());
    assertTrue(e.getMessage().contains("192.0.2.222"), e.getMessage());
  }

  @Test
  void lookupByAddressRejectsAnAddressOfAnotherLength() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> provider.lookupByAddress(new byte[5]));
    assertTrue(e.getMessage().contains("5 bytes"), e.getMessage());
  }

  @Test
  void lookupByNameRejectsANulCharacterAsTheJdkDoes() {
    UnknownHostException e = assertThrows(UnknownHostException.class,
        () -> provider.lookupByName("dual.example.test\0.evil", LookupPolicy.of(IPV4 | IPV6)));
    assertTrue(e.getMessage().contains("NUL"), e.getMessage());
  }

  @Test
  void aFailureIsANewExceptionEachTimeWithTheResolversAsItsCause() {
    LookupPolicy policy = LookupPolicy.of(IPV4 | IPV6);
    AddrInfoException first = assertThrows(AddrInfoException.class, () -> provider.lookupByName("nosuch.example.test", policy));
    AddrInfoException second = assertThrows(AddrInfoException.class, () -> provider.lookupByName("nosuch.example.test", policy));
    assertTrue(first != second, "a failure reused by the resolver's result cache must not be shared between callers");
    assertEquals(EaiError.EAI_NONAME, second.error());
    assertTrue(second.getCause() instanceof AddrInfoException, String.valueOf(second.getCause()));
  }
}
