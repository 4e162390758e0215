package dev.addrinfo.bench;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.Hints;
import dev.addrinfo.Linux;
import dev.addrinfo.Resolver;
import dev.addrinfo.netty.NettyResolver;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.resolver.ResolvedAddressTypes;
import io.netty.resolver.dns.DnsNameResolver;
import io.netty.resolver.dns.DnsNameResolverBuilder;
import io.netty.resolver.dns.SingletonDnsServerAddressStreamProvider;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * A look-up of a name already answered, one A and one AAAA: addrinfo's cache (through the public
 * {@link Resolver}), the JDK's own {@code InetAddress} cache, and Netty's {@link DnsNameResolver}
 * cache. The JDK reads its names from a hosts file ({@code jdk.net.hosts.file}) so no DNS is
 * involved; the two DNS resolvers warm from an in-process server on loopback. Run with
 * {@code -prof gc} for bytes allocated per look-up.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Djdk.net.hosts.file=" + CachedLookupBenchmark.JDK_HOSTS_FILE)
public class CachedLookupBenchmark {
  /** Where the forked JVM's hosts-file name service reads; written by {@link JdkState}. */
  static final String JDK_HOSTS_FILE = "/tmp/addrinfo-bench-jdk-hosts";
  static final String NAME = "warm.bench.test";
  /** One entry per address, as getAllByName gives: stream sockets only. */
  static final Hints STREAM = Hints.builder().socketType(Linux.SOCK_STREAM).build();
  /** One address only, so no RFC 6724 sort (and no source-address probe) is needed. */
  static final Hints STREAM_INET = Hints.builder().socketType(Linux.SOCK_STREAM).family(Linux.AF_INET).build();

  @State(Scope.Benchmark)
  public static class AddrinfoState {
    LoopbackDnsServer server;
    BenchFiles files;
    Resolver resolver;

    @Setup(Level.Trial)
    public void start() {
      server = new LoopbackDnsServer();
      files = new BenchFiles("127.0.0.1 localhost\n");
      resolver = NettyResolver.builder().files(files.files()).environment(Map.of())
          .addNameserver(server.address()).build();
      List<AddrInfo> warm = resolver.getAddrInfo(NAME, null, STREAM).join();
      if (warm.size() != 2) {
        throw new IllegalStateException("expected one A and one AAAA for " + NAME + ", got " + warm);
      }
    }

    @TearDown(Level.Trial)
    public void stop() {
      resolver.close();
      server.close();
      files.close();
    }
  }

  @State(Scope.Benchmark)
  public static class NettyState {
    LoopbackDnsServer server;
    EventLoopGroup group;
    DnsNameResolver resolver;

    @Setup(Level.Trial)
    public void start() {
      server = new LoopbackDnsServer();
      group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
      resolver = new DnsNameResolverBuilder(group.next())
          .datagramChannelType(NioDatagramChannel.class)
          .nameServerProvider(new SingletonDnsServerAddressStreamProvider(server.address()))
          .resolvedAddressTypes(ResolvedAddressTypes.IPV4_PREFERRED)
          .searchDomains(List.of())
          .ndots(1)
          .build();
      List<InetAddress> warm = resolver.resolveAll(NAME).syncUninterruptibly().getNow();
      if (warm.size() != 2) {
        throw new IllegalStateException("expected one A and one AAAA for " + NAME + ", got " + warm);
      }
    }

    @TearDown(Level.Trial)
    public void stop() {
      resolver.close();
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
      server.close();
    }
  }

  @State(Scope.Benchmark)
  public static class JdkState {
    @Setup(Level.Trial)
    public void start() throws IOException {
      String file = System.getProperty("jdk.net.hosts.file");
      if (file == null) {
        throw new IllegalStateException("run with -Djdk.net.hosts.file=" + JDK_HOSTS_FILE
            + " so that the JDK reads a hosts file instead of asking DNS");
      }
      Files.writeString(Path.of(file), "192.0.2.1 " + NAME + "\n2001:db8::1 " + NAME + "\n");
      InetAddress[] warm = InetAddress.getAllByName(NAME);
      if (warm.length != 2) {
        throw new IllegalStateException("expected two addresses for " + NAME + " from " + file);
      }
    }
  }

  @Benchmark
  public List<AddrInfo> addrinfo(AddrinfoState s) {
    return s.resolver.getAddrInfo(NAME, null, STREAM).join();
  }

  /** The cache without the sort: tells how much of {@link #addrinfo} is RFC 6724 ordering. */
  @Benchmark
  public List<AddrInfo> addrinfoInetOnly(AddrinfoState s) {
    return s.resolver.getAddrInfo(NAME, null, STREAM_INET).join();
  }

  @Benchmark
  public InetAddress[] jdk(JdkState s) throws IOException {
    return InetAddress.getAllByName(NAME);
  }

  @Benchmark
  public List<InetAddress> netty(NettyState s) {
    return s.resolver.resolveAll(NAME).syncUninterruptibly().getNow();
  }
}
