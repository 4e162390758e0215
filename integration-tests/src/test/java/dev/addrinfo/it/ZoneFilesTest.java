package dev.addrinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every zone file passes named-checkzone, and a local named starts and serves them. */
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
  void localNamedStartsAndAnswersForTheProbeZone() throws Exception {
    // start() waits for an answer up to BindServer.READY_TIMEOUT and fails with named's log if none comes.
    try (LocalNamed named = LocalNamed.start()) {
      DnsProbe.Answer soa = DnsProbe.query(named.address(), Zones.PROBE_ZONE, DnsProbe.TYPE_SOA, 5000);
      assertEquals(0, soa.rcode());
      assertEquals(1, soa.answerCount());
    }
  }
}
