package dev.addrinfo.jdk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.Resolver;
import dev.addrinfo.jdk.user.ResolveMain;
import java.io.File;
import java.net.spi.InetAddressResolver.LookupPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar on the module path: the JDK finds the provider through the module descriptor's
 * {@code provides} (the jar's META-INF/versions/21/module-info.class), with the library's modules
 * and Netty's beside it, and a program on the class path that knows nothing of addrinfo resolves
 * through it. Runs after packaging ({@code resolver-jdk.jar} names the jar).
 */
@ExtendWith(ProviderBind.class)
class ProviderModulePathIT {

  @TempDir
  Path dir;

  @Test
  void onTheModulePathTheJdkFindsTheProviderThroughItsModuleDescriptor() throws Exception {
    ProviderBind.Setup setup = ProviderBind.current();
    String expected;
    try (Resolver addrinfo = setup.newResolver()) {
      expected = Expected.byName(addrinfo, "dual.example.test",
          LookupPolicy.IPV4 | LookupPolicy.IPV6 | LookupPolicy.IPV4_FIRST).addresses().toString();
    }
    List<String> options = new ArrayList<>(List.of("--module-path", modulePath(),
        "--add-modules", "dev.addrinfo.jdk", "-cp", testClasses()));
    options.addAll(setup.properties());

    String out = ChildJvm.run(dir, options, List.of("dual.example.test"));

    assertTrue(out.contains("provider addrinfo from module dev.addrinfo.jdk\n"), out);
    assertTrue(out.contains("resolved dual.example.test " + expected), out);
  }

  /** The jar, and the library's and Netty's modules as the build put them on this test's class path. */
  private static String modulePath() {
    Path jar = Path.of(System.getProperty("resolver-jdk.jar", "(resolver-jdk.jar is not set: run with mvn verify)"));
    assertTrue(Files.isRegularFile(jar), "the built jar is missing: " + jar);
    String libraries = Arrays.stream(ChildJvm.classPath().split(File.pathSeparator))
        .filter(e -> !e.contains("test-classes") && !e.endsWith("-tests.jar"))
        .filter(e -> e.matches(".*(services-db|resolver-core|resolver-netty)[/-].*") || e.contains("/io/netty/"))
        .collect(Collectors.joining(File.pathSeparator));
    return jar + File.pathSeparator + libraries;
  }

  /** Only ResolveMain's directory: the provider must come from the module, not from target/classes. */
  private static String testClasses() throws Exception {
    return Path.of(ResolveMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
