package dev.addrinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every zone file passes named-checkzone, and a local named starts fast enough for the suite. */
class ZoneFilesTest {

  @Test
  void everyZonePassesNamedCheckzone() throws Exception {
    Path dir = Zones.copyTo(Files.createTempDirectory("addrinfo-zones-"));
    try {
      StringBuilder failures = new StringBuilder();
      for (Zones.Zone zone : Zones.ALL) {
        Process check = new ProcessBuilder("named-checkzone", "-i", "full", zone.origin(),
            dir.resolve(zone.file()).toString()).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes());
        if (check.waitFor() != 0) {
          failures.append(zone.origin()).append(":\n").append(output);
        }
      }
      assertEquals("", failures.toString());
    } finally {
      LocalNamed.deleteTree(dir);
    }
  }

  @Test
  void localNamedAnswersWithinThreeSeconds() {
    long start = System.nanoTime();
    try (LocalNamed named = LocalNamed.start()) {
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      if (took.compareTo(Duration.ofSeconds(3)) > 0) {
        throw new AssertionError("named took " + took.toMillis() + " ms to answer");
      }
    }
  }
}
