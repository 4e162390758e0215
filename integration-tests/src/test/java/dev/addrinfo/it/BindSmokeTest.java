package dev.addrinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Proves that BindExtension serves the zones as Zones.md describes them. */
class BindSmokeTest {

  @RegisterExtension static final BindExtension bind = new BindExtension();

  private static DnsProbe.Answer ask(String name, int type) throws Exception {
    return DnsProbe.query(bind.address(), name, type, 2000);
  }

  private static List<InetAddress> addresses(String... literals) throws Exception {
    InetAddress[] out = new InetAddress[literals.length];
    for (int i = 0; i < literals.length; i++) {
      out[i] = InetAddress.getByName(literals[i]);
    }
    return List.of(out);
  }

  @Test
  void answersAnARecordFromTheTestZone() throws Exception {
    assertEquals(addresses("192.0.2.10"), ask("v4only.example.test", DnsProbe.TYPE_A).addresses());
  }

  @Test
  void answersTheIssuesGatechExample() throws Exception {
    assertEquals(addresses("130.207.244.244"), ask("gatech.edu", DnsProbe.TYPE_A).addresses());
  }

  @Test
  void keepsZoneFileOrderOnEveryQuery() throws Exception {
    List<InetAddress> expected =
        addresses("2001:db8::31", "2001:db8::32", "2001:db8::33", "2001:db8::34");
    for (int i = 0; i < 5; i++) {
      assertEquals(expected, ask("multi.example.test", DnsProbe.TYPE_AAAA).addresses());
    }
  }

  @Test
  void answersNxdomainForUnknownNamesEvenOutsideTheTestZones() throws Exception {
    assertEquals(3, ask("nosuch.example.test", DnsProbe.TYPE_A).rcode());
    assertEquals(3, ask("nosuch.invalid", DnsProbe.TYPE_A).rcode());
  }

  @Test
  void answersNodataForANameWithOnlyTxt() throws Exception {
    DnsProbe.Answer answer = ask("txtonly.example.test", DnsProbe.TYPE_A);
    assertEquals(0, answer.rcode());
    assertEquals(0, answer.answerCount());
  }

  @Test
  void truncatesFortyARecordsWithoutEdns() throws Exception {
    assertTrue(ask("big40.example.test", DnsProbe.TYPE_A).truncated());
  }

  @Test
  void answersOnIpv6LoopbackTooWhenRunLocally() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(bind.server() instanceof LocalNamed,
        "only the local named listens on ::1");
    InetSocketAddress v6 = new InetSocketAddress(InetAddress.getByName("::1"), bind.address().getPort());
    assertEquals(addresses("192.0.2.20"),
        DnsProbe.query(v6, "dual.example.test", DnsProbe.TYPE_A, 2000).addresses());
  }
}
