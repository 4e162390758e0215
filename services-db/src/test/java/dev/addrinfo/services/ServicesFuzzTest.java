package dev.addrinfo.services;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * services as any bytes, read as the resolver reads the file (UTF-8): the parser never throws, every
 * problem names a line of the file, and every entry read is found again by its name, each alias and
 * its port under its protocol.
 */
class ServicesFuzzTest {
  @FuzzTest(maxDuration = "10s")
  void parse(byte[] file) {
    String text = new String(file, StandardCharsets.UTF_8);
    long lines = text.chars().filter(c -> c == '\n' || c == '\r').count() + 1;
    Consumer<LineProblem> problems = p -> {
      assertFalse(p.reason().isEmpty(), p.toString());
      assertTrue(p.lineNumber() >= 1 && p.lineNumber() <= lines, p.toString());
    };
    ServicesDb db = ServicesDb.parse(text, "services", problems);
    for (ServiceEntry e : db.entries()) {
      assertTrue(db.byName(e.name(), e.protocol()).isPresent(), e.toString());
      for (String alias : e.aliases()) {
        assertTrue(db.byName(alias, e.protocol()).isPresent(), e.toString());
      }
      assertTrue(db.byPort(e.port(), e.protocol()).isPresent(), e.toString());
      assertTrue(db.protocolsFor(e.name()).contains(e.protocol()), e.toString());
    }
  }
}
