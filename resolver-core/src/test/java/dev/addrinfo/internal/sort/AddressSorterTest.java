package dev.addrinfo.internal.sort;

import static dev.addrinfo.internal.sort.FixedSources.ip;
import static dev.addrinfo.internal.sort.FixedSources.ips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.internal.numeric.InetPton;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressSorterTest {

  private static List<InetAddress> sort(FixedSources sources, String... destinations) {
    return new AddressSorter(GaiConf.DEFAULT, sources).sort(ips(destinations));
  }

  @Test
  void singleAddressIsReturnedWithoutLookingForASource() {
    FixedSources sources = new FixedSources();
    assertEquals(ips("2001:db8::5"), sort(sources, "2001:db8::5"));
    assertTrue(sources.asked.isEmpty());
  }

  @Test
  void rule1UnreachableDestinationGoesLastEvenWithHigherPrecedence() {
    FixedSources sources = new FixedSources().route("192.0.2.5", "192.0.2.1", 24);
    assertEquals(ips("192.0.2.5", "2001:db8::5"), sort(sources, "2001:db8::5", "192.0.2.5"));
  }

  @Test
  void rule2MatchingScopeBeatsHigherPrecedence() {
    FixedSources sources = new FixedSources()
        .route("2001:db8::5", "fe80::1", 64)
        .route("192.0.2.5", "192.0.2.1", 24);
    assertEquals(ips("192.0.2.5", "2001:db8::5"), sort(sources, "2001:db8::5", "192.0.2.5"));
  }

  @Test
  void rule3DeprecatedSourceGoesAfter() {
    FixedSources sources = new FixedSources()
        .route("2001:db8::5", new SourceAddress(ip("2001:db8::1"), 64, true, false, 2, false))
        .route("2001:db8::6", "2001:db8::2", 64);
    assertEquals(ips("2001:db8::6", "2001:db8::5"), sort(sources, "2001:db8::5", "2001:db8::6"));
  }

  @Test
  void rule4HomeAddressSourceGoesFirst() {
    FixedSources sources = new FixedSources()
        .route("2001:db8::5", "2001:db8::1", 64)
        .route("2001:db8::6", new SourceAddress(ip("2001:db8::2"), 64, false, true, 2, false));
    assertEquals(ips("2001:db8::6", "2001:db8::5"), sort(sources, "2001:db8::5", "2001:db8::6"));
  }

  @Test
  void rule5MatchingLabelBeatsHigherPrecedence() {
    FixedSources sources = new FixedSources()
        .route("2001:db8::5", "2002:c000:201::1", 48)
        .route("192.0.2.5", "192.0.2.1", 24);
    assertEquals(ips("192.0.2.5", "2001:db8::5"), sort(sources, "2001:db8::5", "192.0.2.5"));
  }

  @Test
  void rule6DefaultPrecedencePutsLoopbackThenIpv6ThenSixToFourThenCompatibleThenIpv4() {
    FixedSources sources = new FixedSources()
        .route("::1", "::1", 128)
        .route("2001:db8::5", "2001:db8::1", 64)
        .route("2002:c000:205::1", "2002:c000:201::1", 48)
        .route("::192.0.2.9", "::192.0.2.1", 96)
        .route("192.0.2.5", "192.0.2.1", 24);
    assertEquals(
        ips("::1", "2001:db8::5", "2002:c000:205::1", "::192.0.2.9", "192.0.2.5"),
        sort(sources, "192.0.2.5", "::192.0.2.9", "2002:c000:205::1", "2001:db8::5", "::1"));
  }

  @Test
  void rule6AppliesToUnreachableDestinations() {
    assertEquals(ips("2001:db8::5", "192.0.2.5"), sort(new FixedSources(), "192.0.2.5", "2001:db8::5"));
  }

  @Test
  void rule7SourceOnATunnelGoesAfterANativeOne() {
    FixedSources sources = new FixedSources()
        .route("2001:db8::5", new SourceAddress(ip("2001:db8::1"), 64, false, false, 7, true))
        .route("2001:db8::6", "2001:db8::2", 64);
    assertEquals(ips("2001:db8::6", "2001:db8::5"), sort(sources, "2001:db8::5", "2001:db8::6"));
  }

  @Test
  void rule7CountsAnUnlistedSourceAsNotNative() {
    FixedSources sources = new FixedSources()
        .route("2001:db8::5", SourceAddress.unlisted(ip("2001:db8::1")))
        .route("2001:db8::6", "2001:db8::2", 64);
    assertEquals(ips("2001:db8::6", "2001:db8::5"), sort(sources, "2001:db8::5", "2001:db8::6"));
  }

  @Test
  void rule7IsSkippedWhenBothSourcesAreOnTheSameInterface() {
    FixedSources sources = new FixedSources()
        .route("2001:db8::5", new SourceAddress(ip("2001:db8::1"), 64, false, false, 7, true))
        .route("2001:db8::6", new SourceAddress(ip("2001:db8::2"), 64, false, false, 7, false));
    assertEquals(ips("2001:db8::5", "2001:db8::6"), sort(sources, "2001:db8::5", "2001:db8::6"));
  }

  @Test
  void rule8SmallerScopeGoesFirst() {
    FixedSources sources = new FixedSources()
        .route("2001:db8::5", "2001:db8::1", 64)
        .route("fe80::5", "fe80::1", 64);
    assertEquals(ips("fe80::5", "2001:db8::5"), sort(sources, "2001:db8::5", "fe80::5"));
  }

  @Test
  void rule8UsesTheIpv4ScopeTableForIpv4() {
    FixedSources sources = new FixedSources()
        .route("192.0.2.3", "192.0.2.2", 24)
        .route("127.0.0.1", "127.0.0.1", 8);
    assertEquals(ips("127.0.0.1", "192.0.2.3"), sort(sources, "192.0.2.3", "127.0.0.1"));
  }

  @Test
  void rule9Ipv6LongerCommonPrefixWithTheSourceGoesFirst() {
    FixedSources sources = new FixedSources()
        .route("2001:db8:1::5", "2001:db8::1", 64)
        .route("2001:db8::5", "2001:db8::1", 64);
    assertEquals(ips("2001:db8::5", "2001:db8:1::5"), sort(sources, "2001:db8:1::5", "2001:db8::5"));
  }

  @Test
  void rule9Ipv4ComparesCommonBitsWithinTheSourceSubnet() {
    // glibc 2.36, source 192.0.2.2/24 with a listed interface: 192.0.2.3 before 192.0.2.200.
    FixedSources sources = new FixedSources()
        .route("192.0.2.200", "192.0.2.2", 24)
        .route("192.0.2.3", "192.0.2.2", 24);
    assertEquals(ips("192.0.2.3", "192.0.2.200"), sort(sources, "192.0.2.200", "192.0.2.3"));
  }

  @Test
  void rule9Ipv4KeepsOrderWhenTheSourceIsUnlisted() {
    // glibc 2.36 on a host with no IPv6 address but ::1: prefix length 0, order kept.
    FixedSources sources = new FixedSources()
        .route("192.0.2.200", SourceAddress.unlisted(ip("192.0.2.2")))
        .route("192.0.2.3", SourceAddress.unlisted(ip("192.0.2.2")));
    assertEquals(ips("192.0.2.200", "192.0.2.3"), sort(sources, "192.0.2.200", "192.0.2.3"));
  }

  @Test
  void rule9Ipv4UnlistedSourceStillPrefersTheDestinationEqualToIt() {
    FixedSources sources = new FixedSources()
        .route("192.0.2.3", SourceAddress.unlisted(ip("192.0.2.2")))
        .route("192.0.2.2", SourceAddress.unlisted(ip("192.0.2.2")));
    assertEquals(ips("192.0.2.2", "192.0.2.3"), sort(sources, "192.0.2.3", "192.0.2.2"));
  }

  @Test
  void rule9Ipv4DestinationOutsideTheSourceSubnetScoresNothing() {
    FixedSources sources = new FixedSources()
        .route("198.51.100.7", "198.51.100.1", 30)
        .route("198.51.100.2", "198.51.100.1", 30);
    assertEquals(ips("198.51.100.2", "198.51.100.7"), sort(sources, "198.51.100.7", "198.51.100.2"));
  }

  @Test
  void rule10KeepsInputOrderOfEqualDestinations() {
    FixedSources sources = new FixedSources()
        .route("2001:db8::5", "2001:db8::1", 64)
        .route("2001:db8::6", "2001:db8::1", 64);
    assertEquals(ips("2001:db8::6", "2001:db8::5"), sort(sources, "2001:db8::6", "2001:db8::5"));
  }

  @Test
  void ipv4MappedIpv6DestinationHasGlobalScopeAndMappedLabel() throws Exception {
    // An AI_V4MAPPED answer: AF_INET6 with ::ffff:127.0.0.1; its IPv4 source counts as IPv6 (global).
    InetAddress mapped = Inet6Address.getByAddress(null, InetPton.ipv6("::ffff:127.0.0.1"), -1);
    FixedSources sources = new FixedSources()
        .route("127.0.0.1", "127.0.0.1", 8)
        .route("fe80::5", "fe80::1", 64);
    sources.route("::ffff:127.0.0.1", "127.0.0.1", 8);
    List<InetAddress> sorted = new AddressSorter(GaiConf.DEFAULT, d -> sources.find(ip(d.getHostAddress())))
        .sort(List.of(mapped, ip("fe80::5")));
    assertEquals(List.of(ip("fe80::5"), mapped), sorted);
  }

  @Test
  void fiveAddressesOrderedAsGlibcOnADualStackHost() {
    // glibc 2.36: veth with 192.0.2.2/24 and 2001:db8::1/64; fe80::1 (no scope id) and
    // 2001:db8:1::1 (no route) cannot be connected to.
    FixedSources sources = new FixedSources()
        .route("192.0.2.200", "192.0.2.2", 24)
        .route("2001:db8::5", "2001:db8::1", 64)
        .route("192.0.2.3", "192.0.2.2", 24);
    assertEquals(
        ips("2001:db8::5", "192.0.2.3", "192.0.2.200", "fe80::1", "2001:db8:1::1"),
        sort(sources, "192.0.2.200", "2001:db8::5", "192.0.2.3", "fe80::1", "2001:db8:1::1"));
  }
}
