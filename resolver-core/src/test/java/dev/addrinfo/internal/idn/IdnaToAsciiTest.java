package dev.addrinfo.internal.idn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.AddrInfoException;
import dev.addrinfo.EaiError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Idna.toAscii against what glibc 2.36 with libidn2 2.3.3 gives on Debian 12 (idn2_lookup_ul with
 * flags 0, as inet/idna.c calls it; recorded in the research notes beside each case).
 */
class IdnaToAsciiTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      bücher.example            | xn--bcher-kva.example
      Bücher.Example            | xn--bcher-kva.example
      BÜCHER.example            | xn--bcher-kva.example
      straße.example            | xn--strae-oqa.example
      faß.de                    | xn--fa-hia.de
      ς.example                 | xn--3xa.example
      σ.example                 | xn--4xa.example
      ẞ.example                 | ss.example
      １２７。０。０。１           | 127.0.0.1
      ｅｘａｍｐｌｅ．ｃｏｍ         | example.com
      Ⅻ.com                     | xii.com
      ㋿                         | xn--nnqt1l
      ü_x.example               | xn--_x-wka.example
      ü..example                | xn--tda..example
      ü.example.                | xn--tda.example.
      a·b.example               | xn--ab-0ea.example
      a≠b                       | xn--ab-miv
      ب١                        | xn--ngb8i
      ü.XN--BCHER-KVA           | xn--tda.xn--bcher-kva
      ü.xn--Bcher-kva           | xn--tda.xn--bcher-kva
      क्‍ष                       | xn--11b2ezcw70k
      """)
  void convertsAsLibidn2(String name, String expected) throws Exception {
    assertEquals(expected, Idna.toAscii(name));
  }

  @ParameterizedTest(name = "{0} fails")
  @CsvSource(delimiter = '|', textBlock = """
      😀.example          | U+1F600 is DISALLOWED
      ☃.example           | U+2603 is DISALLOWED
      🥱.com              | U+1F971 is DISALLOWED
      a‍b.example          | U+200D is not allowed in this context
      a‌b.example          | U+200C is not allowed in this context
      ꟇA                  | unassigned in IDNA 2008
      ü-.example          | starts or ends with '-'
      -ü.example          | starts or ends with '-'
      ü.ab--c             | third and fourth positions
      a١.example          | RFC 5893
      1ب                  | RFC 5893
      ü.xn--zz            | Punycode
      ü.xn--              | empty Punycode
      ü.xn--a             | not valid in a label
      ü b                 | in a label that is not ASCII
      a\\ü                | backslash
      ̈a.example           | combining mark
      \u0080ü             | disallowed (UTS #46)
      """)
  void failsAsLibidn2(String name, String why) {
    String decoded = name.replace("\\\\", "\\").replace("\\u0080", "\u0080");
    AddrInfoException e = assertThrows(AddrInfoException.class, () -> Idna.toAscii(decoded));
    assertEquals(EaiError.EAI_IDN_ENCODE, e.error());
    assertTrue(e.getMessage().contains(why), e.getMessage());
    assertTrue(e.getMessage().contains(decoded), "the message names the host: " + e.getMessage());
  }

  @Test
  void asciiNamesPassUncheckedAndUncopied() throws Exception {
    String name = "XN--INVALID.Example";
    assertSame(name, Idna.toAscii(name));
    String tooLong = "a".repeat(70) + ".example";
    assertSame(tooLong, Idna.toAscii(tooLong));
  }

  @Test
  void labelsMayBeAtMost63CharactersInAscii() throws Exception {
    // 55 a's and one ü encode to "xn--" + 55 + "-" + 3 digits = 63 characters
    assertEquals(63, Idna.toAscii("a".repeat(55) + "ü").length());
    assertThrows(AddrInfoException.class, () -> Idna.toAscii("a".repeat(56) + "ü"));
    assertThrows(AddrInfoException.class, () -> Idna.toAscii("ü." + "a".repeat(64)));
  }

  @Test
  void namesMayBeAtMost253CharactersInAscii() throws Exception {
    String label = "a".repeat(62);
    String name = "ü." + label + "." + label + "." + label + "." + "a".repeat(56); // "xn--tda." leads
    assertEquals(253, Idna.toAscii(name).length());
    assertEquals(254, Idna.toAscii(name + ".").length());
    assertThrows(AddrInfoException.class, () -> Idna.toAscii(name + "a"));
  }

  @Test
  void aNameOfIgnoredCharactersBecomesEmpty() throws Exception {
    assertEquals("", Idna.toAscii("\u00ad"));
    assertEquals(".xn--tda", Idna.toAscii("\u00ad.ü"));
  }

  @Test
  void loneSurrogatesAreAnEncodingError() {
    AddrInfoException e = assertThrows(AddrInfoException.class, () -> Idna.toAscii("ü\ud800.example"));
    assertEquals(EaiError.EAI_IDN_ENCODE, e.error());
  }
}
