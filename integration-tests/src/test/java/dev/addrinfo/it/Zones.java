package dev.addrinfo.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The project's test zones (in {@code src/test/resources/bind/}, described in {@code Zones.md}):
 * which origin each file holds, and a way to copy them out of the class path into a directory that
 * a {@code named} (local, in a container, or inside a namespace) can read.
 */
public final class Zones {

  /** One zone: its origin (without the trailing dot, except the root) and its file name. */
  public record Zone(String origin, String file) {}

  public static final List<Zone> ALL = List.of(
      new Zone(".", "root.zone"),
      new Zone("example.test", "example.test.zone"),
      new Zone("sub.example.test", "sub.example.test.zone"),
      new Zone("gatech.edu", "gatech.edu.zone"),
      new Zone("2.0.192.in-addr.arpa", "2.0.192.in-addr.arpa.zone"),
      new Zone("0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa", "0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa.zone"));

  /** The zone every readiness probe asks for (its SOA). */
  public static final String PROBE_ZONE = "example.test";

  private Zones() {}

  /** Copies every zone file into {@code dir} (created if needed) and returns {@code dir}. */
  public static Path copyTo(Path dir) {
    try {
      Files.createDirectories(dir);
      for (Zone zone : ALL) {
        try (InputStream in = resource("bind/" + zone.file())) {
          Files.copy(in, dir.resolve(zone.file()));
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the test zones to " + dir, e);
    }
  }

  static InputStream resource(String name) {
    InputStream in = Zones.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("test resource " + name + " is missing from the class path");
    }
    return in;
  }
}
