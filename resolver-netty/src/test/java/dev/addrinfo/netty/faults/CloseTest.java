package dev.addrinfo.netty.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.AddrInfoException;
import dev.addrinfo.EaiError;
import dev.addrinfo.Linux;
import dev.addrinfo.NameInfoFlag;
import dev.addrinfo.Resolver;
import dev.addrinfo.testing.dnsserver.ScriptedDnsServer;
import dev.addrinfo.testing.support.Await;
import dev.addrinfo.testing.support.OpenFiles;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Closing a resolver while lookups wait on a server that never answers (over UDP and, with
 * use-vc, TCP): each fails at once, long before its tries would time out, with EAI_AGAIN and an
 * error that says the resolver was closed; later lookups fail at once without a query; every
 * socket is released (the suite's leak check covers the buffers).
 */
class CloseTest extends ResolverFaultsSupport {
  /** glibc's largest settings: a lookup left alone would wait minutes. */
  private static final String PATIENT = "options timeout:30 attempts:5\n";
  private static final int LOOKUPS = 40;

  @Test
  void closingFailsLookupsWaitingOnUdpAtOnceAndReleasesEverySocket() throws Exception {
    closeWhileWaiting(PATIENT);
  }

  @Test
  void closingFailsLookupsWaitingOnTcpAtOnceAndReleasesEverySocket() throws Exception {
    closeWhileWaiting(PATIENT + "options use-vc\n");
  }

  @Test
  void aLookupAfterCloseFailsAtOnce() throws Exception {
    ScriptedDnsServer silent = server((r, out) -> { });
    Resolver resolver = resolver(PATIENT, silent.address());
    resolver.close();
    assertFails(resolver.getAddrInfo("after.close.test.", null, family(Linux.AF_INET)));
    assertFails(resolver.getNameInfo(new InetSocketAddress("192.0.2.1", 80), Set.of(NameInfoFlag.NAMEREQD)));
    assertEquals(0, silent.requests().size());
  }

  @Test
  void theErrorOfALookupEndedByCloseSaysTheResolverWasClosed() throws Exception {
    ScriptedDnsServer silent = server((r, out) -> { });
    Resolver resolver = resolver(PATIENT, silent.address());
    CompletableFuture<?> waiting = resolver.getAddrInfo("h.close.test.", null, family(Linux.AF_INET));
    Await.until("the query at the server", () -> silent.requests().size() == 1);
    resolver.close();
    AddrInfoException e = assertFails(waiting);
    assertTrue(e.getMessage().contains("closed"), "not a clear error: " + e.getMessage());
  }

  private void closeWhileWaiting(String resolvConf) throws Exception {
    Assumptions.assumeTrue(OpenFiles.available(), "needs /proc/self/fd");
    ScriptedDnsServer silent = server((r, out) -> { });
    int baseline = OpenFiles.sockets();
    Resolver resolver = resolver(resolvConf, silent.address());
    List<CompletableFuture<?>> lookups = new ArrayList<>();
    for (int i = 0; i < LOOKUPS / 2; i++) {
      lookups.add(resolver.getAddrInfo("h" + i + ".close.test.", "80", family(Linux.AF_UNSPEC)));
      lookups.add(resolver.getNameInfo(new InetSocketAddress("192.0.2." + (i + 1), 80),
          Set.of(NameInfoFlag.NAMEREQD)));
    }
    // Every lookup has sent its first query: A and AAAA for the names, PTR for the addresses.
    Await.until("all first queries at the server", () -> silent.requests().size() >= LOOKUPS / 2 * 3);

    long start = System.nanoTime();
    resolver.close();
    for (CompletableFuture<?> f : lookups) {
      assertFails(f);
    }
    long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    // "At once": far below the 30 s of a single try.
    assertTrue(took < 10_000, "lookups ended " + took + " ms after close");
    Await.until("every socket of the resolver closed", () -> OpenFiles.sockets() <= baseline);
  }

  /** The lookup failed, within 10 s, with EAI_AGAIN: a closed resolver cannot say anything of the name. */
  private static AddrInfoException assertFails(CompletableFuture<?> f) {
    ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
    AddrInfoException failure = assertInstanceOf(AddrInfoException.class, e.getCause());
    assertEquals(EaiError.EAI_AGAIN, failure.error(), failure.getMessage());
    return failure;
  }
}
