package dev.addrinfo.internal.gai;

import static dev.addrinfo.Linux.AF_INET;
import static dev.addrinfo.Linux.AI_CANONIDN;
import static dev.addrinfo.Linux.AI_CANONNAME;
import static dev.addrinfo.Linux.AI_IDN;
import static dev.addrinfo.Linux.AI_NUMERICHOST;
import static dev.addrinfo.Linux.NI_IDN;
import static dev.addrinfo.Linux.NI_NOFQDN;
import static dev.addrinfo.Linux.SOCK_STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.AddrInfoException;
import dev.addrinfo.EaiError;
import dev.addrinfo.Hints;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** AI_IDN, AI_CANONIDN and NI_IDN as glibc 2.36 applies them (checked against it on Debian 12). */
class IdnFlagsTest {
  private final Fixture fx = new Fixture();

  @BeforeEach
  void hosts() {
    fx.hosts = "127.0.0.5 xn--bcher-kva.example\n127.0.0.7 xn--strae-oqa.example\n"
        + "127.0.0.8 bücher.test\n127.0.0.9 example.com\n";
  }

  private List<String> gai(String host, int flags) {
    List<AddrInfo> r = new GetAddrInfo(fx.sources())
        .run(host, "80", new Hints(AF_INET, SOCK_STREAM, 0, flags), fx.snapshot()).join().results();
    return Fixture.lines(r);
  }

  private EaiError error(String host, int flags) {
    CompletionException e = assertThrows(CompletionException.class, () -> gai(host, flags));
    return assertInstanceOf(AddrInfoException.class, e.getCause()).error();
  }

  private String gni(String address, int flags) throws Exception {
    return new GetNameInfo(fx.sources())
        .run(new InetSocketAddress(InetAddress.getByName(address), 80), flags, fx.snapshot()).join().host();
  }

  @Test
  void aiIdnLooksTheAsciiFormUpInTheHostsFile() {
    assertEquals(List.of("2 1 6 127.0.0.5 80"), gai("bücher.example", AI_IDN));
    assertEquals(List.of("2 1 6 127.0.0.7 80"), gai("straße.example", AI_IDN));
  }

  @Test
  void withoutAiIdnAUnicodeNameMatchesOnlyTheSameUnicodeInTheHostsFile() {
    assertEquals(EaiError.EAI_NONAME, error("bücher.example", 0));
    assertEquals(List.of("2 1 6 127.0.0.8 80"), gai("bücher.test", 0));
  }

  @Test
  void withoutAiIdnAUnicodeNameIsNeverAskedOfDns() {
    fx.transport.address("bücher.other.", "192.0.2.1");
    assertEquals(EaiError.EAI_NONAME, error("bücher.other", 0));
    assertEquals(List.of(), fx.transport.sent());
  }

  @Test
  void aiIdnAsksDnsForTheAsciiForm() {
    fx.transport.address("xn--bcher-kva.other.", "192.0.2.1");
    assertEquals(List.of("2 1 6 192.0.2.1 80"), gai("bücher.other", AI_IDN));
  }

  @Test
  void aNameWithoutIdnaFormIsEaiIdnEncodeBeforeAnyLookup() {
    assertEquals(EaiError.EAI_IDN_ENCODE, error("😀.example", AI_IDN));
    assertEquals(EaiError.EAI_IDN_ENCODE, error("😀.example", AI_IDN | AI_NUMERICHOST));
    assertEquals(List.of(), fx.transport.sent());
  }

  @Test
  void conversionComesBeforeNumericParsing() {
    assertEquals(List.of("2 1 6 127.0.0.1 80 127.0.0.1"), gai("１２７。０。０。１", AI_IDN | AI_CANONNAME));
    assertEquals(List.of("2 1 6 127.0.0.1 80"), gai("１２７。０。０。１", AI_IDN | AI_NUMERICHOST));
    assertEquals(EaiError.EAI_NONAME, error("１２７。０。０。１", AI_NUMERICHOST));
  }

  @Test
  void canonIdnDecodesTheCanonicalName() {
    assertEquals(List.of("2 1 6 127.0.0.5 80 xn--bcher-kva.example"), gai("bücher.example", AI_IDN | AI_CANONNAME));
    assertEquals(List.of("2 1 6 127.0.0.5 80 bücher.example"),
        gai("bücher.example", AI_IDN | AI_CANONNAME | AI_CANONIDN));
    assertEquals(List.of("2 1 6 127.0.0.5 80 bücher.example"),
        gai("xn--bcher-kva.example", AI_CANONNAME | AI_CANONIDN));
    assertEquals(List.of("2 1 6 127.0.0.5 80"), gai("xn--bcher-kva.example", AI_CANONIDN));
  }

  @Test
  void glibcsDeprecatedIdnFlagsAreAcceptedAndIgnored() {
    assertEquals(List.of("2 1 6 127.0.0.8 80"), gai("bücher.test", 0x0100));
    assertEquals(List.of("2 1 6 127.0.0.8 80"), gai("bücher.test", 0x0200));
    assertEquals(EaiError.EAI_BADFLAGS, error("bücher.test", 0x0800));
  }

  @Test
  void niIdnDecodesTheNameFound() throws Exception {
    assertEquals("xn--bcher-kva.example", gni("127.0.0.5", 0));
    assertEquals("bücher.example", gni("127.0.0.5", NI_IDN));
    assertEquals("straße.example", gni("127.0.0.7", NI_IDN));
    assertEquals("bücher.test", gni("127.0.0.8", NI_IDN));
  }

  @Test
  void niIdnDecodesAfterNoFqdnCutsTheLocalDomain() throws Exception {
    fx.hosts = "192.0.2.7 xn--tda.example.test\n";
    assertEquals("ü", gni("192.0.2.7", NI_IDN | NI_NOFQDN));
  }
}
