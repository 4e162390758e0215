package dev.addrinfo.bench;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.xbill.DNS.Name;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;
import org.xbill.DNS.lookup.LookupResult;
import org.xbill.DNS.lookup.LookupSession;

/**
 * dnsjava's asynchronous {@link LookupSession} over a {@link SimpleResolver}: the A and AAAA
 * look-ups start together and the result waits for both, as getaddrinfo does.
 */
final class DnsjavaPeer implements Peer {
  private final LookupSession session;

  DnsjavaPeer(InetSocketAddress server) {
    SimpleResolver resolver = new SimpleResolver(server);
    resolver.setTimeout(Duration.ofSeconds(5));
    session = LookupSession.builder().resolver(resolver).clearSearchPath().ndots(1).clearCaches().build();
  }

  @Override
  public String label() {
    return "dnsjava";
  }

  @Override
  public CompletableFuture<Integer> lookup(String name) {
    Name n;
    try {
      n = Name.fromString(name, Name.root);
    } catch (TextParseException e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<LookupResult> a = session.lookupAsync(n, Type.A).toCompletableFuture();
    CompletableFuture<LookupResult> aaaa = session.lookupAsync(n, Type.AAAA).toCompletableFuture();
    return a.thenCombine(aaaa, (x, y) -> x.getRecords().size() + y.getRecords().size());
  }

  @Override
  public void close() {
    // LookupSession and SimpleResolver hold no socket between queries
  }
}
