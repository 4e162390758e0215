package dev.addrinfo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expectations checked against glibc 2.36's inet_ntop and getnameinfo through python3's socket module. */
class AddressTextTest {
  private static byte[] bytes(String ipv6) throws Exception {
    byte[] b = InetAddress.getByName(ipv6).getAddress();
    if (b.length == 4) { // the JDK's view of ::ffff:a.b.c.d
      byte[] mapped = new byte[16];
      mapped[10] = (byte) 0xff;
      mapped[11] = (byte) 0xff;
      System.arraycopy(b, 0, mapped, 12, 4);
      return mapped;
    }
    return b;
  }

  @ParameterizedTest
  @CsvSource({
      "::1, ::1",
      "::, ::",
      "1::, 1::",
      "1:0:0:2:0:0:0:3, 1:0:0:2::3",
      "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
      "2001:db8:0:0:1:0:0:0, 2001:db8:0:0:1::",
      "0:0:1:0:0:0:0:0, 0:0:1::",
      "0:0:0:0:0:1:0:0, ::1:0:0",
      "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
      "1:2:3:4:5:6:7:8, 1:2:3:4:5:6:7:8",
      "ABCD::EF, abcd::ef",
      "::ffff:192.0.2.1, ::ffff:192.0.2.1",
      "::ffff:0:0, ::ffff:0.0.0.0",
      "::192.0.2.1, ::192.0.2.1",
      "::2:3, ::0.2.0.3",
      "::0.0.0.1, ::1"})
  void ipv6IsPrintedAsGlibcsInetNtopPrintsIt(String input, String glibc) throws Exception {
    assertEquals(glibc, AddressText.bare(java.net.Inet6Address.getByAddress(null, bytes(input), -1), true));
  }

  @Test
  void anIpv4AddressInAnInet6ResultIsPrintedMapped() throws Exception {
    InetAddress v4 = InetAddress.getByName("192.0.2.7");
    assertEquals("::ffff:192.0.2.7", AddressText.bare(v4, true));
    assertEquals("192.0.2.7", AddressText.bare(v4, false));
  }

  private static String scoped(String ip, int scope) throws Exception {
    AddressText text = new AddressText(i -> i == 1 ? "lo" : null);
    return text.withScope(Inet6Address.getByAddress(null, bytes(ip), scope), true);
  }

  @Test
  void linkLocalScopeIsTheInterfaceNameLikeNiNumericHost() throws Exception {
    assertEquals("fe80::1%lo", scoped("fe80::1", 1));
    assertEquals("ff02::1%lo", scoped("ff02::1", 1));
  }

  @Test
  void linkLocalScopeWithoutAnInterfaceIsTheNumber() throws Exception {
    assertEquals("fe80::1%999", scoped("fe80::1", 999));
  }

  @Test
  void otherScopesAreAlwaysNumbers() throws Exception {
    assertEquals("2001:db8::1%1", scoped("2001:db8::1", 1));
    assertEquals("ff05::1%1", scoped("ff05::1", 1));
  }

  @Test
  void noScopeNoSuffix() throws Exception {
    assertEquals("fe80::1", scoped("fe80::1", 0));
  }
}
