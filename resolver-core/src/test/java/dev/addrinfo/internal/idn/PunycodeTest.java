package dev.addrinfo.internal.idn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PunycodeTest {

  @ParameterizedTest(name = "{0} <-> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      bücher     | bcher-kva
      ü          | tda
      straße     | strae-oqa
      münchen    | mnchen-3ya
      他们为什么不说中文 | ihqwcrb4cv8a8dqg056pqjye
      """)
  void encodesAndDecodesRfc3492Examples(String unicode, String punycode) throws Exception {
    StringBuilder out = new StringBuilder();
    Punycode.encode(unicode.codePoints().toArray(), out);
    assertEquals(punycode, out.toString());
    assertArrayEquals(unicode.codePoints().toArray(), Punycode.decode(punycode, 0, punycode.length()));
  }

  @Test
  void refusesWhatLibidn2Refuses() {
    for (String bad : new String[] {"", "-abc", "abc-", "a b", "ü", "99999999999"}) {
      assertThrows(IdnaFailure.class, () -> Punycode.decode(bad, 0, bad.length()), bad);
    }
  }

  @Test
  void readsUnderscoreAsABasicCodePointAndAsTheDigitZero() throws Exception {
    // as libidn2 2.3.3 decodes "xn--a_-kva" and "xn--a_b" (checked with idn2_to_unicode_8z8z)
    assertArrayEquals(new int[] {'a', 0x178, '_'}, Punycode.decode("a_-kva", 0, 6));
    assertArrayEquals(new int[] {0x81, 0x80, 0x80}, Punycode.decode("a_b", 0, 3));
    assertArrayEquals(Punycode.decode("aab", 0, 3), Punycode.decode("a_b", 0, 3));
  }

  @Test
  void encodedLabelsStopAt59Characters() {
    int[] label = ("a".repeat(56) + "ü").codePoints().toArray();
    assertThrows(IdnaFailure.class, () -> Punycode.encode(label, new StringBuilder()));
  }
}
