package dev.addrinfo.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.addrinfo.services.internal.ServicesTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundledServicesTest {
  /** MD5 of Debian 12's /etc/services (netbase 6.4), whose entries the bundled table holds. */
  private static final String NETBASE_6_4_MD5 = "3975f0d8c4e1ecb25f035edfb1ba27ac";

  /**
   * SHA-256 of those entries, each as {@link ServiceEntry#toString()} and a newline, in file order:
   * the table holds exactly them, without this repository holding that file.
   */
  private static final String NETBASE_6_4_ENTRIES_SHA256 =
      "6f0245ec07ee44121da697ff6147af489a89a6c0c48375b987e43e1ea9188d55";

  private static String resourceText() throws IOException {
    try (InputStream in = ServicesTable.class.getResourceAsStream(ServicesTable.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String hex(String algorithm, byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
  }

  private static String lines(List<ServiceEntry> entries) {
    StringBuilder sb = new StringBuilder();
    for (ServiceEntry entry : entries) {
      sb.append(entry).append('\n');
    }
    return sb.toString();
  }

  @Test
  void bundledTableReadsWithoutAnyProblem() {
    assertEquals(318, ServicesDb.bundled().entries().size());
  }

  @Test
  void bundledTableIsTheFactsOnlyOneEntryPerRowUnderAHeader() throws IOException {
    String text = resourceText();
    assertTrue(text.startsWith("name\tport\tprotocol\taliases\n"), "header first");
    assertTrue(text.indexOf('#') < 0, "no comments");
    assertEquals(319, text.split("\n").length, "header and one row per entry");
  }

  @Test
  void bundledTableHoldsNetbase64sEntriesInTheirOrder() throws NoSuchAlgorithmException {
    String entries = lines(ServicesDb.bundled().entries());
    assertEquals(NETBASE_6_4_ENTRIES_SHA256, hex("SHA-256", entries.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void bundledTableEqualsThisMachinesEtcServicesWhereThatIsNetbase64() throws Exception {
    Path etc = Path.of("/etc/services");
    assumeTrue(Files.isReadable(etc) && hex("MD5", Files.readAllBytes(etc)).equals(NETBASE_6_4_MD5),
        "/etc/services is not netbase 6.4's");
    List<LineProblem> problems = new ArrayList<>();
    ServicesDb system = ServicesDb.parse(etc, problems::add);
    assertEquals(List.of(), problems);
    assertEquals(system.entries(), ServicesDb.bundled().entries());
  }

  @Test
  void bundledTableAnswersTheCommonServices() {
    ServicesDb db = ServicesDb.bundled();
    assertEquals(25, db.byName("smtp", "tcp").orElseThrow().port());
    assertEquals(53, db.byName("domain", "udp").orElseThrow().port());
    assertEquals(443, db.byName("https", "tcp").orElseThrow().port());
    assertEquals("smtp", db.byName("mail", "tcp").orElseThrow().name());
    assertEquals("domain", db.byPort(53, "udp").orElseThrow().name());
    assertEquals(List.of("tcp", "udp"), db.protocolsFor("domain"));
    assertEquals(List.of("sink", "null"), db.byName("discard", "udp").orElseThrow().aliases());
  }

  @Test
  void bundledTableKeepsTheFirstEntryForAPortAcrossProtocols() {
    // ftp 21/tcp comes before fsp 21/udp: a look-up of port 21 with no protocol answers ftp.
    assertEquals("ftp", ServicesDb.bundled().byPort(21, null).orElseThrow().name());
    assertEquals("fsp", ServicesDb.bundled().byPort(21, "udp").orElseThrow().name());
  }

  @Test
  void bundledTableIsParsedOnceAndShared() {
    assertSame(ServicesDb.bundled(), ServicesDb.bundled());
  }
}
