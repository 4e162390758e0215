package dev.addrinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code resolve --format=getent} with getent's flags prints exactly the lines of this machine's
 * {@code getent ahosts}, {@code ahostsv4} and {@code ahostsv6}, with the same exit status, in one
 * namespace with compare/dns-etc's files and BIND on 127.0.0.1:53. getent asks with AI_CANONNAME,
 * AI_ADDRCONFIG and AI_V4MAPPED, and AF_INET or AF_INET6 for the v4 and v6 forms. One test per case.
 */
class GetentFormatComparisonTest {
  private static final List<String> NAMES = List.of("localhost", "dual.example.test", "multi.example.test",
      "v4only.example.test", "v6only.example.test", "chain2.example.test", "mixed.example.test", "www.deep",
      "nosuch.example.test", "127.0.0.1", "::1", "::ffff:192.0.2.1", "fe80::1%lo", "fe80::1%7");

  private static final Map<String, List<String>> FORMS = Map.of(
      "ahosts", List.of(),
      "ahostsv4", List.of("--family=inet"),
      "ahostsv6", List.of("--family=inet6"));

  @TestFactory
  Stream<DynamicTest> getentFormatMatchesGetent() {
    NamespaceSupport.assumeAvailable();
    List<String> labels = new ArrayList<>();
    List<GlibcNamespace.Command> commands = new ArrayList<>();
    for (String form : List.of("ahosts", "ahostsv4", "ahostsv6")) {
      for (String name : NAMES) {
        labels.add("getent " + form + " " + name);
        commands.add(new GlibcNamespace.Command(Map.of(), List.of("getent", form, name)));
        List<String> args = new ArrayList<>(List.of("--format=getent", "--canonname", "--addrconfig", "--v4mapped"));
        args.addAll(FORMS.get(form));
        args.add(name);
        commands.add(new GlibcNamespace.Command(Map.of(), BuiltResolve.command(args.toArray(new String[0]))));
      }
    }
    List<GlibcNamespace.Output> outputs =
        new GlibcNamespace(EtcFiles.fromResources("compare/dns-etc"), true).run(commands);
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      GlibcNamespace.Output getent = outputs.get(2 * i);
      GlibcNamespace.Output ours = outputs.get(2 * i + 1);
      tests.add(DynamicTest.dynamicTest(labels.get(i), () -> {
        assertEquals(getent.stdout(), ours.stdout(), () -> "stderr: " + ours.stderr());
        assertEquals(getent.exitStatus(), ours.exitStatus(), () -> "stderr: " + ours.stderr());
      }));
    }
    return tests.stream();
  }
}
