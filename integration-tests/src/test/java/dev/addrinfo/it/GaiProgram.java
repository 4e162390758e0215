package dev.addrinfo.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compiles {@code glibc/gai.c} (the C twin of the {@code resolve} command, calling glibc's
 * getaddrinfo/getnameinfo) with gcc into a directory, once per JVM. About 100 ms.
 */
final class GaiProgram {

  private static Path binary;

  private GaiProgram() {}

  static synchronized Path binary() {
    if (binary == null) {
      binary = compile();
    }
    return binary;
  }

  private static Path compile() {
    try {
      Path dir = Files.createTempDirectory("addrinfo-gai-");
      Path source = dir.resolve("gai.c");
      try (InputStream in = Zones.resource("glibc/gai.c")) {
        Files.copy(in, source);
      }
      Path out = dir.resolve("gai");
      Process gcc = new ProcessBuilder("gcc", "-O1", "-Wall", "-o", out.toString(), source.toString())
          .redirectErrorStream(true).start();
      String log = new String(gcc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (gcc.waitFor() != 0) {
        throw new IllegalStateException("gcc could not compile gai.c:\n" + log);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> LocalNamed.deleteTree(dir)));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot compile gai.c (is gcc installed?)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while compiling gai.c", e);
    }
  }
}
