package dev.addrinfo.internal.sort;

import static dev.addrinfo.internal.sort.FixedSources.ip;
import static dev.addrinfo.internal.sort.FixedSources.ips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.services.LineProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expectations marked "glibc 2.36" were checked with Debian's glibc in a network namespace. */
class GaiConfTest {

  private final List<LineProblem> problems = new ArrayList<>();

  private GaiConf parse(String text) {
    return GaiConf.parse(text, "gai.conf", problems::add);
  }

  private int precedence(GaiConf conf, String address) {
    return Scopes.lookup(conf.precedences(), Bits128.of(ip(address)), -1);
  }

  private int label(GaiConf conf, String address) {
    return Scopes.lookup(conf.labels(), Bits128.of(ip(address)), -1);
  }

  private int scope(GaiConf conf, String ipv4) {
    return Scopes.of(ip(ipv4), true, conf.scopev4());
  }

  @Test
  void emptyFileGivesTheBuiltInTables() {
    assertEquals(GaiConf.DEFAULT, parse(""));
    assertEquals(GaiConf.DEFAULT, parse("# only a comment\n\n   \n"));
    assertTrue(problems.isEmpty());
  }

  @Test
  void builtInTablesAreRfc3484sWithIpv4Lowest() {
    GaiConf conf = GaiConf.DEFAULT;
    assertEquals(50, precedence(conf, "::1"));
    assertEquals(40, precedence(conf, "2001:db8::1"));
    assertEquals(30, precedence(conf, "2002:c000:201::1"));
    assertEquals(20, precedence(conf, "::192.0.2.1"));
    assertEquals(10, precedence(conf, "192.0.2.1"));
    assertEquals(40, precedence(conf, "fd00::1"));
    assertEquals(0, label(conf, "::1"));
    assertEquals(2, label(conf, "2002:c000:201::1"));
    assertEquals(3, label(conf, "::192.0.2.1"));
    assertEquals(4, label(conf, "192.0.2.1"));
    assertEquals(5, label(conf, "fec0::1"));
    assertEquals(6, label(conf, "fd00::1"));
    assertEquals(7, label(conf, "2001:0:c000:201::1"));
    assertEquals(1, label(conf, "2001:db8::1"));
    assertEquals(2, scope(conf, "127.0.0.2"));
    assertEquals(2, scope(conf, "169.254.1.1"));
    assertEquals(14, scope(conf, "192.0.2.1"));
    assertEquals(14, scope(conf, "10.1.2.3"));
  }

  @Test
  void precedenceLineReplacesTheWholeTable() {
    // glibc 2.36: with only this line, ::1 and 127.0.0.1 both get the catch-all 40 and keep order.
    GaiConf conf = parse("precedence 2001:db8::/32 60\n");
    assertEquals(60, precedence(conf, "2001:db8::1"));
    assertEquals(40, precedence(conf, "::1"));
    assertEquals(40, precedence(conf, "127.0.0.1"));
    FixedSources sources = new FixedSources().route("127.0.0.1", "127.0.0.1", 8).route("::1", "::1", 128);
    assertEquals(ips("127.0.0.1", "::1"), new AddressSorter(conf, sources).sort(ips("127.0.0.1", "::1")));
    assertEquals(ips("::1", "127.0.0.1"), new AddressSorter(GaiConf.DEFAULT, sources).sort(ips("127.0.0.1", "::1")));
  }

  @Test
  void labelLineReplacesTheWholeTable() {
    // glibc 2.36: "label fc00::/7 6" makes 2002:: and its 2001:db8:: source share label 1.
    GaiConf conf = parse("label fc00::/7 6\n");
    assertEquals(List.of(PolicyEntry.of("fc00::", 7, 6), PolicyEntry.of("::", 0, 1)), conf.labels());
    FixedSources sources = new FixedSources()
        .route("192.0.2.3", "192.0.2.2", 24)
        .route("2002:c000:203::1", "2001:db8::1", 64);
    List<java.net.InetAddress> input = ips("192.0.2.3", "2002:c000:203::1");
    assertEquals(ips("192.0.2.3", "2002:c000:203::1"), new AddressSorter(GaiConf.DEFAULT, sources).sort(input));
    assertEquals(ips("2002:c000:203::1", "192.0.2.3"), new AddressSorter(conf, sources).sort(input));
  }

  @Test
  void scopev4LineReplacesTheBuiltInScopes() {
    // glibc 2.36: after "scopev4 10.0.0.0/8 5", 127.0.0.2 is global and loses to 192.0.2.3 on rule 9.
    GaiConf conf = parse("scopev4 10.0.0.0/8 5\n");
    assertEquals(5, scope(conf, "10.9.9.9"));
    assertEquals(14, scope(conf, "127.0.0.2"));
    FixedSources sources = new FixedSources()
        .route("127.0.0.2", "127.0.0.1", 8)
        .route("192.0.2.3", "192.0.2.2", 24);
    List<java.net.InetAddress> input = ips("127.0.0.2", "192.0.2.3");
    assertEquals(input, new AddressSorter(GaiConf.DEFAULT, sources).sort(input));
    assertEquals(ips("192.0.2.3", "127.0.0.2"), new AddressSorter(conf, sources).sort(input));
  }

  @Test
  void scopev4AcceptsIpv4MappedPrefixes() {
    GaiConf conf = parse("scopev4 ::ffff:192.0.2.0/120 1\nscopev4 ::ffff:0.0.0.0/96 7\n");
    assertEquals(1, scope(conf, "192.0.2.9"));
    assertEquals(7, scope(conf, "127.0.0.1"));
    assertEquals(2, conf.scopev4().size());
  }

  @Test
  void lineWithLengthZeroIsTheCatchAllSoNoneIsAdded() {
    GaiConf conf = parse("precedence ::/0 5\nprecedence ::1/128 7\n");
    assertEquals(List.of(PolicyEntry.of("::1", 128, 7), PolicyEntry.of("::", 0, 5)), conf.precedences());
  }

  @Test
  void moreSpecificPrefixesAreSearchedFirstAndTheFirstOfEqualLengthWins() {
    // glibc 2.36: of two ::1/128 lines the first one counts.
    GaiConf conf = parse("precedence ::/0 1\nprecedence ::1/128 10\nprecedence ::1/128 60\n");
    assertEquals(10, precedence(conf, "::1"));
    assertEquals(1, precedence(conf, "2001:db8::1"));
  }

  @Test
  void valuesAreReadAsGlibcsStrtoulReadsThem() {
    // glibc 2.36: empty value is 0, "/" alone is /0, "+96" and "-0" and "0096" are accepted,
    // "6#0" is 6 because # starts a comment.
    assertEquals(0, precedence(parse("precedence ::1/128\n"), "::1"));
    assertEquals(60, precedence(parse("precedence ::ffff:0:0/ 60\n"), "2001:db8::1"));
    assertEquals(60, precedence(parse("precedence ::ffff:0:0/+96 60\n"), "192.0.2.1"));
    assertEquals(60, precedence(parse("precedence ::ffff:0:0/0096 +60\n"), "192.0.2.1"));
    assertEquals(0, precedence(parse("precedence ::/-0 -0\n"), "192.0.2.1"));
    assertEquals(6, precedence(parse("precedence ::ffff:0:0/96 6#0\n"), "192.0.2.1"));
    assertEquals(2147483647, precedence(parse("precedence ::/0 2147483647\n"), "::1"));
    assertTrue(problems.isEmpty(), problems::toString);
  }

  @Test
  void extraWordsAndTabsAndAMissingFinalNewlineAreFine() {
    GaiConf conf = parse("  precedence\t::ffff:0:0/96   60 extra words\nlabel ::1/128 9");
    assertEquals(60, precedence(conf, "192.0.2.1"));
    assertEquals(9, label(conf, "::1"));
    assertTrue(problems.isEmpty(), problems::toString);
  }

  @Test
  void reloadIsOnOnlyForExactlyYes() {
    assertTrue(parse("reload yes\n").reload());
    assertFalse(parse("reload Yes\n").reload());
    assertFalse(parse("reload yes\nreload no\n").reload());
    assertFalse(parse("reload yes\nreload\n").reload());
    assertTrue(problems.isEmpty());
  }

  @Test
  void badLinesAreReportedWithLineNumbersAndSkipped() {
    GaiConf conf = parse(String.join("\n",
        "# comment",
        "Precedence ::ffff:0:0/96 60",
        "precedence ::1 1",
        "precedence ::ffff:0:0/129 60",
        "precedence 127.0.0.1/8 60",
        "precedence ::ffff:0:0/96 60x",
        "precedence ::ffff:0:0/96 2147483648",
        "precedence ::ffff:0:0/96 -5",
        "precedence ::ffff:0:0/96x 60",
        "label [::1]/128 3",
        "label ::1%lo/128 3",
        "scopev4 127.0.0.1 20",
        "scopev4 2001:db8::/32 1",
        "scopev4 ::ffff:0.0.0.0/95 1",
        "scopev4 127.0.0.1/33 20",
        "scopev4 127.1/16 20",
        "scopev4 127.000.0.1/8 20",
        "precedence",
        "label ::1/128 5",
        ""));
    List<Integer> lines = problems.stream().map(LineProblem::lineNumber).toList();
    assertEquals(List.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18), lines);
    assertEquals(GaiConf.DEFAULT.precedences(), conf.precedences());
    assertEquals(GaiConf.DEFAULT.scopev4(), conf.scopev4());
    assertEquals(5, label(conf, "::1"));
    LineProblem tooLong = problems.get(5);
    assertEquals("gai.conf", tooLong.source());
    assertEquals("precedence ::ffff:0:0/96 2147483648", tooLong.line());
    assertTrue(tooLong.reason().contains("2147483648"), tooLong.reason());
    assertTrue(problems.get(0).reason().contains("Precedence"), problems.get(0).reason());
  }
}
