package dev.addrinfo.testing.support;

import dev.addrinfo.SystemFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A private copy of the files glibc reads, in a directory of the test's (a JUnit {@code @TempDir}):
 * each file exists only once written, and a file never written means what a missing file means to
 * glibc. Text is written as given, in UTF-8, with no newline added.
 */
public final class EtcFiles {
  private final Path dir;

  private EtcFiles(Path dir) {
    this.dir = dir;
  }

  public static EtcFiles in(Path dir) {
    return new EtcFiles(dir);
  }

  public EtcFiles resolvConf(String text) {
    return write("resolv.conf", text.getBytes(StandardCharsets.UTF_8));
  }

  public EtcFiles hosts(String text) {
    return write("hosts", text.getBytes(StandardCharsets.UTF_8));
  }

  public EtcFiles hostConf(String text) {
    return write("host.conf", text.getBytes(StandardCharsets.UTF_8));
  }

  public EtcFiles nsswitchConf(String text) {
    return write("nsswitch.conf", text.getBytes(StandardCharsets.UTF_8));
  }

  public EtcFiles gaiConf(String text) {
    return write("gai.conf", text.getBytes(StandardCharsets.UTF_8));
  }

  public EtcFiles services(String text) {
    return write("services", text.getBytes(StandardCharsets.UTF_8));
  }

  /** Any of the files, byte for byte (a byte-order mark, bytes that are not UTF-8). */
  public EtcFiles write(String name, byte[] content) {
    try {
      Files.write(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public Path path(String name) {
    return dir.resolve(name);
  }

  public SystemFiles files() {
    return new SystemFiles(dir.resolve("hosts"), dir.resolve("host.conf"), dir.resolve("resolv.conf"),
        dir.resolve("nsswitch.conf"), dir.resolve("gai.conf"), dir.resolve("services"));
  }
}
