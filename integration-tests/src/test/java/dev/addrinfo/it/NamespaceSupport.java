package dev.addrinfo.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Decides whether the glibc comparison can run here: it needs root (for mount and network
 * namespaces) and {@code unshare}. Where they are missing the tests are skipped, except on CI
 * ({@code CI=true}), where a skip would hide that the comparison never ran, so they fail.
 */
public final class NamespaceSupport {

  private NamespaceSupport() {}

  public static void assumeAvailable() {
    String missing = missing();
    if (missing == null) {
      return;
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError("the glibc comparison cannot run on CI: " + missing);
    }
    assumeTrue(false, "glibc comparison skipped: " + missing);
  }

  private static String missing() {
    if (!isRoot()) {
      return "not running as root (needed for unshare -m -n and bind mounts)";
    }
    if (onPath("unshare") == null) {
      return "unshare (util-linux) is not installed";
    }
    return null;
  }

  private static boolean isRoot() {
    try {
      return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    } catch (java.io.IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  static Path onPath(String program) {
    return Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(":")),
            Stream.of("/usr/sbin", "/sbin", "/usr/bin", "/bin"))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, program))
        .filter(Files::isExecutable)
        .findFirst()
        .orElse(null);
  }
}
