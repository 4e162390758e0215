package dev.addrinfo.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The side-by-side run: one local BIND serving N generated names (one A and one AAAA each), and
 * each resolver in turn looking all of them up with K look-ups in flight, after a warm-up on other
 * names. Prints look-ups per second and p50/p99 latency per resolver, and addrinfo's ratio to each.
 * All traffic stays on 127.0.0.1; every run is bounded by a count and a time limit.
 *
 * <p>As root it re-runs itself inside {@code unshare -m -n} (see {@link Namespace}) with BIND on
 * 127.0.0.1:53, so that libc through the JDK can be measured too; otherwise, or with
 * {@code --no-namespace}, BIND takes a free port and libc is left out.
 */
public final class Throughput {
  private Throughput() {}

  public static void main(String[] args) throws Exception {
    ThroughputOptions options;
    try {
      options = ThroughputOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    if (options.namespace() && !options.inside()) {
      if (isRoot()) {
        int status = Namespace.rerun(options, rerunTimeoutSeconds(options));
        if (status != Namespace.SETUP_FAILED) {
          System.exit(status);
        }
        System.err.println("could not set up the namespace; measuring without libc");
      } else {
        System.err.println("not root, so no private namespace for libc's resolv.conf; measuring without libc");
      }
    }
    System.exit(run(options));
  }

  private static int run(ThroughputOptions options) throws IOException, InterruptedException {
    boolean libcPossible = options.inside();
    List<String> names = BenchBind.names("n", options.names());
    List<String> warm = BenchBind.names("w", options.warm());
    List<RunResult> results = new ArrayList<>();
    try (BenchBind bind = BenchBind.start(libcPossible ? 53 : 0, options.names(), options.warm())) {
      System.out.printf(Locale.ROOT, "%s; %d names (A+AAAA each), %d in flight, %d warm-up names, %d cores%n",
          bind, options.names(), options.inFlight(), options.warm(), Runtime.getRuntime().availableProcessors());
      for (String label : options.peers()) {
        if (label.equals("jdk") && !libcPossible) {
          System.out.println("libc (JDK): skipped, it can only ask resolv.conf's server (needs the namespace)");
          continue;
        }
        try (Peer peer = create(label, bind.address(), options.inFlight())) {
          if (!warm.isEmpty()) {
            LoadDriver.run(peer, warm, options.inFlight(), options.limit());
          }
          RunResult r = LoadDriver.run(peer, names, options.inFlight(), options.limit());
          results.add(r);
          System.out.println("  done: " + r.label());
        }
      }
    }
    System.out.println();
    System.out.println(RunResult.header());
    results.forEach(r -> System.out.println(r.row()));
    printRatios(results);
    return results.stream().allMatch(r -> r.complete() && r.failed() == 0) ? 0 : 1;
  }

  private static Peer create(String label, InetSocketAddress server, int inFlight) {
    return switch (label) {
      case "addrinfo" -> new AddrinfoPeer(server);
      case "netty" -> new NettyPeer(server);
      case "dnsjava" -> new DnsjavaPeer(server);
      case "jdk" -> new JdkPeer(inFlight);
      default -> throw new IllegalArgumentException(label);
    };
  }

  private static void printRatios(List<RunResult> results) {
    RunResult us = results.stream().filter(r -> r.label().equals("addrinfo")).findFirst().orElse(null);
    if (us == null) {
      return;
    }
    System.out.println();
    for (RunResult peer : results) {
      if (peer != us) {
        System.out.printf(Locale.ROOT, "addrinfo / %-11s throughput x%.2f   p50 x%.2f   p99 x%.2f%n", peer.label(),
            us.perSecond() / peer.perSecond(), us.quantileMillis(0.5) / peer.quantileMillis(0.5),
            us.quantileMillis(0.99) / peer.quantileMillis(0.99));
      }
    }
  }

  private static long rerunTimeoutSeconds(ThroughputOptions o) {
    // Each peer: warm-up and measured run, each bounded by the limit plus LoadDriver's grace.
    return 60 + o.peers().size() * 2L * (o.limit().toSeconds() + 15);
  }

  private static boolean isRoot() {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream()
          .anyMatch(l -> l.startsWith("Uid:") && l.split("\\s+")[1].equals("0"));
    } catch (IOException e) {
      return false;
    }
  }
}
