package dev.addrinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The built resolve.jar against a real BIND (see Zones.md): {@code resolve query} prints exactly
 * what {@code dig +noall +answer} prints for the same question to the same server, and the
 * lookup's DNS options (--nameserver, --resolv-conf, --trace) reach the real resolver. Needs
 * {@code dig} (bind9-dnsutils), as the glibc comparison does.
 */
class ResolveCommandAgainstBindTest {
  @RegisterExtension
  static final BindExtension BIND = new BindExtension();

  @TempDir
  static Path etc;

  private static Path dig;

  @BeforeAll
  static void files() throws Exception {
    dig = NamespaceSupport.onPath("dig");
    if (dig == null) {
      throw new IllegalStateException("dig is needed: install it with 'apt-get install -y bind9-dnsutils'");
    }
    Files.writeString(etc.resolve("resolv.conf"), "search example.test sub.example.test\noptions timeout:2 attempts:2\n");
    Files.writeString(etc.resolve("hosts"), "");
    Files.writeString(etc.resolve("nsswitch.conf"), "hosts: dns\n");
    Files.writeString(etc.resolve("gai.conf"), "");
    Files.writeString(etc.resolve("services"), "http 80/tcp\n");
  }

  private static String server() {
    return "127.0.0.1:" + BIND.address().getPort();
  }

  /** resolve with this test's files and BIND as its name server, then {@code args}. */
  private static BuiltResolve.Run resolve(String... args) {
    List<String> all = new ArrayList<>(List.of("--resolv-conf=" + etc.resolve("resolv.conf"),
        "--hosts=" + etc.resolve("hosts"), "--nsswitch-conf=" + etc.resolve("nsswitch.conf"),
        "--gai-conf=" + etc.resolve("gai.conf"), "--services=" + etc.resolve("services"), "--nameserver=" + server()));
    all.addAll(List.of(args));
    return BuiltResolve.run(BuiltResolve.command(all.toArray(new String[0])));
  }

  /** resolve query with this test's resolv.conf and BIND as its name server (query reads no other file). */
  private static BuiltResolve.Run query(String name, String type) {
    return BuiltResolve.run(BuiltResolve.command("query", "--resolv-conf=" + etc.resolve("resolv.conf"),
        "--nameserver=" + server(), name, type));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "example.test, SOA",
      "dual.example.test, A",
      "dual.example.test, AAAA",
      "multi.example.test, AAAA",
      "chain5.example.test, A",
      "chain2.example.test, CNAME",
      "lower.example.test, A",
      "UPPER.example.test, A",
      "MiXeDcAsE.example.test, AAAA",
      "1.2.0.192.in-addr.arpa, PTR",
      "80.2.0.192.in-addr.arpa, PTR",
      "0.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa, PTR",
      "v4only.example.test, AAAA",
      "big40.example.test, A",
      "big100.example.test, AAAA",
      "gatech.edu, A"})
  void queryPrintsWhatDigPrints(String name, String type) {
    BuiltResolve.Run dug = BuiltResolve.run(List.of(dig.toString(), "+noall", "+answer", "@127.0.0.1", "-p",
        Integer.toString(BIND.address().getPort()), name, type));
    assertEquals(0, dug.exit(), dug::toString);
    BuiltResolve.Run ours = query(name, type);
    assertEquals(0, ours.exit(), ours::toString);
    assertEquals(dug.out(), ours.out());
    assertEquals("", ours.err());
  }

  @Test
  void queryOfAMissingNameIsNxdomainWhereDigPrintsNoRecord() {
    BuiltResolve.Run dug = BuiltResolve.run(List.of(dig.toString(), "+noall", "+answer", "@127.0.0.1", "-p",
        Integer.toString(BIND.address().getPort()), "nosuch.example.test", "A"));
    BuiltResolve.Run ours = query("nosuch.example.test", "A");
    assertEquals(dug.out(), ours.out());
    assertEquals(2, ours.exit());
    assertEquals("resolve: nosuch.example.test. A: NXDOMAIN from " + server() + "\n", ours.err());
  }

  @Test
  void theLookupUsesTheNameserverAndResolvConfsSearchList() {
    BuiltResolve.Run run = resolve("--family=inet", "--socktype=stream", "--canonname", "chain2", "http");
    assertEquals(0, run.exit(), run::toString);
    assertEquals(""
        + "FAMILY   SOCKTYPE     PROTOCOL  ADDRESS     PORT  CANONNAME\n"
        + "AF_INET  SOCK_STREAM  tcp       192.0.2.20  80    dual.example.test\n", run.out());
  }

  @Test
  void reverseAsksBindForThePtr() {
    BuiltResolve.Run run = resolve("reverse", "--numeric-serv", "192.0.2.20", "80");
    assertEquals(0, run.exit(), run::toString);
    assertEquals("HOST               SERVICE\ndual.example.test  80\n", run.out());
  }

  @Test
  void traceShowsEveryExchangeWithBind() {
    BuiltResolve.Run run = resolve("--trace", "--family=inet6", "v6only.example.test");
    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.err().matches(";; " + server().replace(".", "\\.") + " udp id=[0-9]+ v6only\\.example\\.test\\. AAAA "
        + "NOERROR answers=1 rtt=[0-9]+\\.[0-9]{3}ms ok\n"), run::toString);
  }
}
