package dev.addrinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public numeric-address utility: each of its grammars takes what glibc's function takes and
 * rejects the rest with a message naming the text (the grammars themselves are compared with glibc
 * case by case in the internal numeric tests).
 */
class NumericAddressesTest {
  @ParameterizedTest
  @CsvSource({
      "192.0.2.1, 192.0.2.1",
      "0.0.0.0, 0.0.0.0",
      "2001:db8::1, 2001:db8::1",
      "2001:DB8:0:0:0:0:0:1, 2001:db8::1",
      "::ffff:192.0.2.1, ::ffff:192.0.2.1",
      "::, ::",
  })
  void inetPtonTextRoundTrips(String text, String printed) {
    InetAddress a = NumericAddresses.forString(text);
    assertEquals(printed, NumericAddresses.toString(a));
    assertTrue(NumericAddresses.isInetAddress(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.1", "192.0.2.01", "0x7f.0.0.1", "192.0.2.1 ", "[::1]", "fe80::1%lo", "example",
      "", "1:2:3:4:5:6:7:8:9", "256.0.0.1"})
  void inetPtonRejectsWhatItRejects(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NumericAddresses.forString(text));
    assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    assertFalse(NumericAddresses.isInetAddress(text));
  }

  @Test
  void aMappedAddressStaysIpv6() {
    assertInstanceOf(Inet6Address.class, NumericAddresses.forString("::ffff:192.0.2.1"));
    assertInstanceOf(Inet6Address.class, NumericAddresses.forHostString("::ffff:192.0.2.1"));
  }

  @ParameterizedTest
  @CsvSource({
      "127.1, 127.0.0.1",
      "0x7f.1, 127.0.0.1",
      "017700000001, 127.0.0.1",
      "2130706433, 127.0.0.1",
      "192.0.2.1, 192.0.2.1",
      "2001:db8::1, 2001:db8::1",
  })
  void getaddrinfoTakesInetAtonForms(String text, String printed) {
    assertEquals(printed, NumericAddresses.toString(NumericAddresses.forHostString(text)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"example", "192.0.2.1.5", "127.0.0.1 junk", "fe80::1%no-such-interface-here", "::1%1x"})
  void getaddrinfoRejectsWhatIsNotANumericHost(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NumericAddresses.forHostString(text));
    assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
  }

  @Test
  void aLinkLocalScopeIsReadAndPrintedByInterfaceName() throws Exception {
    NetworkInterface lo = NetworkInterface.getByName("lo");
    Inet6Address a = (Inet6Address) NumericAddresses.forHostString("fe80::1%lo");
    assertEquals(lo.getIndex(), a.getScopeId());
    assertEquals("fe80::1%lo", NumericAddresses.toHostString(a));
    assertEquals("fe80::1", NumericAddresses.toString(a));
    assertEquals("fe80::1%lo", NumericAddresses.toHostString(NumericAddresses.forHostString("fe80::1%" + lo.getIndex())));
  }

  @Test
  void aGlobalAddressWithAScopeIdPrintsTheNumber() throws Exception {
    Inet6Address a = Inet6Address.getByAddress(null, NumericAddresses.forString("2001:db8::1").getAddress(), 7);
    assertEquals("2001:db8::1%7", NumericAddresses.toHostString(a));
  }

  @Test
  void nullIsNamed() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> NumericAddresses.forString(null));
    assertEquals("text", e.getMessage());
  }
}
