package dev.addrinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.spi.DnsRefusedException;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.testing.FakeTransport;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Resolver.Builder#rememberDeadServers} through the public API: the same addresses and
 * error codes as with the option off, search list and both families included, and fewer tries.
 * Server 127.0.0.1 misbehaves as each case says; 127.0.0.2 answers from the zone, where only
 * {@code host.b.test} exists (so the search list {@code a.test b.test} matters).
 */
class RememberDeadServersTest {
  private static final InetSocketAddress S1 = new InetSocketAddress("127.0.0.1", 53);

  @TempDir
  Path dir;

  private FakeTransport transport(String first) {
    FakeTransport t = new FakeTransport().address("host.b.test.", "192.0.2.2").address("host.b.test.", "2001:db8::2");
    return t.script((q, s) -> {
      if (!s.equals(S1)) {
        return null;
      }
      return switch (first) {
        case "timeout" -> FakeTransport.timeout();
        case "refused" -> CompletableFuture.failedFuture(new DnsRefusedException("port unreachable"));
        case "servfail" -> FakeTransport.rcode(DnsResponse.SERVFAIL);
        default -> throw new IllegalArgumentException(first);
      };
    });
  }

  private Resolver resolver(FakeTransport transport, String resolvConf, boolean remember) throws IOException {
    Files.writeString(dir.resolve("hosts"), "127.0.0.1 localhost\n");
    Files.writeString(dir.resolve("nsswitch.conf"), "hosts: files dns\n");
    Files.writeString(dir.resolve("resolv.conf"), resolvConf);
    SystemFiles files = new SystemFiles(dir.resolve("hosts"), dir.resolve("host.conf"), dir.resolve("resolv.conf"),
        dir.resolve("nsswitch.conf"), dir.resolve("gai.conf"), dir.resolve("services"));
    return Resolver.builder().files(files).environment(Map.of()).transport(transport).cacheSize(0)
        .rememberDeadServers(remember).build();
  }

  private static String lookup(Resolver r, String host, int family) {
    Hints hints = Hints.builder().family(family).socketType(Linux.SOCK_STREAM).build();
    try {
      return r.getAddrInfo(host, null, hints).join().stream()
          .map(a -> a.address().getAddress().getHostAddress()).collect(Collectors.joining(" "));
    } catch (CompletionException e) {
      return ((AddrInfoException) e.getCause()).error().name();
    }
  }

  /** The second of two identical lookups, with the option on or off, and the tries it sent. */
  private record Second(String result, int tries) {}

  private Second second(String first, String servers, String host, int family, boolean remember) throws IOException {
    FakeTransport t = transport(first);
    try (Resolver r = resolver(t, servers + "search a.test b.test\noptions timeout:1 attempts:2\n", remember)) {
      lookup(r, host, family);
      int before = t.sent().size();
      return new Second(lookup(r, host, family), t.sent().size() - before);
    }
  }

  @ParameterizedTest(name = "first server {0}, {1}, {2}, family {3}")
  @CsvSource({
      "timeout, 2, host, 0", "timeout, 2, host, 2", "timeout, 2, host.b.test, 0", "timeout, 2, nowhere, 0",
      "timeout, 2, nowhere, 2", "timeout, 1, host, 0", "timeout, 1, nowhere, 2",
      "refused, 2, host, 0", "refused, 2, host, 2", "refused, 2, nowhere, 0", "refused, 1, host, 0",
      "refused, 1, nowhere, 2", "servfail, 2, host, 0", "servfail, 1, nowhere, 2"})
  void theResultIsTheOneWithTheOptionOff(String first, int servers, String host, int family) throws IOException {
    String conf = servers == 1 ? "nameserver 127.0.0.1\n" : "nameserver 127.0.0.1\nnameserver 127.0.0.2\n";
    Second off = second(first, conf, host, family, false);
    Second on = second(first, conf, host, family, true);
    assertEquals(off.result(), on.result());
    assertTrue(on.tries() <= off.tries(), "with the option on " + on.tries() + " tries, off " + off.tries());
  }

  @Test
  void aLookupBehindADeadFirstServerSkipsItAndCountsTheSkip() throws IOException {
    String conf = "nameserver 127.0.0.1\nnameserver 127.0.0.2\n";
    FakeTransport t = transport("timeout");
    try (Resolver r = resolver(t, conf + "options timeout:5 attempts:2\n", true)) {
      assertEquals("192.0.2.2", lookup(r, "host.b.test", Linux.AF_INET));
      int before = t.sent().size();
      assertEquals("192.0.2.2", lookup(r, "host.b.test", Linux.AF_INET));
      assertEquals(List.of(new InetSocketAddress("127.0.0.2", 53)),
          t.sent().subList(before, t.sent().size()).stream().map(FakeTransport.Sent::server).toList());
      assertEquals(1, r.stats().skippedTries());
    }
  }
}
