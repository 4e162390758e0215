package dev.addrinfo.internal.config;

import static dev.addrinfo.Linux.AF_INET;
import static dev.addrinfo.Linux.AF_INET6;
import static dev.addrinfo.Linux.AF_UNSPEC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.services.LineProblem;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expectations checked against glibc 2.36 (getaddrinfo, getnameinfo, getent) in a private namespace. */
class HostsFileTest {
  private final List<LineProblem> problems = new ArrayList<>();

  private HostsFile parse(String text) {
    return HostsFile.parse(text, "hosts", problems::add);
  }

  static InetAddress ip(String literal) throws Exception {
    return InetAddress.getByName(literal);
  }

  static InetAddress mapped(int a, int b, int c, int d) throws Exception {
    byte[] bytes = new byte[16];
    bytes[10] = (byte) 0xff;
    bytes[11] = (byte) 0xff;
    bytes[12] = (byte) a;
    bytes[13] = (byte) b;
    bytes[14] = (byte) c;
    bytes[15] = (byte) d;
    return Inet6Address.getByAddress(null, bytes, -1);
  }

  private static final String SAME_NAME_ON_SEVERAL_LINES = String.join("\n",
      "192.0.2.1 a A1 alias1",
      "192.0.2.2 A x",
      "2001:db8::1 a",
      "192.0.2.1 a",
      "2001:db8::2 al6 a",
      "192.0.2.11 x",
      "");

  @Test
  void multiOnReturnsEveryMatchingLineInFileOrderWithDuplicatesForUnspec() throws Exception {
    HostsMatch m = parse(SAME_NAME_ON_SEVERAL_LINES).lookup("a", AF_UNSPEC, true);
    assertEquals("a", m.canonicalName());
    assertEquals(List.of(ip("192.0.2.1"), ip("192.0.2.2"), ip("2001:db8::1"), ip("192.0.2.1"), ip("2001:db8::2")),
        m.addresses());
  }

  @Test
  void multiOnReturnsOnlyLinesOfTheAskedFamily() throws Exception {
    HostsFile hosts = parse(SAME_NAME_ON_SEVERAL_LINES);
    assertEquals(List.of(ip("192.0.2.1"), ip("192.0.2.2"), ip("192.0.2.1")), hosts.lookup("a", AF_INET, true).addresses());
    assertEquals(List.of(ip("2001:db8::1"), ip("2001:db8::2")), hosts.lookup("a", AF_INET6, true).addresses());
  }

  @Test
  void multiOffReturnsOnlyTheFirstLineOfTheAskedFamily() throws Exception {
    HostsFile hosts = parse(SAME_NAME_ON_SEVERAL_LINES);
    assertEquals(List.of(ip("192.0.2.1")), hosts.lookup("a", AF_UNSPEC, false).addresses());
    assertEquals(List.of(ip("192.0.2.1")), hosts.lookup("a", AF_INET, false).addresses());
    HostsMatch v6 = hosts.lookup("a", AF_INET6, false);
    assertEquals(List.of(ip("2001:db8::1")), v6.addresses());
    assertEquals("a", v6.canonicalName());
  }

  @Test
  void canonicalNameIsTheFirstNameOfTheFirstMatchingLineAsWritten() throws Exception {
    HostsFile hosts = parse(SAME_NAME_ON_SEVERAL_LINES);
    HostsMatch x = hosts.lookup("x", AF_UNSPEC, true);
    assertEquals("A", x.canonicalName());
    assertEquals(List.of(ip("192.0.2.2"), ip("192.0.2.11")), x.addresses());
    assertEquals("a", hosts.lookup("alias1", AF_INET, true).canonicalName());
    assertEquals("al6", hosts.lookup("al6", AF_UNSPEC, true).canonicalName());
  }

  @Test
  void aliasMatchesCaseInsensitively() throws Exception {
    HostsFile hosts = parse("192.0.2.12 ALIAS2 Upper\n");
    assertEquals(List.of(ip("192.0.2.12")), hosts.lookup("upper", AF_INET, false).addresses());
    assertEquals("ALIAS2", hosts.lookup("UPPER", AF_INET, false).canonicalName());
    assertEquals("ALIAS2", hosts.lookup("alias2", AF_UNSPEC, false).canonicalName());
    assertEquals(1, hosts.byName("aLiAs2").size());
  }

  @Test
  void trailingDotIsNotRemovedOnEitherSide() {
    HostsFile hosts = parse("127.0.0.1 localhost\n192.0.2.8 dotted.\n");
    assertFalse(hosts.lookup("localhost.", AF_UNSPEC, true).found());
    assertFalse(hosts.lookup("dotted", AF_UNSPEC, true).found());
    assertEquals("dotted.", hosts.lookup("dotted.", AF_UNSPEC, true).canonicalName());
  }

  @Test
  void ipv4LineIsNotReturnedForInet6() {
    HostsMatch m = parse("192.0.2.1 v4\n").lookup("v4", AF_INET6, true);
    assertFalse(m.found());
    assertEquals(null, m.canonicalName());
  }

  @Test
  void mappedLineIsIpv4ForInetAndStaysIpv6ForUnspecAndInet6() throws Exception {
    HostsFile hosts = parse("::ffff:192.0.2.7 mapped\n");
    assertEquals(List.of(ip("192.0.2.7")), hosts.lookup("mapped", AF_INET, true).addresses());
    InetAddress unspec = hosts.lookup("mapped", AF_UNSPEC, true).addresses().get(0);
    assertInstanceOf(Inet6Address.class, unspec);
    assertEquals(mapped(192, 0, 2, 7), unspec);
    assertInstanceOf(Inet6Address.class, hosts.lookup("mapped", AF_INET6, true).addresses().get(0));
  }

  @Test
  void ipv6LoopbackLineAnswersInetQueriesAs127001() throws Exception {
    HostsFile hosts = parse("::1 six lh\n127.0.0.1 four lh\n::2 other\n");
    HostsMatch m = hosts.lookup("lh", AF_INET, true);
    assertEquals("six", m.canonicalName());
    assertEquals(List.of(ip("127.0.0.1"), ip("127.0.0.1")), m.addresses());
    assertEquals(List.of(ip("::1")), hosts.lookup("lh", AF_INET6, true).addresses());
    assertFalse(hosts.lookup("other", AF_INET, true).found());
  }

  @Test
  void onlyStrictInetPtonAddressesAreAcceptedAndBadLinesAreReportedAndSkipped() throws Exception {
    HostsFile hosts = parse(String.join("\n", "127.1 short", "0x7f.0.0.2 hex", "1.2.3 three",
        "192.0.2.04 octal", "fe80::1%lo scoped", "fe80::2%1 scopednum", "fe80::3 unscoped",
        "2001:db8::192.0.2.1 embedded", "192.0.2.300 big", ""));
    for (String bad : List.of("short", "hex", "three", "octal", "scoped", "scopednum", "big")) {
      assertFalse(hosts.lookup(bad, AF_UNSPEC, true).found(), bad);
    }
    assertEquals(List.of(ip("fe80::3")), hosts.lookup("unscoped", AF_UNSPEC, true).addresses());
    assertEquals(List.of(ip("2001:db8::c000:201")), hosts.lookup("embedded", AF_UNSPEC, true).addresses());
    assertEquals(7, problems.size());
    assertEquals(1, problems.get(0).lineNumber());
    assertTrue(problems.get(0).reason().contains("127.1"), problems.get(0).reason());
    assertTrue(problems.get(4).reason().contains("scoped"), problems.get(4).reason());
  }

  @Test
  void commentStartsAnywhereAndAnyCWhitespaceSeparatesFields() throws Exception {
    HostsFile hosts = parse(String.join("\n", "# comment", "", "   ", " 192.0.2.5 leadingspace",
        "192.0.2.6\ttab\ttabalias", "192.0.2.9 trail#comment", "192.0.2.10 name#comment2 after",
        "192.0.2.9#c hashaddr", "192.0.2.1 crlf\r", "192.0.2.2\tv\f\u000bw\r", ""));
    assertEquals("leadingspace", hosts.lookup("leadingspace", AF_INET, false).canonicalName());
    assertEquals("tab", hosts.lookup("tabalias", AF_INET, false).canonicalName());
    assertEquals("trail", hosts.lookup("trail", AF_INET, false).canonicalName());
    assertFalse(hosts.lookup("after", AF_INET, false).found());
    assertFalse(hosts.lookup("hashaddr", AF_INET, false).found());
    assertEquals(List.of(ip("192.0.2.1")), hosts.lookup("crlf", AF_INET, false).addresses());
    assertEquals("v", hosts.lookup("w", AF_INET, false).canonicalName());
    assertEquals(List.of(), problems);
  }

  @Test
  void addressOnlyLineIsKeptForReverseLookupWithAnEmptyName() throws Exception {
    HostsFile hosts = parse("192.0.2.3\n");
    assertEquals("", hosts.byAddress(ip("192.0.2.3")).orElseThrow().canonicalName());
    assertTrue(hosts.byName("").isEmpty());
  }

  @Test
  void byAddressFindsTheFirstLineAndIpv4QueriesSeeMappedAndLoopbackLines() throws Exception {
    HostsFile hosts = parse(String.join("\n", "::1 six lh", "127.0.0.1 four lh", "::ffff:127.0.0.2 m2",
        "127.0.0.2 four2", "192.0.2.13 dup", "192.0.2.13 dup2", "fe80::3 ll", ""));
    assertEquals("six", hosts.byAddress(ip("127.0.0.1")).orElseThrow().canonicalName());
    assertEquals("six", hosts.byAddress(ip("::1")).orElseThrow().canonicalName());
    assertEquals("m2", hosts.byAddress(ip("127.0.0.2")).orElseThrow().canonicalName());
    assertEquals("m2", hosts.byAddress(mapped(127, 0, 0, 2)).orElseThrow().canonicalName());
    assertFalse(hosts.byAddress(mapped(127, 0, 0, 1)).isPresent());
    assertEquals("dup", hosts.byAddress(ip("192.0.2.13")).orElseThrow().canonicalName());
    assertEquals("ll", hosts.byAddress(Inet6Address.getByAddress(null, ip("fe80::3").getAddress(), 1))
        .orElseThrow().canonicalName());
  }

  @Test
  void entriesKeepFileOrderAndLineNumbers() throws Exception {
    HostsFile hosts = parse("# x\n192.0.2.1 a b c\n2001:db8::1 d\n");
    assertEquals(List.of(new HostsEntry(ip("192.0.2.1"), "a", List.of("b", "c"), 2),
        new HostsEntry(ip("2001:db8::1"), "d", List.of(), 3)), hosts.entries());
  }

  @Test
  void nameTwiceOnOneLineYieldsTheAddressOnce() throws Exception {
    assertEquals(List.of(ip("192.0.2.1")), parse("192.0.2.1 a A\n").lookup("a", AF_INET, true).addresses());
  }

  @Test
  void missingFileIsEmpty() {
    assertTrue(HostsFile.parse(null, "hosts", problems::add).entries().isEmpty());
    assertFalse(HostsFile.EMPTY.lookup("localhost", AF_UNSPEC, true).found());
  }

  @Test
  void unsupportedFamilyIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> HostsFile.EMPTY.lookup("a", 1, true));
  }
}
