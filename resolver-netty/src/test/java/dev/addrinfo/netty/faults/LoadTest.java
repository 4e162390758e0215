package dev.addrinfo.netty.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.Linux;
import dev.addrinfo.Resolver;
import dev.addrinfo.netty.transport.NettyDnsTransport;
import dev.addrinfo.testing.dnsserver.Answers;
import dev.addrinfo.testing.dnsserver.ScriptedDnsServer;
import dev.addrinfo.testing.support.Await;
import dev.addrinfo.testing.support.OpenFiles;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * 20,000 lookups, 256 in flight, against a server that drops 1% of the queries it reads: every
 * lookup ends, answered correctly or with EAI_AGAIN (both tries dropped: about 2 in 20,000), none
 * later than its two tries allow, and the resolver never holds more sockets than its pools.
 */
class LoadTest extends ResolverFaultsSupport {
  private static final int LOOKUPS = 20_000;
  private static final int IN_FLIGHT = 256;
  /** timeout:1 attempts:2 with one server: a 1 s try, then a 2 s one (glibc doubles it). */
  private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(3);
  /** For a loaded 2-core machine: scheduling, GC, the event loops' queues. */
  private static final long SLACK_NANOS = TimeUnit.SECONDS.toNanos(2);
  /** Two event loops, each with a pool of sockets for the one server: see NettyDnsTransport. */
  private static final int POOLS = 2 * NettyDnsTransport.DEFAULT_UDP_SOCKET_POOL_SIZE;
  /**
   * A socket retired from its pool (after 64 queries) stays open while an exchange still waits on
   * it, here a dropped query until its timeout: each lookup in flight can hold one such socket.
   */
  private static final int SOCKET_BOUND = POOLS + IN_FLIGHT;

  private static String addressOf(int i) {
    return "192.0.2." + (1 + i % 250);
  }

  @Test
  void twentyThousandLookupsWithOnePercentDroppedAllEndInTimeWithBoundedSockets() throws Exception {
    Assumptions.assumeTrue(OpenFiles.available(), "needs /proc/self/fd");
    AtomicInteger dropped = new AtomicInteger();
    ScriptedDnsServer s = server((r, out) -> {
      if (ThreadLocalRandom.current().nextInt(100) == 0) {
        dropped.incrementAndGet();
        return;
      }
      int i = Integer.parseInt(r.name().substring(1, r.name().indexOf('.')));
      out.reply(Answers.addresses(r, addressOf(i)));
    });
    Resolver resolver = resolver("options timeout:1 attempts:2\n", s.address());
    int baseline = OpenFiles.sockets();
    SocketSampler sampler = new SocketSampler();
    sampler.start();

    Semaphore slots = new Semaphore(IN_FLIGHT);
    Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    AtomicInteger wrong = new AtomicInteger();
    AtomicInteger late = new AtomicInteger();
    long[] slowest = new long[1];
    CompletableFuture<?>[] all = new CompletableFuture<?>[LOOKUPS];
    for (int i = 0; i < LOOKUPS; i++) {
      slots.acquire();
      int n = i;
      long start = System.nanoTime();
      all[i] = resolver.getAddrInfo("h" + i + ".load.test.", null, family(Linux.AF_INET)).whenComplete((list, e) -> {
        long took = System.nanoTime() - start;
        synchronized (slowest) {
          slowest[0] = Math.max(slowest[0], took);
        }
        if (took > BUDGET_NANOS + SLACK_NANOS) {
          late.incrementAndGet();
        }
        String outcome = e != null ? code(e.getCause() != null ? e.getCause() : e) : addresses(list);
        if (e == null && !outcome.equals(addressOf(n))) {
          wrong.incrementAndGet();
        }
        outcomes.computeIfAbsent(e == null ? "answered" : outcome, k -> new AtomicInteger()).incrementAndGet();
        slots.release();
      });
    }
    CompletableFuture.allOf(all).exceptionally(t -> null).get(120, TimeUnit.SECONDS);
    sampler.stop();

    Map<String, AtomicInteger> sorted = new TreeMap<>(outcomes);
    String summary = sorted + ", " + dropped + " queries dropped, slowest "
        + TimeUnit.NANOSECONDS.toMillis(slowest[0]) + " ms, sockets " + baseline + " -> max " + sampler.max;
    System.out.println("LoadTest: " + summary);
    assertEquals(0, wrong.get(), summary);
    assertTrue(sorted.keySet().stream().allMatch(k -> List.of("answered", "EAI_AGAIN").contains(k)), summary);
    assertTrue(sorted.get("answered").get() >= LOOKUPS - 20, summary);
    assertEquals(0, late.get(), "lookups past " + TimeUnit.NANOSECONDS.toMillis(BUDGET_NANOS + SLACK_NANOS)
        + " ms: " + summary);
    assertTrue(sampler.max - baseline <= SOCKET_BOUND, summary);
    // Once nothing waits, the retired sockets are closed: only the pools are left.
    Await.until("retired sockets closed", () -> OpenFiles.sockets() - baseline <= POOLS);
  }

  /** Counts this process's sockets every 10 ms on a thread of its own. */
  private static final class SocketSampler implements Runnable {
    private final Thread thread = new Thread(this, "socket-sampler");
    private volatile boolean running = true;
    volatile int max;

    void start() {
      thread.setDaemon(true);
      thread.start();
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join();
    }

    @Override
    public void run() {
      while (running) {
        max = Math.max(max, OpenFiles.sockets());
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }
}
