package dev.addrinfo.internal.ifaddr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The AI_ADDRCONFIG expectations were checked with glibc 2.36 in network namespaces. */
class InterfaceListTest {

  private static ListedAddress on(String literal, int prefix, int index) throws Exception {
    return new ListedAddress(InetAddress.getByName(literal), prefix, index, false, false, false);
  }

  @Test
  void onlyLoopbackAddressesCountAsNeitherFamily() throws Exception {
    InterfaceList list = new InterfaceList(List.of(on("127.0.0.1", 8, 1), on("::1", 128, 1)));
    assertFalse(list.hasNonLoopbackIpv4());
    assertFalse(list.hasNonLoopbackIpv6());
  }

  @Test
  void anotherAddressIn127CountsAsIpv4() throws Exception {
    assertTrue(new InterfaceList(List.of(on("127.0.0.2", 8, 1))).hasNonLoopbackIpv4());
  }

  @Test
  void linkLocalIpv6CountsAsIpv6() throws Exception {
    InterfaceList list = new InterfaceList(List.of(on("::1", 128, 1), on("fe80::1", 64, 3)));
    assertTrue(list.hasNonLoopbackIpv6());
    assertFalse(list.hasNonLoopbackIpv4());
  }

  @Test
  void findMatchesTheAddressBytes() throws Exception {
    InterfaceList list = new InterfaceList(List.of(on("192.0.2.2", 24, 3), on("2001:db8::1", 64, 3)));
    assertEquals(24, list.find(InetAddress.getByName("192.0.2.2")).orElseThrow().prefixLength());
    assertTrue(list.find(InetAddress.getByName("192.0.2.3")).isEmpty());
  }

  @Test
  void procIfInet6LinesGiveIndexPrefixAndFlags() {
    String text = String.join("\n",
        "00000000000000000000000000000001 01 80 10 80       lo",
        "20010db8000000000000000000000001 03 40 00 a0       d0",
        "20010db8000000000000000000000002 03 40 00 84       d0",
        "20010db8000000000000000000000003 07 40 00 90      tun",
        "garbage",
        "");
    List<ListedAddress> list = IfInet6.parse(text, name -> name.equals("tun"));
    assertEquals(4, list.size());
    assertEquals(128, list.get(0).prefixLength());
    assertFalse(list.get(0).deprecated());
    ListedAddress deprecated = list.get(1);
    assertEquals(3, deprecated.interfaceIndex());
    assertEquals(64, deprecated.prefixLength());
    assertTrue(deprecated.deprecated());
    assertTrue(list.get(2).deprecated(), "IFA_F_OPTIMISTIC counts as deprecated in glibc");
    assertTrue(list.get(3).homeAddress());
    assertTrue(list.get(3).tunnel());
    assertFalse(list.get(1).tunnel());
  }
}
