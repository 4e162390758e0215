package dev.addrinfo.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/** dnsjava, an independent decoder, reads what the benchmarks' loopback server writes. */
class LoopbackDnsServerTest {

  private static Message ask(LoopbackDnsServer server, int type) throws IOException {
    SimpleResolver resolver = new SimpleResolver(server.address());
    resolver.setTimeout(Duration.ofSeconds(2));
    return resolver.send(Message.newQuery(Record.newRecord(Name.fromString("any.bench.test."), type, 1)));
  }

  @Test
  void answersAWithOneDocumentationAddress() throws IOException {
    try (LoopbackDnsServer server = new LoopbackDnsServer()) {
      List<Record> answer = ask(server, Type.A).getSection(Section.ANSWER);
      assertEquals(1, answer.size());
      assertEquals(InetAddress.getByName("192.0.2.1"), ((ARecord) answer.get(0)).getAddress());
      assertEquals(Name.fromString("any.bench.test."), answer.get(0).getName());
    }
  }

  @Test
  void answersAaaaWithOneDocumentationAddress() throws IOException {
    try (LoopbackDnsServer server = new LoopbackDnsServer()) {
      List<Record> answer = ask(server, Type.AAAA).getSection(Section.ANSWER);
      assertEquals(1, answer.size());
      assertArrayEquals(InetAddress.getByName("2001:db8::1").getAddress(),
          ((AAAARecord) answer.get(0)).getAddress().getAddress());
    }
  }

  @Test
  void answersOtherTypesWithNotImplemented() throws IOException {
    try (LoopbackDnsServer server = new LoopbackDnsServer()) {
      assertEquals(Rcode.NOTIMP, ask(server, Type.MX).getRcode());
    }
  }
}
