package dev.addrinfo.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundledServicesTest {
  private static String resourceText() throws IOException {
    try (InputStream in = ServicesDb.class.getResourceAsStream("services")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void bundledResourceParsesWithoutAnyProblem() throws IOException {
    List<LineProblem> problems = new ArrayList<>();
    ServicesDb db = ServicesDb.parse(resourceText(), "bundled", problems::add);
    assertEquals(List.of(), problems);
    assertTrue(db.entries().size() > 300, "netbase 6.4 has over 300 entries: " + db.entries().size());
  }

  @Test
  void bundledResourceNamesItsSourceAndVersion() throws IOException {
    String text = resourceText();
    assertTrue(text.startsWith("# Bundled services table"), "header first");
    assertTrue(text.contains("netbase package, version 6.4"), "source and version in the header");
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
  }

  @Test
  void bundledTableIsParsedOnceAndShared() {
    assertSame(ServicesDb.bundled(), ServicesDb.bundled());
  }
}
