package dev.addrinfo.netty;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.Hints;
import dev.addrinfo.Linux;
import dev.addrinfo.Resolver;
import dev.addrinfo.SystemFiles;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A program that forgets to close its resolver, as a new user's would, for
 * {@link ForgottenResolverTest}: it resolves {@code args[2]} (and, with {@code args[3]} =
 * {@code leave-one-waiting}, starts a lookup of {@code pending.example.test} it never waits for)
 * through the name server at 127.0.0.1:{@code args[0]} with the files in {@code args[1]}, prints
 * its threads, and returns from main.
 */
public final class ForgottenResolverMain {
  private ForgottenResolverMain() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[1]);
    Resolver resolver = NettyResolver.builder()
        .files(new SystemFiles(dir.resolve("hosts"), dir.resolve("host.conf"), dir.resolve("resolv.conf"),
            dir.resolve("nsswitch.conf"), dir.resolve("gai.conf"), dir.resolve("services")))
        .environment(Map.of())
        .addNameserver(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])))
        .build();
    Hints hints = Hints.builder().family(Linux.AF_INET).socketType(Linux.SOCK_STREAM).build();
    List<AddrInfo> results = resolver.getAddrInfo(args[2], null, hints).get(20, TimeUnit.SECONDS);
    System.out.println("resolved " + results.stream().map(r -> r.address().getAddress().getHostAddress()).toList());
    if (args.length > 3 && args[3].equals("leave-one-waiting")) {
      resolver.getAddrInfo("pending.example.test", null, hints);
    }
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      System.out.println("thread " + t.getName() + (t.isDaemon() ? " daemon" : " user"));
    }
    System.out.println("main returns at " + System.currentTimeMillis());
  }
}
