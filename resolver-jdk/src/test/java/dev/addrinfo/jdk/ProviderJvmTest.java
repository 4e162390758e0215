package dev.addrinfo.jdk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.Resolver;
import dev.addrinfo.jdk.user.ResolveMain;
import java.io.IOException;
import java.net.InetAddress;
import java.net.spi.InetAddressResolver.LookupPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    assertTrue(out.contains("provider addrinfo from the class path\n"), out);
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

  private String runToExit(List<String> properties, String... hosts) throws IOException, InterruptedException {
    List<String> options = new ArrayList<>(List.of("-cp", ChildJvm.classPath()));
    options.addAll(properties);
    return ChildJvm.run(dir, options, List.of(hosts));
  }
}
