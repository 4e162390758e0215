package dev.addrinfo.internal.idn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Idna.toUnicode against glibc 2.36's __idna_from_dns_encoding with libidn2 2.3.3, fallback included. */
class IdnaToUnicodeTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      xn--bcher-kva.example    | bücher.example
      XN--BCHER-KVA.example    | BüCHER.example
      xn--Bcher-kva.example    | Bücher.example
      xn--strae-oqa.example    | straße.example
      xn--tda.xn--tda          | ü.ü
      xn--ls8h                 | 💩
      xn--1ug                  | \u200d
      bücher.example           | bücher.example
      xn--zz.example           | xn--zz.example
      xn--a-.example           | xn--a-.example
      xn--.x                   | xn--.x
      xn--ab_-                 | xn--ab_-
      """)
  void decodesAsLibidn2OrKeepsTheName(String name, String expected) {
    assertEquals(expected.replace("\\u200d", "\u200d"), Idna.toUnicode(name));
  }

  @Test
  void emptyLabelsAndDotsAreKept() {
    assertEquals(".ü..ü.", Idna.toUnicode(".xn--tda..xn--tda."));
  }

  @Test
  void namesWithoutAceLabelsAreReturnedAsGiven() {
    String name = "www.example.test";
    assertSame(name, Idna.toUnicode(name));
  }

  @Test
  void aLabelOver63CodePointsKeepsTheWholeNameAscii() {
    String name = "xn--tda." + "é".repeat(64);
    assertEquals(name, Idna.toUnicode(name));
  }

  @Test
  void aDecodedSurrogateKeepsTheNameAscii() {
    // U+DC00 decodes (libidn2 refuses only high surrogates) but cannot be written as UTF-8
    String ace = "xn--" + punycodeOf(0xDC00);
    assertEquals(ace, Idna.toUnicode(ace));
  }

  private static String punycodeOf(int cp) {
    // one code point n at position 0: delta = (n - 128) encoded with the initial bias
    StringBuilder out = new StringBuilder();
    try {
      Punycode.encode(new int[] {cp}, out);
    } catch (IdnaFailure e) {
      throw new AssertionError(e);
    }
    return out.toString();
  }
}
