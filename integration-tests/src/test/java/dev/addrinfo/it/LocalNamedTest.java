package dev.addrinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the local named binary is found, and what a machine without one is told. */
class LocalNamedTest {

  @Test
  void missingNamedFailsWithTheInstallCommand(@TempDir Path empty) {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> LocalNamed.executable(empty.toString(), List.of(empty)));
    assertTrue(e.getMessage().contains("'named' was not found"), e.getMessage());
    assertTrue(e.getMessage().contains("apt-get install -y bind9 bind9-dnsutils"), e.getMessage());
  }

  @Test
  void pathComesBeforeTheSbinDirectories(@TempDir Path dir) throws Exception {
    Path onPath = Files.createDirectories(dir.resolve("bin")).resolve("named");
    Path inSbin = Files.createDirectories(dir.resolve("sbin")).resolve("named");
    for (Path p : List.of(onPath, inSbin)) {
      Files.createFile(p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
    assertEquals(onPath, LocalNamed.executable(dir.resolve("bin") + ":", List.of(dir.resolve("sbin"))));
    assertEquals(inSbin, LocalNamed.executable("", List.of(dir.resolve("sbin"))));
  }
}
