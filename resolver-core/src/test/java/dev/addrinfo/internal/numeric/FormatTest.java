package dev.addrinfo.internal.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected texts are what Debian glibc 2.36's inet_ntop(3) and getnameinfo(NI_NUMERICHOST) printed
 * for the same bytes and scope ids, on a host where lo is index 1 and eth0 index 4.
 */
class FormatTest {

  @ParameterizedTest(name = "{0} prints as {1}")
  @CsvSource({
      "0.0.0.0, 0.0.0.0",
      "127.0.0.1, 127.0.0.1",
      "192.0.2.255, 192.0.2.255",
      "255.255.255.255, 255.255.255.255",
  })
  void printsIpv4AsADottedQuad(String quad, String expected) throws UnknownHostException {
    assertEquals(expected, NumericHost.format(InetAddress.getByAddress(Addresses.quad(quad))));
  }

  @ParameterizedTest(name = "{0} prints as {1}")
  @CsvSource({
      "0:0:0:0:0:0:0:0, ::",
      "0:0:0:0:0:0:0:1, ::1",                  // not ::0.0.0.1: the zero run is seven groups long
      "0:0:0:0:0:0:0:ffff, ::ffff",
      "0:0:0:0:0:0:102:304, ::1.2.3.4",        // IPv4-compatible: six zero groups
      "0:0:0:0:0:0:0:102, ::102",
      "0:0:0:0:0:0:1:0, ::0.1.0.0",            // the run of six zeros wins over the single one at the end
      "0:0:0:0:0:0:100:0, ::1.0.0.0",
      "0:0:0:0:0:0:1:203, ::0.1.2.3",
      "0:0:0:0:0:ffff:c000:201, ::ffff:192.0.2.1",
      "0:0:0:0:0:ffff:0:0, ::ffff:0.0.0.0",
      "0:0:0:0:0:ffff:7f00:1, ::ffff:127.0.0.1",
      "0:0:0:0:ffff:0:102:304, ::ffff:0:102:304", // SIIT: no dotted quad
      "0:0:0:0:0:fffe:102:304, ::fffe:102:304",
      "0:0:0:0:1:ffff:102:304, ::1:ffff:102:304",
      "0:0:0:0:0:1:0:0, ::1:0:0",
      "64:ff9b:0:0:0:0:c000:201, 64:ff9b::c000:201", // NAT64: no dotted quad
      "0:0:0:0:0:5efe:102:304, ::5efe:102:304",
      "1:0:0:0:0:0:0:0, 1::",
      "0:1:0:0:0:0:0:0, 0:1::",
      "0:0:1:0:0:0:0:0, 0:0:1::",
      "1:2:3:4:5:6:7:0, 1:2:3:4:5:6:7:0",      // a single zero group is not compressed
      "1:0:2:0:3:0:4:5, 1:0:2:0:3:0:4:5",
      "1:0:0:2:0:0:0:3, 1:0:0:2::3",           // the longest run
      "1:0:0:2:0:0:3:4, 1::2:0:0:3:4",         // the first of two equal runs
      "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
      "2001:db8:0:0:0:0:0:1, 2001:db8::1",
      "2001:db8:abcd:ef:1:23:456:7890, 2001:db8:abcd:ef:1:23:456:7890",
      "fe80:0:0:0:0:0:0:1, fe80::1",
      "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
  })
  void printsIpv6AsInetNtopDoes(String groups, String expected) throws UnknownHostException {
    assertEquals(expected, NumericHost.format(Inet6Address.getByAddress(null, Addresses.groups(groups), -1)));
  }

  @ParameterizedTest(name = "{0} with scope {1} prints as {2}")
  @CsvSource({
      "fe80:0:0:0:0:0:0:1, 0, fe80::1",
      "fe80:0:0:0:0:0:0:1, 1, fe80::1%lo",
      "fe80:0:0:0:0:0:0:1, 4, fe80::1%eth0",
      "fe80:0:0:0:0:0:0:1, 999, fe80::1%999",  // no interface with that index: the number
      "febf:0:0:0:0:0:0:1, 1, febf::1%lo",
      "ff02:0:0:0:0:0:0:1, 1, ff02::1%lo",     // link-local multicast gets the name
      "ff12:0:0:0:0:0:0:1, 1, ff12::1%lo",
      "ff32:0:0:0:0:0:0:1, 1, ff32::1%lo",
      "ff02:0:0:0:0:0:0:1, 77, ff02::1%77",
      "ff01:0:0:0:0:0:0:1, 1, ff01::1%1",      // node-local multicast: a number, unlike on input
      "fec0:0:0:0:0:0:0:1, 1, fec0::1%1",      // site-local: a number
      "0:0:0:0:0:0:0:1, 1, ::1%1",
      "2001:db8:0:0:0:0:0:1, 1, 2001:db8::1%1",
      "0:0:0:0:0:ffff:7f00:1, 1, ::ffff:127.0.0.1%1",
      "0:0:0:0:0:ffff:7f00:1, 0, ::ffff:127.0.0.1",
      "fe80:0:0:0:0:0:0:1, 2147483647, fe80::1%2147483647",
  })
  void printsScopesAsGetnameinfoDoes(String groups, int scope, String expected) throws UnknownHostException {
    Inet6Address address = Inet6Address.getByAddress(null, Addresses.groups(groups), scope);
    assertEquals(expected, NumericHost.formatWithScope(address, FakeScopeIds.HOST));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"::", "::1", "::ffff:192.0.2.1", "::192.0.2.1", "2001:db8::1", "fe80::1", "1:2:3:4:5:6:7:8",
      "1::2:0:0:3:4", "64:ff9b::c000:201"})
  void formatsWhatItParsedBackToTheSameText(String text) throws Exception {
    assertEquals(text, NumericHost.format(NumericHost.parseIpv6(text, FakeScopeIds.HOST)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"fe80::1%lo", "fe80::1%eth0", "ff02::1%lo", "fe80::1%999", "2001:db8::1%1"})
  void formatsWhatItParsedWithScopeBackToTheSameText(String text) throws Exception {
    assertEquals(text, NumericHost.formatWithScope(NumericHost.parseIpv6(text, FakeScopeIds.HOST), FakeScopeIds.HOST));
  }
}
