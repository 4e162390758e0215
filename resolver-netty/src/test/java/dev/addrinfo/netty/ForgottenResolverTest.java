package dev.addrinfo.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.testing.dnsserver.ScriptedDnsServer;
import dev.addrinfo.testing.dnsserver.WireBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A JVM whose code never closes its {@link dev.addrinfo.Resolver} still exits when main returns:
 * the transport's only thread is a daemon named {@code addrinfo-dns-...}, idle or with a lookup
 * still waiting for its server. Runs {@link ForgottenResolverMain} in a child JVM on this test's
 * class path; about a second each, most of it the JVM starting.
 */
class ForgottenResolverTest {
  /** Far more than a JVM needs to start, resolve and exit, even on a busy machine. */
  private static final long EXIT_SECONDS = 60;

  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"idle", "leave-one-waiting"})
  void aJvmThatForgetsToCloseItsResolverExitsWhenMainReturns(String mode) throws Exception {
    // www.example.test is 192.0.2.1; pending.example.test is never answered.
    try (ScriptedDnsServer dns = ScriptedDnsServer.start((r, out) -> {
      if (!r.name().startsWith("pending")) {
        out.reply(WireBuilder.response(r.id()).question(r.name(), r.type()).a(r.name(), 300, "192.0.2.1").bytes());
      }
    })) {
      new TestEtc(dir).resolvConf("options timeout:30 attempts:5\n").files();
      Path out = dir.resolve("out.txt");
      Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), ForgottenResolverMain.class.getName(),
          String.valueOf(dns.address().getPort()), dir.toString(), "www.example.test", mode)
          .redirectErrorStream(true).redirectOutput(out.toFile()).start();
      boolean exited = child.waitFor(EXIT_SECONDS, TimeUnit.SECONDS);
      long exitedAt = System.currentTimeMillis();
      if (!exited) {
        child.destroyForcibly();
      }
      String output = Files.readString(out, StandardCharsets.UTF_8);
      assertTrue(exited, "the JVM still runs " + EXIT_SECONDS + " s later:\n" + output);
      assertEquals(0, child.exitValue(), output);
      assertTrue(output.contains("resolved [192.0.2.1]"), output);
      assertTrue(output.lines().anyMatch(l -> l.matches("thread addrinfo-dns-[0-9-]+ daemon")), output);
      List<String> userThreads = output.lines().filter(l -> l.startsWith("thread ") && l.endsWith(" user")).toList();
      assertEquals(List.of("thread main user"), userThreads, output);
      long returnedAt = output.lines().filter(l -> l.startsWith("main returns at "))
          .mapToLong(l -> Long.parseLong(l.substring("main returns at ".length()))).findFirst().orElseThrow();
      System.out.printf("Forgotten resolver (%s): the JVM exited %d ms after main returned%n", mode,
          exitedAt - returnedAt);
    }
  }
}
