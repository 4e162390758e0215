package dev.addrinfo.internal.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.services.LineProblem;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * What every config-file fuzz target shares: the fuzzer's bytes read as the engine reads a file
 * (UTF-8, malformed sequences replaced), and a problem sink that checks each report names a line
 * of the file and says why. Parsers must never throw: every line glibc would skip is reported.
 */
public final class ConfigFuzzing {
  private ConfigFuzzing() {}

  public static String text(byte[] file) {
    return new String(file, StandardCharsets.UTF_8);
  }

  /** A sink that fails on a report with no reason or a line number outside the file. */
  public static Consumer<LineProblem> problems(String text) {
    // Every line terminator there could be: \n, \r, \r\n; one line more for the last.
    long lines = text.chars().filter(c -> c == '\n' || c == '\r').count() + 1;
    return p -> {
      assertNotNull(p.reason());
      assertFalse(p.reason().isEmpty(), p.toString());
      assertTrue(p.lineNumber() >= 1 && p.lineNumber() <= lines, p.toString());
    };
  }
}
