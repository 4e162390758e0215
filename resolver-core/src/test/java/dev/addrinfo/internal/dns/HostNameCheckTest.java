package dev.addrinfo.internal.dns;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each case seen with glibc 2.36's getaddrinfo: EAI_NONAME at once for the invalid ones. */
class HostNameCheckTest {
  @ParameterizedTest
  @ValueSource(strings = {"a_b.test", "x-.test", "a.b.test.", ".", "x.", "9.test", "www"})
  void namesGlibcSendsToDnsAreValid(String name) {
    assertTrue(HostNameCheck.isValid(name), name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-x.test", "a*b.test", "a/b.test", "bad name.test", "a..b.example", ".leading.test",
      "a..", "..", "\u00e9.test", "a\\.b.test"})
  void namesGlibcRefusesToSendAreInvalid(String name) {
    assertFalse(HostNameCheck.isValid(name), name);
  }

  @org.junit.jupiter.api.Test
  void labelsAndNamesHaveWireLengthLimits() {
    assertTrue(HostNameCheck.isValid("a".repeat(63) + ".test"));
    assertFalse(HostNameCheck.isValid("a".repeat(64) + ".test"));
    assertTrue(HostNameCheck.isValid("x.".repeat(126) + "t"));
    assertFalse(HostNameCheck.isValid("x.".repeat(127) + "t"));
  }
}
