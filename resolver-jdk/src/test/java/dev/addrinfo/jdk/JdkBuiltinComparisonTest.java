package dev.addrinfo.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.it.EtcFiles;
import dev.addrinfo.it.GlibcNamespace;
import dev.addrinfo.it.NamespaceSupport;
import dev.addrinfo.jdk.user.ResolveMain;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The provider against the JDK's own built-in resolver, which calls this machine's glibc: in a
 * private namespace with BIND on 127.0.0.1:53 and the files of {@code compare/dns-etc} as /etc
 * (see integration-tests), the same program ({@link ResolveMain}) runs in a JVM without the
 * provider and in one with it, under each lookup policy the JDK derives from its system
 * properties, and every line must be the same: the addresses, their order and the names they
 * carry, the name {@code getHostName()} gives, and for a failure the error (gai_strerror's text,
 * which the JDK puts in its message). Needs root, as the glibc comparisons do.
 */
class JdkBuiltinComparisonTest {

  /** A JVM set-up: a lookup policy (from the JDK's system properties), and a locale for the names. */
  private record Variant(String name, Map<String, String> env, List<String> flags) {}

  private static final List<Variant> VARIANTS = List.of(
      new Variant("default (IPV4_FIRST)", Map.of(), List.of()),
      new Variant("preferIPv6Addresses=true", Map.of(), List.of("-Djava.net.preferIPv6Addresses=true")),
      new Variant("preferIPv6Addresses=system", Map.of(), List.of("-Djava.net.preferIPv6Addresses=system")),
      new Variant("preferIPv4Stack=true", Map.of(), List.of("-Djava.net.preferIPv4Stack=true")),
      // The JDK hands glibc a name in the locale's encoding: UTF-8 here, '?' for non-ASCII in C.
      new Variant("default, LC_ALL=C.UTF-8", Map.of("LC_ALL", "C.UTF-8"), List.of()));

  private static final List<String> CASES = List.of(
      "dual.example.test", "v4only.example.test", "v6only.example.test", "multi.example.test",
      "mixed.example.test", "chain2.example.test", "chain5.example.test", "to-v6only.example.test",
      "UPPER.example.test", "lower.example.test", "MiXeDcAsE.example.test", "dual.example.test.",
      "big40.example.test", "big100.example.test", "gatech.edu", "xn--bcher-kva.example.test",
      "dual", "both-zones", "host", "onlysub", "www.deep",
      "localhost", "ip6-localhost", "ip6-loopback", "LocalHost",
      "nosuch.example.test", "nosuch", "txtonly", "mxonly.example.test", "dangling.example.test",
      "loop-a.example.test", "deep.example.test", "to-other-zone.example.test", "a..b.example.test",
      // not asked with AI_IDN by the JDK: the name goes to DNS as it is, in the locale's encoding
      "b\u00fccher.example.test", "b\u00fccher", "stra\u00dfe.example.test",
      "reverse:192.0.2.1", "reverse:192.0.2.10", "reverse:192.0.2.20", "reverse:192.0.2.31",
      "reverse:192.0.2.60", "reverse:192.0.2.70", "reverse:192.0.2.80", "reverse:192.0.2.99",
      "reverse:192.0.2.150", "reverse:192.0.2.158", "reverse:192.0.2.222", "reverse:2001:db8::10",
      "reverse:2001:db8::71", "reverse:2001:db8:0:1::7", "reverse:2001:db8::99", "reverse:127.0.0.1",
      "reverse:::1");

  @TestFactory
  Stream<DynamicNode> everyLineIsTheBuiltinResolversUnderEachPolicy() {
    NamespaceSupport.assumeAvailable();
    List<GlibcNamespace.Command> commands = new ArrayList<>();
    for (Variant v : VARIANTS) {
      commands.add(command(v, testClasses(), "-Djdk.includeInExceptions=hostInfo"));
      commands.add(command(v, classPath()));
    }
    List<GlibcNamespace.Output> outputs =
        new GlibcNamespace(EtcFiles.fromResources("compare/dns-etc"), true).run(commands);

    List<DynamicNode> policies = new ArrayList<>();
    int i = 0;
    for (Variant v : VARIANTS) {
      GlibcNamespace.Output builtin = outputs.get(i++);
      GlibcNamespace.Output provider = outputs.get(i++);
      List<DynamicNode> tests = new ArrayList<>();
      tests.add(DynamicTest.dynamicTest("each JVM has the resolver it should", () -> {
        assertEquals(0, builtin.exitStatus(), builtin.stderr());
        assertEquals(0, provider.exitStatus(), provider.stderr());
        assertTrue(builtin.stdout().startsWith("provider none\n"), builtin.stdout());
        assertTrue(provider.stdout().startsWith("provider addrinfo from the class path\n"), provider.stdout());
      }));
      Map<String, String> expected = lines(builtin.stdout());
      Map<String, String> actual = lines(provider.stdout());
      for (String c : CASES) {
        tests.add(DynamicTest.dynamicTest(c, () -> assertEquals(expected.get(c), actual.get(c))));
      }
      policies.add(DynamicContainer.dynamicContainer(v.name(), tests));
    }
    return policies.stream();
  }

  private static GlibcNamespace.Command command(Variant variant, String classPath, String... more) {
    List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    argv.addAll(variant.flags());
    argv.addAll(List.of(more));
    argv.addAll(List.of("-cp", classPath, ResolveMain.class.getName()));
    argv.addAll(CASES);
    return new GlibcNamespace.Command(variant.env(), argv);
  }

  /** Each case's line, a failure reduced to gai_strerror's text (how the two JDKs word it differs). */
  private static Map<String, String> lines(String stdout) {
    Map<String, String> lines = new LinkedHashMap<>();
    for (String line : stdout.split("\n")) {
      String[] words = line.split(" ", 3);
      if (words.length == 3 && List.of("resolved", "failed", "name").contains(words[0])) {
        String key = words[0].equals("name") ? "reverse:" + words[1] : words[1];
        lines.put(key, words[0] + " " + words[1] + " " + failure(words[1], words[2]));
      }
    }
    return lines;
  }

  private static String failure(String host, String text) {
    String builtin = "java.net.UnknownHostException: " + host + ": ";
    if (text.startsWith(builtin)) {
      return "(" + text.substring(builtin.length()) + ")";
    }
    if (text.startsWith("dev.addrinfo.AddrInfoException: EAI_")) {
      String message = text.substring(text.indexOf(": ", text.indexOf("EAI_")) + 2);
      int detail = message.lastIndexOf(" (host '");
      return "(" + (detail < 0 ? message : message.substring(0, detail)) + ")";
    }
    return text;
  }

  /** Only this module's test classes: ResolveMain without the provider, so the JDK uses its own. */
  private static String testClasses() {
    try {
      return Path.of(ResolveMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String classPath() {
    // Surefire may start this JVM from a manifest-only jar; it names the real class path here.
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }
}
