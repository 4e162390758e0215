package dev.addrinfo.bench;

import dev.addrinfo.SystemFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary directory holding the files an addrinfo resolver reads, so that a benchmark never
 * depends on this machine's /etc: the given hosts text, {@code hosts: files dns}, Debian's host.conf
 * ({@code multi on}), and a resolv.conf whose server the benchmark overrides. gai.conf and services
 * are absent (glibc's defaults).
 */
final class BenchFiles implements AutoCloseable {
  private final Path dir;

  BenchFiles(String hosts) {
    try {
      dir = Files.createTempDirectory("addrinfo-bench-");
      Files.writeString(dir.resolve("hosts"), hosts);
      Files.writeString(dir.resolve("nsswitch.conf"), "hosts: files dns\n");
      // Debian's host.conf: without "multi on" glibc returns only the first hosts-file match.
      Files.writeString(dir.resolve("host.conf"), "multi on\n");
      Files.writeString(dir.resolve("resolv.conf"), "nameserver 127.0.0.1\noptions ndots:1\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the benchmark's configuration files", e);
    }
  }

  SystemFiles files() {
    return new SystemFiles(dir.resolve("hosts"), dir.resolve("host.conf"), dir.resolve("resolv.conf"),
        dir.resolve("nsswitch.conf"), dir.resolve("gai.conf"), dir.resolve("services"));
  }

  @Override
  public void close() {
    deleteTree(dir);
  }

  static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary directory is harmless
    }
  }
}
