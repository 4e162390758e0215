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
import dev.addrinfo.testing.support.Await;
import dev.addrinfo.testing.support.ProcNetUdp;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 100,000 forged answers while real lookups run: an off-path forger who spoofs the server's address
 * and port, knows the client's ports (read from /proc/net/udp, a side channel a real attacker would
 * have to find) and the name being asked, but not the query ID, which it picks at random. No
 * forgery may be accepted, except by guessing the ID of a query waiting on the port it hit: with
 * a few queries in flight that is about one chance in 65,536 per packet times the chance that the
 * port has a query waiting at all, about 0.1 expected over the run. Each forged answer carries its
 * own number in its address (2001:db8:ffff::/48), so an accepted one is traced to the packet, and
 * the packet to the query it matched.
 *
 * <p>Run again with DNS 0x20 on: the forger writes the name as the caller gave it (it cannot see the
 * random case), so a lucky guess of port and ID is dropped too, unless it also guessed the case of
 * all 10 letters of the name; it only makes the try ask again with the name as given.
 */
class ForgedFloodTest extends ResolverFaultsSupport {
  private static final int FORGED = 100_000;
  private static final int REAL_IN_FLIGHT = 4;
  private static final String REAL = "2001:db8::1";
  /** As the results print it. */
  private static final String REAL_TEXT = "2001:db8:0:0:0:0:0:1";

  private static String forgedAddress(int packet) {
    return "2001:db8:ffff::" + Integer.toHexString(packet >>> 16) + ":" + Integer.toHexString(packet & 0xffff);
  }

  private static int packetOf(String address) throws Exception {
    byte[] b = InetAddress.getByName(address).getAddress();
    return ((b[12] & 0xff) << 24) | ((b[13] & 0xff) << 16) | ((b[14] & 0xff) << 8) | (b[15] & 0xff);
  }

  @ParameterizedTest(name = "random letter case {0}")
  @ValueSource(booleans = {false, true})
  void noForgedAnswerIsAcceptedWithoutTheIdOfAWaitingQuery(boolean randomCase) throws Exception {
    Assumptions.assumeTrue(ProcNetUdp.available(), "needs /proc/net/udp");
    ScriptedDnsServer s = server((r, out) -> out.reply(Answers.addresses(r, REAL)));
    NettyDnsTransport transport = NettyDnsTransport.builder().randomizeCase(randomCase).build();
    Resolver resolver = resolver("options timeout:1 attempts:2\n", b -> b.transport(transport), s.address());

    AtomicBoolean forging = new AtomicBoolean(true);
    Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    List<String> forgeriesTaken = new ArrayList<>();
    Thread real = new Thread(() -> lookUpWhile(resolver, forging, outcomes, forgeriesTaken), "real-lookups");
    real.start();
    Await.until("the first query", () -> s.requestCount() > 0);

    int[] ports = new int[FORGED];
    int[] ids = new int[FORGED];
    String[] names = new String[FORGED];
    forge(s, ports, ids, names);
    forging.set(false);
    real.join(TimeUnit.SECONDS.toMillis(LOOKUP_LIMIT_SECONDS));

    // Every forgery taken must have guessed the port, ID and name of a query the server saw (with
    // 0x20, in the case it was sent).
    int luckyGuesses = 0;
    List<String> unexplained = new ArrayList<>();
    for (String taken : forgeriesTaken) {
      int packet = packetOf(taken);
      boolean guessed = s.requests().stream().anyMatch(q -> q.sourcePort() == ports[packet] && q.id() == ids[packet]
          && (randomCase ? q.name().equals(names[packet]) : q.name().equalsIgnoreCase(names[packet])));
      if (guessed) {
        luckyGuesses++;
      } else {
        unexplained.add("packet " + packet + " to port " + ports[packet] + " id " + ids[packet] + " " + names[packet]);
      }
    }
    String summary = FORGED + " forged; real lookups " + outcomes + "; forgeries taken " + forgeriesTaken.size()
        + " (of them lucky guesses of a waiting query's port and ID: " + luckyGuesses + ")"
        + (randomCase ? "; with random case: " + transport.caseRandomizationStats() : "");
    System.out.println("ForgedFloodTest: " + summary);
    assertEquals(List.of(), unexplained.subList(0, Math.min(10, unexplained.size())), summary);
    assertTrue(outcomes.getOrDefault("answered", new AtomicInteger()).get() > 0, summary);
    assertTrue(outcomes.keySet().stream().allMatch(k -> k.equals("answered") || k.equals("EAI_AGAIN")
        || k.equals("forged")), summary);
  }

  /** Real lookups, a few at a time, until the forging ends. */
  private static void lookUpWhile(Resolver resolver, AtomicBoolean forging, Map<String, AtomicInteger> outcomes,
      List<String> forgeriesTaken) {
    Semaphore slots = new Semaphore(REAL_IN_FLIGHT);
    List<CompletableFuture<?>> all = new ArrayList<>();
    for (int i = 0; forging.get(); i++) {
      slots.acquireUninterruptibly();
      all.add(resolver.getAddrInfo("r" + i + ".flood.test.", null, family(Linux.AF_INET6)).whenComplete((list, e) -> {
        String outcome;
        if (e != null) {
          outcome = code(e.getCause() != null ? e.getCause() : e);
        } else if (addresses(list).equals(REAL_TEXT)) {
          outcome = "answered";
        } else {
          outcome = "forged";
          synchronized (forgeriesTaken) {
            forgeriesTaken.add(addresses(list));
          }
        }
        outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
        slots.release();
      }));
    }
    CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])).exceptionally(t -> null).join();
  }

  /** Sends the forgeries from the server's own port, 256 at a time, aiming at the client's ports. */
  private static void forge(ScriptedDnsServer s, int[] ports, int[] ids, String[] names) throws Exception {
    SplittableRandom random = new SplittableRandom();
    InetAddress client = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    Integer[] targets = {};
    Future<Void> last = null;
    for (int packet = 0; packet < FORGED; packet++) {
      if (packet % 256 == 0) {
        if (last != null) {
          last.get(10, TimeUnit.SECONDS);
        }
        Set<Integer> now = ProcNetUdp.portsConnectedTo(s.address());
        if (!now.isEmpty()) {
          targets = now.toArray(new Integer[0]);
        }
      }
      if (targets.length == 0) {
        throw new AssertionError("no client socket connected to " + s.address() + " in /proc/net/udp");
      }
      DnsRequest latest = s.lastRequest();
      ports[packet] = targets[random.nextInt(targets.length)];
      ids[packet] = random.nextInt(0x10000);
      // The name as the lookups spell it (lower case): what the forger knows.
      names[packet] = latest.name().toLowerCase(Locale.ROOT);
      byte[] forged = WireBuilder.response(ids[packet]).question(latest.name(), Answers.TYPE_AAAA)
          .aaaa(latest.name(), 300, forgedAddress(packet)).bytes();
      last = s.sendDatagram(forged, new InetSocketAddress(client, ports[packet]));
    }
    last.get(10, TimeUnit.SECONDS);
  }
}
