package dev.addrinfo.internal.gai;

import static dev.addrinfo.Linux.AF_INET;
import static dev.addrinfo.Linux.AF_INET6;
import static dev.addrinfo.Linux.AI_ADDRCONFIG;
import static dev.addrinfo.Linux.AI_ALL;
import static dev.addrinfo.Linux.AI_CANONNAME;
import static dev.addrinfo.Linux.AI_NUMERICHOST;
import static dev.addrinfo.Linux.AI_NUMERICSERV;
import static dev.addrinfo.Linux.AI_PASSIVE;
import static dev.addrinfo.Linux.AI_V4MAPPED;
import static dev.addrinfo.Linux.SOCK_DGRAM;
import static dev.addrinfo.Linux.SOCK_RAW;
import static dev.addrinfo.Linux.SOCK_STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.AddrInfoException;
import dev.addrinfo.EaiError;
import dev.addrinfo.Hints;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.testing.FakeTransport;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class GetAddrInfoTest {
  private final Fixture fx = new Fixture();

  private List<String> gai(String host, String service, int family, int socktype, int protocol, int flags) {
    List<AddrInfo> r = new GetAddrInfo(fx.sources())
        .run(host, service, new Hints(family, socktype, protocol, flags), fx.snapshot()).join().results();
    return Fixture.lines(r);
  }

  private EaiError error(String host, String service, int family, int socktype, int protocol, int flags) {
    CompletionException e = assertThrows(CompletionException.class, () -> gai(host, service, family, socktype, protocol, flags));
    return assertInstanceOf(AddrInfoException.class, e.getCause()).error();
  }

  @Test
  void bookExamplePassiveNullHostGivesIpv4WildcardThenIpv6() {
    assertEquals(List.of("2 1 6 0.0.0.0 25", "10 1 6 :: 25"), gai(null, "smtp", 0, SOCK_STREAM, 0, AI_PASSIVE));
  }

  @Test
  void bookExampleLocalhostGivesIpv6LoopbackFirst() {
    assertEquals(List.of("10 1 6 ::1 25", "2 1 6 127.0.0.1 25"), gai("localhost", "smtp", 0, SOCK_STREAM, 0, 0));
  }

  @Test
  void nullHostWithoutPassiveGivesLoopback() {
    assertEquals(List.of("10 1 6 ::1 80", "2 1 6 127.0.0.1 80"), gai(null, "80", 0, SOCK_STREAM, 0, 0));
  }

  @Test
  void socketTypeZeroExpandsANumericServiceIntoStreamDgramAndRaw() {
    assertEquals(List.of("2 1 6 192.0.2.1 53", "2 2 17 192.0.2.1 53", "2 3 0 192.0.2.1 53"),
        gai("192.0.2.1", "53", 0, 0, 0, 0));
  }

  @Test
  void socketTypeZeroExpandsANamedServiceIntoEveryProtocolItIsListedFor() {
    assertEquals(List.of("2 1 6 192.0.2.1 53", "2 2 17 192.0.2.1 53"), gai("192.0.2.1", "domain", 0, 0, 0, 0));
    assertEquals(List.of("2 1 6 192.0.2.1 25"), gai("192.0.2.1", "smtp", 0, 0, 0, 0));
  }

  @Test
  void datagramSocketLooksTheServiceUpAsUdp() {
    assertEquals(List.of("2 2 17 192.0.2.1 53"), gai("192.0.2.1", "domain", 0, SOCK_DGRAM, 0, 0));
    assertEquals(EaiError.EAI_SERVICE, error("192.0.2.1", "smtp", 0, SOCK_DGRAM, 0, 0));
  }

  @Test
  void rawSocketTakesAnyProtocolButNoService() {
    assertEquals(List.of("2 3 99 192.0.2.1 0"), gai("192.0.2.1", null, 0, SOCK_RAW, 99, 0));
    assertEquals(EaiError.EAI_SERVICE, error("192.0.2.1", "80", 0, SOCK_RAW, 0, 0));
  }

  @Test
  void hintErrorsComeInGlibcOrder() {
    assertEquals(EaiError.EAI_NONAME, error(null, null, 0, 0, 0, 0));
    assertEquals(EaiError.EAI_BADFLAGS, error("localhost", null, 0, 0, 0, 0x10000));
    assertEquals(EaiError.EAI_BADFLAGS, error(null, "80", 0, 0, 0, AI_CANONNAME));
    assertEquals(EaiError.EAI_FAMILY, error("localhost", null, 3, 0, 0, 0));
    assertEquals(EaiError.EAI_SOCKTYPE, error("localhost", null, 0, SOCK_STREAM, 17, 0));
    assertEquals(EaiError.EAI_SOCKTYPE, error("localhost", null, 0, 9, 0, 0));
  }

  @Test
  void servicesAreCheckedStrictly() {
    assertEquals(EaiError.EAI_SERVICE, error("localhost", "nosuchservice", 0, SOCK_STREAM, 0, 0));
    assertEquals(EaiError.EAI_SERVICE, error("localhost", "65536", 0, SOCK_STREAM, 0, 0));
    assertEquals(EaiError.EAI_NONAME, error("localhost", "smtp", 0, SOCK_STREAM, 0, AI_NUMERICSERV));
    assertEquals(List.of("2 1 6 127.0.0.1 25"), gai("127.0.0.1", "25", 0, SOCK_STREAM, 0, AI_NUMERICSERV));
  }

  @Test
  void numericHostFormsAreThoseOfInetAton() {
    assertEquals(List.of("2 1 6 127.0.0.1 0"), gai("127.1", null, 0, SOCK_STREAM, 0, 0));
    assertEquals(List.of("2 1 6 127.0.0.1 0"), gai("0x7f.1", null, 0, SOCK_STREAM, 0, 0));
    assertEquals(List.of("2 1 6 127.0.0.1 0"), gai("2130706433", null, 0, SOCK_STREAM, 0, 0));
  }

  @Test
  void numericHostOfTheOtherFamilyIsAddressFamilyError() {
    assertEquals(EaiError.EAI_ADDRFAMILY, error("192.0.2.1", null, AF_INET6, SOCK_STREAM, 0, 0));
    assertEquals(List.of("10 1 6 ::ffff:192.0.2.1 0"), gai("192.0.2.1", null, AF_INET6, SOCK_STREAM, 0, AI_V4MAPPED));
    assertEquals(List.of("2 1 6 192.0.2.1 0"), gai("::ffff:192.0.2.1", null, AF_INET, SOCK_STREAM, 0, 0));
  }

  @Test
  void scopedLinkLocalTakesAnInterfaceName() {
    List<AddrInfo> r = new GetAddrInfo(fx.sources())
        .run("fe80::1%lo", null, new Hints(0, SOCK_STREAM, 0, 0), fx.snapshot()).join().results();
    assertEquals(1, r.get(0).scopeId());
    assertEquals(EaiError.EAI_NONAME, error("fe80::1%nosuch", null, 0, SOCK_STREAM, 0, 0));
  }

  @Test
  void numericHostFlagRefusesNames() {
    assertEquals(EaiError.EAI_NONAME, error("localhost", null, 0, SOCK_STREAM, 0, AI_NUMERICHOST));
  }

  @Test
  void canonicalNameGoesOnTheFirstResultOnly() {
    fx.hosts = "192.0.2.5 Server.Example.Test server alias\n";
    assertEquals(List.of("2 1 6 192.0.2.5 0 Server.Example.Test", "2 2 17 192.0.2.5 0", "2 3 0 192.0.2.5 0"),
        gai("ALIAS", null, 0, 0, 0, AI_CANONNAME));
  }

  @Test
  void v4MappedOnlyWhenThereIsNoIpv6UnlessAll() {
    fx.hosts = "192.0.2.5 dual\n2001:db8::5 dual\n192.0.2.6 v4only\n";
    assertEquals(List.of("10 1 6 2001:db8::5 0"), gai("dual", null, AF_INET6, SOCK_STREAM, 0, AI_V4MAPPED));
    assertEquals(List.of("10 1 6 ::ffff:192.0.2.6 0"), gai("v4only", null, AF_INET6, SOCK_STREAM, 0, AI_V4MAPPED));
    assertEquals(2, gai("dual", null, AF_INET6, SOCK_STREAM, 0, AI_V4MAPPED | AI_ALL).size());
  }

  @Test
  void addrConfigNarrowsToTheConfiguredFamily() {
    fx.v6 = false;
    fx.multi = false;
    assertEquals(List.of("2 1 6 127.0.0.1 0"), gai("localhost", null, 0, SOCK_STREAM, 0, AI_ADDRCONFIG));
    assertEquals(EaiError.EAI_NONAME, error("localhost", null, AF_INET6, SOCK_STREAM, 0, AI_ADDRCONFIG));
  }

  @Test
  void ipv6LoopbackLineAnswersIpv4QueriesAsGlibcFilesDoes() {
    assertEquals(List.of("2 1 6 127.0.0.1 0", "2 1 6 127.0.0.1 0"), gai("localhost", null, AF_INET, SOCK_STREAM, 0, 0));
  }

  @Test
  void rejectedNsswitchFileFailsEveryNameLookup() {
    fx.nsswitch = "hosts: files [NOTFOUND=bogus] dns\n";
    assertEquals(EaiError.EAI_NONAME, error("localhost", null, 0, SOCK_STREAM, 0, 0));
  }

  @Test
  void addrConfigWithNeitherFamilyConfiguredFiltersNothing() {
    fx.v4 = false;
    fx.v6 = false;
    assertEquals(2, gai("localhost", null, 0, SOCK_STREAM, 0, AI_ADDRCONFIG).size());
  }

  @Test
  void dnsAnswersWhenTheHostsFileDoesNot() {
    fx.transport.address("www.example.test.", "192.0.2.80").address("www.example.test.", "2001:db8::80");
    assertEquals(List.of("10 1 6 2001:db8::80 443", "2 1 6 192.0.2.80 443"),
        gai("www.example.test", "443", 0, SOCK_STREAM, 0, 0));
  }

  @Test
  void filesOnlySwitchNeverAsksDns() {
    fx.nsswitch = "hosts: files\n";
    fx.transport.address("www.example.test.", "192.0.2.80");
    assertEquals(EaiError.EAI_NONAME, error("www.example.test", null, 0, SOCK_STREAM, 0, 0));
    assertEquals(List.of(), fx.transport.sent());
  }

  @Test
  void dnsErrorsMapToGlibcCodes() {
    fx.transport.exists("nodata.example.test.");
    assertEquals(EaiError.EAI_NODATA, error("nodata.example.test", null, 0, SOCK_STREAM, 0, 0));
    assertEquals(EaiError.EAI_NONAME, error("nxdomain.example.test", null, 0, SOCK_STREAM, 0, 0));
    fx.transport.script((q, s) -> FakeTransport.rcode(DnsResponse.SERVFAIL));
    assertEquals(EaiError.EAI_AGAIN, error("servfail.example.test", null, 0, SOCK_STREAM, 0, 0));
    fx.transport.script((q, s) -> FakeTransport.timeout());
    assertEquals(EaiError.EAI_AGAIN, error("timeout.example.test", null, 0, SOCK_STREAM, 0, 0));
  }
}
