package dev.addrinfo.bench;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.Hints;
import dev.addrinfo.Linux;
import dev.addrinfo.Resolver;
import dev.addrinfo.netty.NettyResolver;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the IDN flags cost on a cached look-up (one A record, AF_INET, no sort): none of them
 * (the baseline, {@link CachedLookupBenchmark#addrinfoInetOnly}'s path), AI_IDN on an ASCII name,
 * AI_IDN on a Unicode name, and AI_CANONNAME|AI_CANONIDN on an "xn--" name. The result cache keeps
 * answers under the name as given, so a hit converts nothing and all four should cost the same;
 * the conversion (1 to 6 microseconds for a Unicode name) runs only when the result cache misses.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IdnLookupBenchmark {
  static final String ASCII = "warm.bench.test";
  static final String UNICODE = "bücher.bench.test";
  static final String ACE = "xn--bcher-kva.bench.test";
  static final Hints PLAIN = hints(0);
  static final Hints IDN = hints(Linux.AI_IDN);
  static final Hints CANON_IDN = hints(Linux.AI_CANONNAME | Linux.AI_CANONIDN);

  private static Hints hints(int flags) {
    return Hints.builder().socketType(Linux.SOCK_STREAM).family(Linux.AF_INET).flags(flags).build();
  }

  @State(Scope.Benchmark)
  public static class Warm {
    LoopbackDnsServer server;
    BenchFiles files;
    Resolver resolver;

    @Setup(Level.Trial)
    public void start() {
      server = new LoopbackDnsServer();
      files = new BenchFiles("127.0.0.1 localhost\n");
      resolver = NettyResolver.builder().files(files.files()).environment(Map.of())
          .addNameserver(server.address()).build();
      for (String name : List.of(ASCII, ACE)) {
        if (resolver.getAddrInfo(name, null, PLAIN).join().size() != 1) {
          throw new IllegalStateException("expected one A record for " + name);
        }
      }
      if (resolver.getAddrInfo(UNICODE, null, IDN).join().size() != 1) {
        throw new IllegalStateException("expected one A record for " + UNICODE + " under AI_IDN");
      }
      String canonical = resolver.getAddrInfo(ACE, null, CANON_IDN).join().get(0).canonicalName();
      if (!canonical.equals(UNICODE)) {
        throw new IllegalStateException("expected " + UNICODE + " as the canonical name, got " + canonical);
      }
    }

    @TearDown(Level.Trial)
    public void stop() {
      resolver.close();
      server.close();
      files.close();
    }
  }

  @Benchmark
  public List<AddrInfo> noFlags(Warm s) {
    return s.resolver.getAddrInfo(ASCII, null, PLAIN).join();
  }

  @Benchmark
  public List<AddrInfo> idnOnAsciiName(Warm s) {
    return s.resolver.getAddrInfo(ASCII, null, IDN).join();
  }

  @Benchmark
  public List<AddrInfo> idnOnUnicodeName(Warm s) {
    return s.resolver.getAddrInfo(UNICODE, null, IDN).join();
  }

  @Benchmark
  public List<AddrInfo> canonIdnOnAceName(Warm s) {
    return s.resolver.getAddrInfo(ACE, null, CANON_IDN).join();
  }
}
