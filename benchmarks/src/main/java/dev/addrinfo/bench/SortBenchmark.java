package dev.addrinfo.bench;

import dev.addrinfo.internal.sort.AddressSorter;
import dev.addrinfo.internal.sort.GaiConf;
import dev.addrinfo.internal.sort.SourceAddress;
import dev.addrinfo.internal.sort.SourceAddressFinder;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * RFC 6724 ordering as glibc does it, on its own: two addresses (one A, one AAAA, the usual answer)
 * and eight (four of each family), with source addresses given (the rules and glibc's merge sort
 * alone) and with the system's finder, whose answers for these destinations are remembered after
 * the first call (what a lookup of a known destination pays).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class SortBenchmark {
  private final List<InetAddress> two = addresses("192.0.2.1", "2001:db8::1");
  private final List<InetAddress> eight = addresses("192.0.2.1", "2001:db8::1", "198.51.100.2", "2001:db8::2",
      "203.0.113.3", "2001:db8:1::3", "192.0.2.4", "fe80::4");
  private final AddressSorter given = new AddressSorter(GaiConf.DEFAULT,
      d -> Optional.of(SourceAddress.listed(d, d.getAddress().length == 4 ? 24 : 64, 2)));
  private final AddressSorter system = new AddressSorter(GaiConf.DEFAULT, SourceAddressFinder.system());

  @Benchmark
  public List<InetAddress> twoGivenSources() {
    return given.sort(two);
  }

  @Benchmark
  public List<InetAddress> eightGivenSources() {
    return given.sort(eight);
  }

  @Benchmark
  public List<InetAddress> twoSystemSourcesRemembered() {
    return system.sort(two);
  }

  private static List<InetAddress> addresses(String... literals) {
    List<InetAddress> out = new ArrayList<>();
    for (String l : literals) {
      try {
        out.add(InetAddress.getByName(l));
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException(l, e);
      }
    }
    return List.copyOf(out);
  }
}
