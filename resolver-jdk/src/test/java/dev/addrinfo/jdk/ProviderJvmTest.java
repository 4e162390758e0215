package dev.addrinfo.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.Resolver;
import java.io.IOException;
import java.net.InetAddress;
import java.net.spi.InetAddressResolver.LookupPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The provider as a user meets it: a JVM started with nothing but the jar on its class path and
 * system properties, running a program that knows nothing of addrinfo ({@link ResolveMain}). Such
 * a JVM must exit by itself when main returns (the provider's threads are daemons, and nobody
 * closes its resolver), and a bad setting must fail its lookups naming the property.
 */
@ExtendWith(ProviderBind.class)
class ProviderJvmTest {

  /** A JVM starts in a second or two here; this much only matters when one never exits. */
  private static final long EXIT_SECONDS = 120;

  @TempDir
  Path dir;

  @Test
  void aJvmThatResolvedThroughTheProviderExitsWhenMainReturns() throws Exception {
    ProviderBind.Setup setup = ProviderBind.current();
    String expected;
    try (Resolver addrinfo = setup.newResolver()) {
      expected = Expected.byName(addrinfo, "dual.example.test",
          LookupPolicy.IPV4 | LookupPolicy.IPV6 | LookupPolicy.IPV4_FIRST).addresses().toString();
    }

    String out = runToExit(setup.properties(), "dual.example.test");

    assertTrue(out.contains("resolved dual.example.test " + expected), out);
    assertTrue(out.contains("thread addrinfo-dns-") && out.contains("daemon=true"), out);
    assertFalse(out.contains("daemon=false"), out);
  }

  @Test
  void aNameServerThatIsNotAnAddressFailsEveryLookupNamingThePropertyAndTheValue() throws Exception {
    String out = runToExit(List.of("-D" + AddrInfoResolverProvider.NAMESERVER + "=ns.example.test"),
        "dual.example.test", "v4only.example.test");

    for (String host : List.of("dual.example.test", "v4only.example.test")) {
      assertTrue(out.contains("failed " + host + " java.lang.IllegalArgumentException: "
          + AddrInfoResolverProvider.NAMESERVER + ": not an IP address"), out);
    }
    assertTrue(out.contains("'ns.example.test'"), out);
  }

  @Test
  void theProvidersThreadsInThisJvmAreDaemons() throws Exception {
    InetAddress.getAllByName("v6only.example.test");
    List<Thread> threads = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("addrinfo")).toList();
    assertFalse(threads.isEmpty(), "the provider's lookup through DNS must have started its event loop");
    for (Thread t : threads) {
      assertTrue(t.isDaemon(), t + " must be a daemon thread");
    }
  }

  /** Runs {@link ResolveMain} in a JVM like this one and returns its output once it has exited. */
  private String runToExit(List<String> properties, String... hosts) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", classPath()));
    command.addAll(properties);
    command.add(ResolveMain.class.getName());
    command.addAll(List.of(hosts));
    Path log = dir.resolve("jvm.log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(EXIT_SECONDS, TimeUnit.SECONDS)) {
      String threads = threadDump(process);
      process.destroyForcibly().waitFor();
      throw new AssertionError("the JVM did not exit within " + EXIT_SECONDS + " s after main returned; output:\n"
          + Files.readString(log, StandardCharsets.UTF_8) + "\nits threads:\n" + threads);
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), out);
    return out;
  }

  private static String classPath() {
    // Surefire may start this JVM from a manifest-only jar; it names the real class path here.
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  private String threadDump(Process process) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Path dump = dir.resolve("threads.txt");
    Process p = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print")
        .redirectErrorStream(true).redirectOutput(dump.toFile()).start();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return "(jcmd did not answer)";
    }
    return Files.readString(dump, StandardCharsets.UTF_8);
  }
}
