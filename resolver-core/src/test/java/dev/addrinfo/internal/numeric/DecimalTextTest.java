package dev.addrinfo.internal.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three readings side by side; the parsers' own tests (GaiConfTest, ResolvConfParserTest,
 * ScopeIdTest) pin them against glibc 2.36 through the files and getaddrinfo.
 */
class DecimalTextTest {

  @ParameterizedTest(name = "strtoul(\"{0}\") up to 128 is {1}")
  @CsvSource({"'', 0", "96, 96", "+96, 96", "0096, 96", "-0, 0", "128, 128", "129, -1", "-1, -1",
      "+, -1", "-, -1", "9x, -1", "' 9', -1", "99999999999999999999999, -1"})
  void strtoulWholeTakesASignAndEmptyTextAsGaiConfDoes(String text, long expected) {
    assertEquals(expected, DecimalText.strtoulWhole(text, 128));
  }

  @ParameterizedTest(name = "\"{0}\" up to 4294967295 is {1}")
  @CsvSource({"7, 7", "007, 7", "4294967295, 4294967295", "04294967295, 4294967295", "4294967296, -1",
      "'', -1", "+7, -1", "-0, -1", "7x, -1", "lo, -1"})
  void digitsOnlyTakesNoSignAndNoEmptyText(String text, long expected) {
    assertEquals(expected, DecimalText.digitsOnly(text, 0xffff_ffffL));
  }

  @ParameterizedTest(name = "atoi(\"{0}\") is {1}")
  @CsvSource({"ndots:3, 3", "ndots:+3, 3", "ndots:-2, -2", "ndots:3x, 3", "ndots:x, 0", "ndots:, 0",
      "ndots:-, 0", "ndots:99999999999, 2147483647", "ndots:-99999999999, -2147483647"})
  void atoiReadsAPrefixAndStopsAtTheFirstOtherCharacter(String text, long expected) {
    assertEquals(expected, DecimalText.atoi(text, 6));
  }
}
