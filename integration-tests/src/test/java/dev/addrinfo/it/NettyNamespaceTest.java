package dev.addrinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Netty clients resolving through {@code AddrInfoResolverGroup} and connecting with
 * {@code Connector}, against BIND on 127.0.0.1:53 in a private network namespace where some of the
 * test zones' addresses answer and the others never do, checked against glibc's getaddrinfo in the
 * same namespace.
 *
 * <p>The namespace's network: 192.0.2.10 (v4only), 192.0.2.20 (dual) and 192.0.2.33 (one of
 * multi's) on {@code lo}, where a Netty server listens on every address; the rest of 192.0.2.0/24
 * routed to {@code lo} as well, where a packet for an address the namespace does not own is
 * dropped; 2001:db8::1/64 on one end of a veth pair, with a permanent neighbour entry for each of
 * the zones' IPv6 addresses (dual's, multi's), so that their SYNs leave for a peer that drops
 * them. Every address that does not answer thus never answers, as a host behind a firewall
 * that drops packets: a connect to it waits for its timeout. (A dummy interface would be simpler
 * but needs a kernel module that a container may lack.)
 *
 * <p>One shell command sets the network up, runs gai.c for the two names, then
 * {@link NettyNamespaceProbe} (one JVM, about 5 s with its three timeouts and delays); each
 * scenario is then its own test. Skipped without root, failed on CI ({@link NamespaceSupport}).
 */
class NettyNamespaceTest {
  private static final List<String> DEAD_IPV6 =
      List.of("2001:db8::20", "2001:db8::31", "2001:db8::32", "2001:db8::33", "2001:db8::34");
  private static final List<String> LIVE_IPV4 = List.of("192.0.2.10", "192.0.2.20", "192.0.2.33");
  /** The probe's scenarios, in the order it prints them. */
  private static final int SCENARIOS = 9;
  /**
   * RFC 6724's default precedences, and the lowest for 192.0.2.33, so that multi.example.test's
   * one live address sorts last (as a local address it would come first among IPv4): Happy
   * Eyeballs then walks the whole interleaved list, eight attempts, to reach it.
   */
  private static final String GAI_CONF = "precedence ::1/128 50\n"
      + "precedence ::/0 40\n"
      + "precedence ::ffff:0:0/96 35\n"
      + "precedence 2002::/16 30\n"
      + "precedence 2001::/32 5\n"
      + "precedence fc00::/7 3\n"
      + "precedence ::/96 1\n"
      + "precedence fec0::/10 1\n"
      + "precedence 3ffe::/16 1\n"
      + "precedence ::ffff:192.0.2.33/128 1\n";
  private static final Pattern ADDRESS = Pattern.compile("\"address\":\"([^\"]+)\"");

  @TestFactory
  Stream<DynamicTest> nettyClientsResolveAndConnectThroughAddrinfo() throws Exception {
    NamespaceSupport.assumeAvailable();
    GlibcNamespace.Output out = new GlibcNamespace(etc(), NamespaceDns.BIND)
        .run(List.of(new GlibcNamespace.Command(Map.of(), List.of("sh", "-c", script())))).get(0);
    String report = "exit status " + out.exitStatus() + ", stdout:\n" + out.stdout() + "stderr:\n" + out.stderr();
    Map<String, List<String>> sections = sections(out.stdout());
    List<String> probe = sections.getOrDefault("probe", List.of());
    // The measured timings, for the build log.
    probe.forEach(line -> System.out.println("NettyNamespaceProbe: " + line));
    List<String> glibcDual = glibcAddresses(sections.get("gai dual.example.test"));
    List<String> glibcMulti = glibcAddresses(sections.get("gai multi.example.test"));
    return Stream.of(
        dynamicTest("the probe ran every scenario", () -> {
          assertEquals(0, out.exitStatus(), report);
          assertEquals(SCENARIOS, probe.size(), report);
        }),
        dynamicTest("glibc puts dual.example.test's dead IPv6 address first", () ->
            assertEquals(List.of("2001:db8::20", "192.0.2.20"), glibcDual, report)),
        dynamicTest("resolveAll(dual.example.test) is glibc's list", () ->
            assertEquals(glibcDual, list(field(probe, "resolveAll host=dual.example.test", "addresses")), report)),
        dynamicTest("resolveAll(multi.example.test) is glibc's list, which gai.conf ends with 192.0.2.33", () -> {
          assertEquals(8, glibcMulti.size(), report);
          assertEquals("192.0.2.33", glibcMulti.get(7), report);
          assertEquals(glibcMulti, list(field(probe, "resolveAll host=multi.example.test", "addresses")), report);
        }),
        dynamicTest("resolve(dual.example.test) is glibc's first address", () ->
            assertEquals(glibcDual.get(0), normal(field(probe, "resolve host=dual.example.test", "address")), report)),
        dynamicTest("a Bootstrap with the group connects to v4only.example.test", () ->
            assertEquals("connected 192.0.2.10", field(probe, "bootstrap host=v4only.example.test", "outcome") + " "
                + normal(field(probe, "bootstrap host=v4only.example.test", "remote")), report)),
        dynamicTest("a Bootstrap with the group tries dual.example.test's first address only, and times out", () ->
            assertEquals("ConnectTimeoutException", field(probe, "bootstrap host=dual.example.test", "outcome"), report)),
        dynamicTest("a Bootstrap with the group fails on an unknown name with EAI_NONAME", () ->
            assertEquals("AddrInfoException:EAI_NONAME", field(probe, "bootstrap host=nosuch.example.test", "outcome"),
                report)),
        dynamicTest("Happy Eyeballs: dual.example.test connects over IPv4 one attempt delay after the dead IPv6", () ->
            checkRace(probe, "happyEyeballs host=dual.example.test", interleaved(glibcDual), 250, report)),
        dynamicTest("Happy Eyeballs: multi.example.test alternates families in glibc's order, 8 attempts to 192.0.2.33", () ->
            checkRace(probe, "happyEyeballs host=multi.example.test", interleaved(glibcMulti), 250, report)),
        dynamicTest("Sequential: dual.example.test connects over IPv4 after the IPv6 attempt's 1 s timeout", () ->
            checkRace(probe, "sequential host=dual.example.test", glibcDual, 1_000, report)));
  }

  /**
   * The attempts went to {@code order} up to its first live address, each at least
   * {@code spacingMillis} after connect() times its index, and that address connected, well
   * before the 20 s connect timeout of the dead ones.
   */
  private static void checkRace(List<String> probe, String prefix, List<String> order, long spacingMillis, String report) {
    int live = 0;
    while (!LIVE_IPV4.contains(order.get(live))) {
      live++;
    }
    List<String> attempts = list(field(probe, prefix, "attempts"));
    List<String> tried = attempts.stream().map(a -> normal(a.substring(0, a.indexOf('@')))).toList();
    assertEquals(order.subList(0, live + 1), tried, report);
    for (int i = 1; i < attempts.size(); i++) {
      long at = Long.parseLong(attempts.get(i).substring(attempts.get(i).indexOf('@') + 1));
      assertTrue(at >= spacingMillis * i, "attempt " + i + " at " + at + " ms, before " + spacingMillis * i + " ms\n" + report);
    }
    assertEquals("connected " + order.get(live), field(probe, prefix, "outcome") + " " + normal(field(probe, prefix, "remote")),
        report);
    long ms = Long.parseLong(field(probe, prefix, "ms"));
    assertTrue(ms < 10_000 + spacingMillis * live, ms + " ms\n" + report);
  }

  /** RFC 8305's order: families alternate, starting with the first address's, each in list order. */
  private static List<String> interleaved(List<String> sorted) {
    List<String> v6 = sorted.stream().filter(a -> a.contains(":")).toList();
    List<String> v4 = sorted.stream().filter(a -> !a.contains(":")).toList();
    boolean sixFirst = sorted.get(0).contains(":");
    List<String> first = sixFirst ? v6 : v4;
    List<String> second = sixFirst ? v4 : v6;
    List<String> order = new ArrayList<>();
    for (int i = 0; i < Math.max(first.size(), second.size()); i++) {
      if (i < first.size()) {
        order.add(first.get(i));
      }
      if (i < second.size()) {
        order.add(second.get(i));
      }
    }
    return order;
  }

  private static EtcFiles etc() {
    return new EtcFiles(Map.of(
        "hosts", "127.0.0.1 localhost\n::1 localhost\n",
        "host.conf", "multi on\n",
        "resolv.conf", "nameserver 127.0.0.1\noptions timeout:5 attempts:2\n",
        "nsswitch.conf", "hosts: files dns\n",
        "gai.conf", GAI_CONF,
        "services", "http 80/tcp www\n"));
  }

  private static String script() {
    StringBuilder sh = new StringBuilder("set -e\n")
        .append("ip link add v0 type veth peer name v1\n")
        .append("ip link set v0 up\nip link set v1 up\n")
        .append("ip addr add 2001:db8::1/64 dev v0 nodad\n");
    for (String a : DEAD_IPV6) {
      sh.append("ip -6 neigh replace ").append(a).append(" lladdr 02:00:00:00:00:01 dev v0 nud permanent\n");
    }
    sh.append("ip route add 192.0.2.0/24 dev lo\n");
    for (String a : LIVE_IPV4) {
      sh.append("ip addr add ").append(a).append("/32 dev lo\n");
    }
    String gai = ShellQuote.word(GaiProgram.binary().toString());
    sh.append("set +e\n")
        .append("echo '== gai dual.example.test'\n").append(gai).append(" --socktype=stream dual.example.test\n")
        .append("echo '== gai multi.example.test'\n").append(gai).append(" --socktype=stream multi.example.test\n")
        .append("echo '== probe'\n")
        .append("exec ").append(ShellQuote.words(List.of(ResolveJar.java(), "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), NettyNamespaceProbe.class.getName())))
        .append('\n');
    return sh.toString();
  }

  private static Map<String, List<String>> sections(String stdout) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : stdout.split("\n")) {
      if (line.startsWith("== ")) {
        current = new ArrayList<>();
        sections.put(line.substring(3), current);
      } else if (current != null && !line.isBlank()) {
        current.add(line);
      }
    }
    return sections;
  }

  private static List<String> glibcAddresses(List<String> lines) {
    List<String> addresses = new ArrayList<>();
    for (String line : lines == null ? List.<String>of() : lines) {
      Matcher m = ADDRESS.matcher(line);
      if (m.find()) {
        addresses.add(normal(m.group(1)));
      }
    }
    return addresses;
  }

  /** The value of {@code key} on the probe's line that starts with {@code prefix}. */
  private static String field(List<String> probe, String prefix, String key) {
    String line = probe.stream().filter(l -> l.startsWith(prefix + " ")).findFirst()
        .orElseThrow(() -> new AssertionError("the probe printed no line for " + prefix + ": " + probe));
    for (String word : line.split(" ")) {
      if (word.startsWith(key + "=")) {
        return word.substring(key.length() + 1);
      }
    }
    throw new AssertionError("no " + key + " on: " + line);
  }

  private static List<String> list(String commaSeparated) {
    return commaSeparated.isEmpty() ? List.of()
        : Stream.of(commaSeparated.split(",")).map(a -> a.contains("@") ? a : normal(a)).toList();
  }

  /** An address literal in one spelling (RFC 5952's): 2001:db8::20, never 2001:db8:0:0:0:0:0:20. */
  private static String normal(String literal) {
    try {
      return NetUtil.toAddressString(InetAddress.getByName(literal));
    } catch (UnknownHostException e) {
      throw new AssertionError("not an address literal: " + literal, e);
    }
  }
}
