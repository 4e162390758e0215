package dev.addrinfo.netty.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.Hints;
import dev.addrinfo.Linux;
import dev.addrinfo.NameInfoFlag;
import dev.addrinfo.Resolver;
import dev.addrinfo.testing.dnsserver.Answers;
import dev.addrinfo.testing.dnsserver.DnsRequest;
import dev.addrinfo.testing.dnsserver.ScriptedDnsServer;
import dev.addrinfo.testing.dnsserver.WireBuilder;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10's spoofing cases about what an accepted answer holds: records for names outside the
 * CNAME chain, addresses outside the answer section, names no host may have in CNAME and PTR
 * data, the AD bit. Expected results are this machine's glibc (research/glibc/FINDINGS.md, case
 * ids in brackets). The name asked is host.test.
 */
@Execution(ExecutionMode.CONCURRENT)
class StrayRecordsTest extends ResolverFaultsSupport {
  private static final String HOST = "host.test.";
  private static final int CNAME = Answers.TYPE_CNAME;

  private Resolver resolver(ScriptedDnsServer.Script script) throws InterruptedException {
    return resolver(ONE_TRY, server(script).address());
  }

  /** getaddrinfo with AI_CANONNAME: "canonical-name address address...", addresses sorted, or the EAI code. */
  static String canonical(Resolver r, String host, int family) {
    Hints hints = Hints.builder().family(family).socketType(Linux.SOCK_STREAM).flags(Linux.AI_CANONNAME).build();
    try {
      List<AddrInfo> list = r.getAddrInfo(host, null, hints).get(LOOKUP_LIMIT_SECONDS, TimeUnit.SECONDS);
      return list.get(0).canonicalName() + " " + sorted(addresses(list));
    } catch (java.util.concurrent.ExecutionException e) {
      return code(e.getCause());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static String sorted(String addresses) {
    return Arrays.stream(addresses.split(" ")).sorted().collect(Collectors.joining(" "));
  }

  static String getNameInfo(Resolver r, String address, Set<NameInfoFlag> flags) {
    try {
      return r.getNameInfo(new InetSocketAddress(address, 0), flags).get(LOOKUP_LIMIT_SECONDS, TimeUnit.SECONDS)
          .host();
    } catch (java.util.concurrent.ExecutionException e) {
      return code(e.getCause());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aAndAaaaAnswersArrivingInReverseOrderGiveBoth() throws Exception {
    // [g4-reverse-order]
    Resolver r = resolver((q, out) -> {
      byte[] answer = Answers.addresses(q, "192.0.2.1", "2001:db8::1");
      if (q.type() == Answers.TYPE_A) {
        out.replyAfter(50, answer);
      } else {
        out.reply(answer);
      }
    });
    assertEquals("192.0.2.1 2001:db8:0:0:0:0:0:1", sorted(lookup(r, HOST)));
  }

  @Test
  void recordsOutsideTheCnameChainAreIgnored() throws Exception {
    // [g6-outside-chain]: host.test CNAME t.test, addresses for t.test and for z.test
    Resolver r = resolver((q, out) -> {
      String v4 = q.type() == Answers.TYPE_A ? "192.0.2." : "2001:db8::";
      WireBuilder w = Answers.reply(q).cname(q.name(), 60, "t.test.");
      if (q.type() == Answers.TYPE_A) {
        w.a("t.test.", 60, v4 + "5").a("z.test.", 60, v4 + "99");
      } else {
        w.aaaa("z.test.", 60, v4 + "99").aaaa("t.test.", 60, v4 + "5");
      }
      out.reply(w.bytes());
    });
    assertEquals("t.test 192.0.2.5 2001:db8:0:0:0:0:0:5", canonical(r, HOST, Linux.AF_UNSPEC));
    assertEquals("t.test 192.0.2.5", canonical(r, HOST, Linux.AF_INET));
  }

  @Test
  void recordsOnlyForAnotherNameAreNotAnAnswer() throws Exception {
    // [g6-other-name-only]: NONAME for AF_UNSPEC, NODATA for AF_INET
    Resolver r = resolver((q, out) -> out.reply(Answers.reply(q).a("other.test.", 60, "192.0.2.99")
        .aaaa("other.test.", 60, "2001:db8::99").bytes()));
    assertEquals("EAI_NONAME", lookup(r, HOST));
    assertEquals("EAI_NODATA", lookup(r, HOST, Linux.AF_INET));
  }

  @Test
  void recordsForAnotherNameBesideTheRightOnesAreIgnored() throws Exception {
    // [g6-other-name-mixed]
    Resolver r = resolver((q, out) -> out.reply(q.type() == Answers.TYPE_A
        ? Answers.reply(q).a("other.test.", 60, "192.0.2.99").a(q.name(), 60, "192.0.2.1").bytes()
        : Answers.reply(q).aaaa("other.test.", 60, "2001:db8::99").aaaa(q.name(), 60, "2001:db8::1").bytes()));
    assertEquals("192.0.2.1 2001:db8:0:0:0:0:0:1", sorted(lookup(r, HOST)));
  }

  @Test
  void anAddressOnlyInTheAdditionalSectionIsNoData() throws Exception {
    // [g6-additional-only]: EAI_NODATA for both families
    Resolver r = resolver((q, out) -> out.reply(Answers.reply(q, Answers.FLAGS | Answers.AA)
        .additional(q.name(), q.type(), 60, WireBuilder.ip(q.type() == Answers.TYPE_A ? "192.0.2.1" : "2001:db8::1"))
        .bytes()));
    assertEquals("EAI_NODATA", lookup(r, HOST));
    assertEquals("EAI_NODATA", lookup(r, HOST, Linux.AF_INET));
  }

  /** Targets glibc's res_hnok refuses: each label of one, as raw bytes [g6-badcname-*, g6-badptr-*]. */
  static Stream<Arguments> invalidHostNames() {
    return Stream.of(
        Arguments.of("space", new String[] {"bad name", "test"}),
        Arguments.of("leading hyphen", new String[] {"-x", "test"}),
        Arguments.of("dot inside a label", new String[] {"a.b", "test"}),
        Arguments.of("byte 0xFF", new String[] {"x\u00ff", "test"}),
        Arguments.of("star", new String[] {"*", "test"}),
        Arguments.of("slash", new String[] {"x/y", "test"}),
        Arguments.of("colon", new String[] {"x:y", "test"}),
        Arguments.of("at sign", new String[] {"x@y", "test"}));
  }

  /** Odd but valid to glibc: '_' anywhere, '-' at the end of a label, all digits. */
  static Stream<Arguments> oddButValidHostNames() {
    return Stream.of(
        Arguments.of("_x.test", new String[] {"_x", "test"}),
        Arguments.of("x_y.test", new String[] {"x_y", "test"}),
        Arguments.of("x-.test", new String[] {"x-", "test"}),
        Arguments.of("123.test", new String[] {"123", "test"}));
  }

  /** host.test CNAME {@code target}, and the target's address, in one answer. */
  private static ScriptedDnsServer.Script cnameTo(String[] target) {
    byte[] wire = WireBuilder.labels(target);
    return (q, out) -> {
      byte[] address = WireBuilder.ip(q.type() == Answers.TYPE_A ? "192.0.2.5" : "2001:db8::5");
      out.reply(Answers.reply(q).answer(q.name(), CNAME, 60, wire).answerWire(wire, q.type(), 60, address).bytes());
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidHostNames")
  void anInvalidCnameTargetIsFollowedButNeverReturnedAsTheCanonicalName(String kind, String[] target) throws Exception {
    // glibc follows the chain to the addresses, and keeps the name asked as the canonical name
    Resolver r = resolver(ONE_TRY, server(cnameTo(target)).address());
    assertEquals("host.test 192.0.2.5 2001:db8:0:0:0:0:0:5", canonical(r, HOST, Linux.AF_UNSPEC));
    assertEquals("host.test 192.0.2.5", canonical(r, HOST, Linux.AF_INET));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oddButValidHostNames")
  void anOddButValidCnameTargetIsTheCanonicalName(String name, String[] target) throws Exception {
    Resolver r = resolver(ONE_TRY, server(cnameTo(target)).address());
    assertEquals(name + " 192.0.2.5", canonical(r, HOST, Linux.AF_INET));
  }

  private static ScriptedDnsServer.Script ptrTo(byte[]... targets) {
    return (q, out) -> {
      WireBuilder w = Answers.reply(q);
      for (byte[] t : targets) {
        w.answer(q.name(), Answers.TYPE_PTR, 60, t);
      }
      out.reply(w.bytes());
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidHostNames")
  void anInvalidPtrTargetIsNeverReturned(String kind, String[] target) throws Exception {
    // glibc gives the numeric host, and EAI_NONAME when a name is required
    Resolver r = resolver(ONE_TRY, server(ptrTo(WireBuilder.labels(target))).address());
    assertEquals("192.0.2.1", getNameInfo(r, "192.0.2.1", EnumSet.noneOf(NameInfoFlag.class)));
    assertEquals("EAI_NONAME", getNameInfo(r, "192.0.2.1", Set.of(NameInfoFlag.NAMEREQD)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oddButValidHostNames")
  void anOddButValidPtrTargetIsReturned(String name, String[] target) throws Exception {
    Resolver r = resolver(ONE_TRY, server(ptrTo(WireBuilder.labels(target))).address());
    assertEquals(name, getNameInfo(r, "192.0.2.1", Set.of(NameInfoFlag.NAMEREQD)));
  }

  @Test
  void anInvalidFirstPtrHidesAValidSecondOne() throws Exception {
    // [g6-ptr-bad-then-ok]: glibc reads the first PTR only
    Resolver r = resolver(ONE_TRY, server(ptrTo(WireBuilder.labels("bad name", "test"),
        WireBuilder.nameBytes("ok.test."))).address());
    assertEquals("192.0.2.1", getNameInfo(r, "192.0.2.1", EnumSet.noneOf(NameInfoFlag.class)));
  }

  @Test
  void theAdBitIsNeitherAskedForNorNeededWithoutTrustAd() throws Exception {
    // [g6-ad-no-trustad]: glibc sets AD in queries only with trust-ad; getaddrinfo cannot show it
    ScriptedDnsServer s = server((q, out) -> out.reply(Answers.reply(q, Answers.FLAGS | Answers.AD)
        .a(q.name(), 60, "192.0.2.1").bytes()));
    Resolver r = resolver(ONE_TRY, s.address());
    assertEquals("192.0.2.1", lookup(r, HOST, Linux.AF_INET));
    assertFalse(s.requests().stream().anyMatch(DnsRequest::authenticData), s.requests().toString());
  }
}
