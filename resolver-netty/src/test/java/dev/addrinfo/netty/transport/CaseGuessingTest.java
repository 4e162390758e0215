package dev.addrinfo.netty.transport;

import static dev.addrinfo.netty.transport.NettyDnsTransportTest.get;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.QueryOptions;
import dev.addrinfo.spi.RecordType;
import dev.addrinfo.testing.dnsserver.Answers;
import dev.addrinfo.testing.dnsserver.DnsRequest;
import dev.addrinfo.testing.dnsserver.ScriptedDnsServer;
import dev.addrinfo.testing.dnsserver.WireBuilder;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DNS 0x20 measured on the wire: a forger who knows the port and the ID of every query (more than
 * an off-path forger knows) and the name, but not the case it was sent in, answers each query
 * first, in a case of its own choosing at random. Its answer is taken only when that case is the
 * one sent: one time in 2^letters, so the bits it must guess beyond port and ID are the name's
 * letters. Each trial is followed by a clean query answered in the case sent, so that the misses do
 * not add up to three case changes in a row (which would make the transport send names as given:
 * a forger who could do that at will would be on the path anyway).
 */
class CaseGuessingTest extends TransportTestSupport {
  private static final QueryOptions UDP = new QueryOptions(Duration.ofSeconds(5), false, false, true);
  private static final DnsQuestion CLEAN = new DnsQuestion("clean.test.", RecordType.A);

  /** A uniformly random case of each letter of {@code name}. */
  private static String guess(String name, Random forger) {
    char[] c = name.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (Character.isLetter(c[i]) && forger.nextBoolean()) {
        c[i] ^= 0x20;
      }
    }
    return new String(c);
  }

  @ParameterizedTest(name = "{0}: {1} letters")
  @CsvSource({"192.0.2.1., 0", "a.0.2., 1", "ab.c., 3", "ab.cde., 5"})
  void aForgerWhoKnowsPortAndIdMustStillGuessOneBitPerLetter(String name, int letters) throws Exception {
    int trials = 64 << letters;
    AtomicBoolean forgeNext = new AtomicBoolean();
    Random forger = new Random(letters);
    ScriptedDnsServer s = server((r, out) -> {
      if (r.name().equalsIgnoreCase(name) && forgeNext.getAndSet(false)) {
        String forged = guess(name, forger);
        out.reply(WireBuilder.response(r.id()).question(forged, r.type()).a(forged, 300, "203.0.113.66").bytes());
      }
      out.reply(Answers.addresses(r, "192.0.2.1"));
    });
    NettyDnsTransport t = transport(NettyDnsTransport.builder().random(new Random(11)).randomizeCase(true));
    DnsQuestion question = new DnsQuestion(name, RecordType.A);
    int taken = 0;
    for (int i = 0; i < trials; i++) {
      forgeNext.set(true);
      String address = get(t.query(question, s.address(), UDP).toCompletableFuture()).answers().get(0).address()
          .getHostAddress();
      if (address.equals("203.0.113.66")) {
        taken++;
      }
      get(t.query(CLEAN, s.address(), UDP).toCompletableFuture());
    }
    double expected = trials / Math.pow(2, letters);
    double sigma = Math.sqrt(trials * (1 / Math.pow(2, letters)) * (1 - 1 / Math.pow(2, letters)));
    double bits = Math.log((double) trials / Math.max(taken, 1)) / Math.log(2);
    String summary = String.format("%s: %d of %d forgeries taken, %.2f bits measured, %d letters", name, taken,
        trials, bits, letters);
    System.out.println("CaseGuessingTest: " + summary);
    // Five standard deviations: the seeds fix the forger, but socket choices draw from the same source
    // as the case, and how many they draw depends on timing.
    assertTrue(Math.abs(taken - expected) <= 5 * sigma, summary + ", expected " + expected);
  }
}
