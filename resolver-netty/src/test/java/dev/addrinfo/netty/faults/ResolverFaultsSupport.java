package dev.addrinfo.netty.faults;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.AddrInfoException;
import dev.addrinfo.Hints;
import dev.addrinfo.Linux;
import dev.addrinfo.NameInfo;
import dev.addrinfo.Resolver;
import dev.addrinfo.ResolverListener;
import dev.addrinfo.netty.NettyResolver;
import dev.addrinfo.spi.QueryTrace;
import dev.addrinfo.testing.dnsserver.ScriptedDnsServer;
import dev.addrinfo.testing.support.EtcFiles;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the resolver-level fault tests share: scripted servers, a {@link Resolver} over private
 * files (resolv.conf as the test writes it; hosts, host.conf and nsswitch.conf as in the glibc
 * measurements: localhost only, {@code multi on}, {@code hosts: files dns}) and without a cache,
 * every exchange traced, all closed after each test. A lookup's outcome is a string: the addresses
 * in order, or the EAI code, so that an assertion shows the whole result when it fails.
 */
abstract class ResolverFaultsSupport {
  /** One try of 1 s per server, as in the glibc measurements: for tests that wait out a timeout. */
  static final String QUICK = "options timeout:1 attempts:1\n";
  /**
   * One try per server, of 2 s: for tests where one try times out and the next must be answered,
   * so that a loaded machine has room to answer it.
   */
  static final String WAIT = "options timeout:2 attempts:1\n";
  /**
   * One try per server, of 5 s: for tests where no try should time out, so that a loaded machine
   * has seconds of room before a late answer would change the result; a wrong result still shows.
   */
  static final String ONE_TRY = "options timeout:5 attempts:1\n";
  /** A try is at least glibc's one second; five tries and more fit in this. */
  static final long LOOKUP_LIMIT_SECONDS = 60;

  @TempDir
  Path dir;

  final List<QueryTrace> traces = new CopyOnWriteArrayList<>();
  private final List<AutoCloseable> toClose = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    // Resolvers first, so that no lookup is left waiting on a server that is gone.
    for (AutoCloseable c : toClose) {
      if (c instanceof Resolver) {
        c.close();
      }
    }
    for (AutoCloseable c : toClose) {
      if (!(c instanceof Resolver)) {
        c.close();
      }
    }
  }

  ScriptedDnsServer server(ScriptedDnsServer.Script script) throws InterruptedException {
    ScriptedDnsServer s = ScriptedDnsServer.start(script);
    toClose.add(s);
    return s;
  }

  EtcFiles etc() {
    return EtcFiles.in(dir);
  }

  /** A resolver reading {@code resolvConf} (its servers replaced by {@code servers} if any given). */
  Resolver resolver(String resolvConf, InetSocketAddress... servers) {
    return resolver(resolvConf, b -> { }, servers);
  }

  Resolver resolver(String resolvConf, Consumer<Resolver.Builder> tweak, InetSocketAddress... servers) {
    EtcFiles etc = etc();
    etc.resolvConf(resolvConf);
    // The files of the glibc measurements (research/glibc/run.py), unless the test wrote its own:
    // the "files" source before "dns" changes some of glibc's error codes.
    if (!etc.path("nsswitch.conf").toFile().exists()) {
      etc.nsswitchConf("hosts: files dns\n");
    }
    if (!etc.path("hosts").toFile().exists()) {
      etc.hosts("127.0.0.1 localhost\n::1 localhost\n");
    }
    if (!etc.path("host.conf").toFile().exists()) {
      etc.hostConf("multi on\n");
    }
    Resolver.Builder b = NettyResolver.builder().files(etc.files()).environment(Map.of()).cacheSize(0).listener(tracing());
    for (InetSocketAddress s : servers) {
      b.addNameserver(s);
    }
    tweak.accept(b);
    Resolver r = b.build();
    toClose.add(r);
    return r;
  }

  /** A listener that keeps every DNS exchange in {@code traces}. */
  private ResolverListener tracing() {
    return new ResolverListener() {
      @Override
      public void onExchange(QueryTrace exchange) {
        traces.add(exchange);
      }
    };
  }

  static Hints family(int family) {
    return Hints.builder().family(family).socketType(Linux.SOCK_STREAM).build();
  }

  /** getaddrinfo(host, NULL, {family, SOCK_STREAM}) as a string: addresses or the EAI code. */
  static String lookup(Resolver r, String host, int family) {
    return outcome(r.getAddrInfo(host, null, family(family)));
  }

  static String lookup(Resolver r, String host) {
    return lookup(r, host, Linux.AF_UNSPEC);
  }

  static String outcome(CompletableFuture<List<AddrInfo>> f) {
    try {
      return addresses(f.get(LOOKUP_LIMIT_SECONDS, TimeUnit.SECONDS));
    } catch (ExecutionException | CompletionException e) {
      return code(e.getCause());
    } catch (Exception e) {
      throw new AssertionError("lookup did not end within " + LOOKUP_LIMIT_SECONDS + " s", e);
    }
  }

  static String addresses(List<AddrInfo> list) {
    return list.stream().map(a -> a.address().getAddress().getHostAddress()).collect(Collectors.joining(" "));
  }

  static String code(Throwable t) {
    if (t instanceof AddrInfoException e) {
      return e.error().name();
    }
    throw new AssertionError("a lookup failed with something other than an AddrInfoException", t);
  }

  /** getnameinfo(address, NI_NAMEREQD) as a string: the host name or the EAI code. */
  static String reverse(Resolver r, String address) {
    CompletableFuture<NameInfo> f = r.getNameInfo(new InetSocketAddress(address, 0),
        java.util.Set.of(dev.addrinfo.NameInfoFlag.NAMEREQD));
    try {
      return f.get(LOOKUP_LIMIT_SECONDS, TimeUnit.SECONDS).host();
    } catch (ExecutionException e) {
      return code(e.getCause());
    } catch (Exception e) {
      throw new AssertionError("reverse lookup did not end within " + LOOKUP_LIMIT_SECONDS + " s", e);
    }
  }

  /** The servers asked, in order, as "udp 127.0.0.1:port" strings. */
  List<String> asked() {
    return traces.stream().map(t -> t.transport() + " " + t.server().getAddress().getHostAddress() + ":"
        + t.server().getPort()).toList();
  }
}
