package dev.addrinfo.bench;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.Hints;
import dev.addrinfo.Linux;
import dev.addrinfo.Resolver;
import dev.addrinfo.netty.NettyResolver;
import java.net.InetAddress;
import java.net.UnknownHostException;
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
 * getaddrinfo paths that never reach DNS: a numeric IPv4 and IPv6 host, and a name found in the
 * hosts file (glibc's "files" source), each with stream sockets so one entry per address. The
 * JDK's numeric parse is there as a floor. The name server is an in-process loopback server that
 * these paths must not use.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class GetAddrInfoPathsBenchmark {
  static final Hints STREAM = Hints.builder().socketType(Linux.SOCK_STREAM).build();
  static final String HOSTS = "127.0.0.1 localhost\n"
      + "192.0.2.10 filehost.bench.test filehost\n"
      + "2001:db8::10 filehost.bench.test filehost\n";

  LoopbackDnsServer server;
  BenchFiles files;
  Resolver resolver;

  @Setup(Level.Trial)
  public void start() {
    server = new LoopbackDnsServer();
    files = new BenchFiles(HOSTS);
    resolver = NettyResolver.builder().files(files.files()).environment(Map.of())
        .addNameserver(server.address()).build();
    expect("192.0.2.1", 1);
    expect("2001:db8::1", 1);
    expect("filehost.bench.test", 2);
  }

  private void expect(String host, int entries) {
    List<AddrInfo> r = resolver.getAddrInfo(host, null, STREAM).join();
    if (r.size() != entries) {
      throw new IllegalStateException("expected " + entries + " entries for " + host + ", got " + r);
    }
  }

  @TearDown(Level.Trial)
  public void stop() {
    resolver.close();
    server.close();
    files.close();
  }

  @Benchmark
  public List<AddrInfo> numericV4() {
    return resolver.getAddrInfo("192.0.2.1", null, STREAM).join();
  }

  @Benchmark
  public List<AddrInfo> numericV6() {
    return resolver.getAddrInfo("2001:db8::1", null, STREAM).join();
  }

  @Benchmark
  public List<AddrInfo> hostsFile() {
    return resolver.getAddrInfo("filehost.bench.test", null, STREAM).join();
  }

  @Benchmark
  public InetAddress[] jdkNumericV4() throws UnknownHostException {
    return InetAddress.getAllByName("192.0.2.1");
  }
}
