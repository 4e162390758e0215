package dev.addrinfo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.addrinfo.spi.DnsRecord;
import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each expected line is what {@code dig +noall +answer} (9.18) printed for the same record from BIND. */
class DigFormatTest {
  private static DnsRecord a(String name, long ttl, String ip) throws Exception {
    return DnsRecord.address(name, ttl, InetAddress.getByName(ip));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "example.test.|300|example.test.\\t\\t300\\tIN\\tA\\t192.0.2.1",
      "l.test.|300|l.test.\\t\\t\\t300\\tIN\\tA\\t192.0.2.1",
      "chain2.example.test.|300|chain2.example.test.\\t300\\tIN\\tA\\t192.0.2.1",
      "y.l.test.|12345678|y.l.test.\\t\\t12345678 IN\\tA\\t192.0.2.1",
      "80.2.0.192.in-addr.arpa.|300|80.2.0.192.in-addr.arpa. 300\\tIN\\tA\\t192.0.2.1",
      "abcdefghijklmnopqrstuv.l.test.|5|abcdefghijklmnopqrstuv.l.test. 5 IN\\tA\\t192.0.2.1",
      "abcdefghijklmnopqrstuvw.l.test.|5|abcdefghijklmnopqrstuvw.l.test.\\t5 IN\\tA\\t192.0.2.1",
      "a-very-long-owner-name-for-column-tests.l.test.|2147483647|"
          + "a-very-long-owner-name-for-column-tests.l.test.\\t2147483647 IN A\\t192.0.2.1"})
  void fieldsStartAtDigsColumnsWithTabsOrOneSpace(String name, long ttl, String line) throws Exception {
    assertEquals(line.replace("\\t", "\t"), DigFormat.line(a(name, ttl, "192.0.2.1")));
  }

  @Test
  void aaaaIsInetNtopsText() throws Exception {
    byte[] bytes = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 192, 0, 2, 1};
    InetAddress mapped = Inet6Address.getByAddress(null, bytes, -1); // as an AAAA record maps it
    assertEquals("abcdefghijklmnopqrstuvw.l.test.\t5 IN\tAAAA\t::ffff:192.0.2.1",
        DigFormat.line(DnsRecord.address("abcdefghijklmnopqrstuvw.l.test.", 5, mapped)));
    assertEquals("multi.example.test.\t300\tIN\tAAAA\t2001:db8::31",
        DigFormat.line(a("multi.example.test.", 300, "2001:db8::31")));
  }

  @Test
  void cnameAndPtrShowTheirTarget() {
    assertEquals("chain2-hop.example.test. 300\tIN\tCNAME\tdual.example.test.",
        DigFormat.line(DnsRecord.cname("chain2-hop.example.test.", 300, "dual.example.test.")));
    assertEquals("1.2.0.192.in-addr.arpa.\t300\tIN\tPTR\texample.test.",
        DigFormat.line(DnsRecord.ptr("1.2.0.192.in-addr.arpa.", 300, "example.test.")));
  }

  @Test
  void soaShowsItsSevenFieldsOnOneLine() {
    DnsRecord soa = DnsRecord.soa("example.test.", 300,
        new DnsRecord.Soa("ns1.example.test.", "hostmaster.example.test.", 2026112401, 3600, 600, 86400, 60));
    assertEquals("example.test.\t\t300\tIN\tSOA\tns1.example.test. hostmaster.example.test. 2026112401 3600 600 86400 60",
        DigFormat.line(soa));
  }
}
