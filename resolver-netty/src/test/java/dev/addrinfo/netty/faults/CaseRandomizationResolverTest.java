package dev.addrinfo.netty.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.Linux;
import dev.addrinfo.Resolver;
import dev.addrinfo.netty.transport.NettyDnsTransport;
import dev.addrinfo.testing.dnsserver.Answers;
import dev.addrinfo.testing.dnsserver.DnsRequest;
import dev.addrinfo.testing.dnsserver.ScriptedDnsServer;
import dev.addrinfo.testing.dnsserver.WireBuilder;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * DNS 0x20 through the public {@link Resolver}: results are glibc's, whatever case the server saw.
 * The canonical name case is glibc's behind Unbound, measured in a namespace: Unbound writes the
 * owner names as pointers to the question and compresses a CNAME target's suffix into it, so
 * {@code getent ahosts WWW.EXAMPLE.COM} (www CNAME cdn.example.com) prints {@code cdn.EXAMPLE.COM}.
 */
class CaseRandomizationResolverTest extends ResolverFaultsSupport {

  private Resolver randomizing(ScriptedDnsServer s) {
    // Seeded, so that the first query's case is known to differ from the name given.
    NettyDnsTransport transport = NettyDnsTransport.builder().random(new Random(3)).randomizeCase(true).build();
    return resolver(ONE_TRY, b -> b.transport(transport), s.address());
  }

  /** As Unbound answers www CNAME cdn, cdn A 192.0.2.10: every name it can, a pointer into the question. */
  private static byte[] unboundStyle(DnsRequest r) {
    if (r.type() != Answers.TYPE_A) {
      return Answers.nodata(r);
    }
    WireBuilder w = Answers.reply(r);
    int secondLabel = 12 + 1 + r.name().indexOf('.');
    w.answerWire(new byte[] {(byte) 0xC0, 12}, Answers.TYPE_CNAME, 300,
        new byte[] {3, 'c', 'd', 'n', (byte) 0xC0, (byte) secondLabel});
    int target = w.position() - 6;
    w.answerWire(new byte[] {(byte) 0xC0, (byte) target}, Answers.TYPE_A, 300, new byte[] {(byte) 192, 0, 2, 10});
    return w.bytes();
  }

  @Test
  void theCanonicalNameIsSpelledAsTheCallerSpelledTheNameNotAsItWasSent() throws Exception {
    ScriptedDnsServer s = server((r, out) -> out.reply(unboundStyle(r)));
    Resolver r = randomizing(s);
    assertEquals("cdn.Example.COM 192.0.2.10", StrayRecordsTest.canonical(r, "www.Example.COM", Linux.AF_INET));
    String sent = s.requests().get(0).name();
    assertTrue(sent.equalsIgnoreCase("www.Example.COM.") && !sent.equals("www.Example.COM."), sent);
  }

  @Test
  void aLookupThroughAServerThatLowerCasesNamesSucceeds() throws Exception {
    ScriptedDnsServer s = server((r, out) -> {
      String lower = r.name().toLowerCase(Locale.ROOT);
      WireBuilder w = WireBuilder.response(r.id()).question(lower, r.type());
      if (r.type() == Answers.TYPE_A) {
        w.a(lower, 300, "192.0.2.1");
      } else {
        w.aaaa(lower, 300, "2001:db8::1");
      }
      out.reply(w.bytes());
    });
    Resolver r = randomizing(s);
    assertEquals("Cdn.Example.Test 192.0.2.1 2001:db8:0:0:0:0:0:1",
        StrayRecordsTest.canonical(r, "Cdn.Example.Test", Linux.AF_UNSPEC));
  }

  @Test
  void aReverseLookupWithRandomCaseFindsTheName() throws Exception {
    ScriptedDnsServer s = server((r, out) -> out.reply(
        Answers.reply(r).ptr(r.name(), 300, "host.example.test.").bytes()));
    Resolver r = randomizing(s);
    assertEquals("host.example.test", reverse(r, "192.0.2.7"));
    assertTrue(s.requests().get(0).name().equalsIgnoreCase("7.2.0.192.in-addr.arpa."), s.requests().get(0).name());
  }
}
