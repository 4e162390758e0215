package dev.addrinfo.bench;

import dev.addrinfo.netty.transport.NettyDnsTransport;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The side-by-side run: one local BIND serving the generated names (one A and one AAAA each), and
 * each resolver looking all of them up with K look-ups in flight, after a warm-up on other names,
 * every cache off, in several rounds in which the resolvers take turns (the median round counts),
 * each round led in by K unmeasured look-ups of warm-up names (fewer with fewer warm-up names) so
 * that it is measured in the steady state. Prints look-ups per second and p50/p99 latency per
 * resolver, addrinfo's ratio to each, and the server's ceiling measured by dnsperf; optionally each
 * resolver's cold run in a fresh JVM, and a burst of many look-ups at once. All traffic stays on 127.0.0.1; every run is
 * bounded by a count and a time limit.
 *
 * <p>As root it re-runs itself inside {@code unshare -m -n} (see {@link Namespace}) with BIND on
 * 127.0.0.1:53, so that libc through the JDK can be measured too; otherwise, or with
 * {@code --no-namespace}, BIND takes a free port and libc is left out.
 */
public final class Throughput {
  /** A warm-up round is quiet when the JIT compiled for less than this share of its wall time. */
  private static final double JIT_QUIET = 0.05;
  private static final int MAX_SETTLE_ROUNDS = 20;

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
    if (options.child() != null) {
      System.exit(ColdRun.child(options));
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

  private static int run(ThroughputOptions o) throws IOException, InterruptedException {
    boolean libcPossible = o.inside();
    List<String> names = BenchBind.names("n", Math.max(o.names(), o.burst()));
    List<String> warm = BenchBind.names("w", o.warm());
    try (BenchBind bind = BenchBind.start(libcPossible ? 53 : 0, names.size(), o.warm())) {
      System.out.printf(Locale.ROOT, "%s; %d names (A+AAAA each), %d in flight, %d warm-up look-ups, %d cores, "
              + "every cache off; %s%n", bind, o.names(), o.inFlight(), o.warm(),
          Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));
      List<String> peers = o.peers().stream().filter(p -> {
        if (p.equals("jdk") && !libcPossible) {
          System.out.println("libc (JDK): skipped, it can only ask resolv.conf's server (needs the namespace)");
          return false;
        }
        return true;
      }).toList();
      if (o.burst() > 0) {
        return burst(o, bind.address(), names.subList(0, o.burst()), warm, peers);
      }
      List<String> measured = names.subList(0, o.names());
      List<RunResult> cold = new ArrayList<>();
      if (o.cold()) {
        for (String p : peers) {
          cold.add(ColdRun.inChild(p, bind.address(), o));
          System.out.println("  cold run done: " + p);
        }
      }
      MeasuredRounds rounds = measure(o, bind.address(), peers, warm, measured);
      Ceiling.Result ceiling = null;
      if (o.dnsperf() && Ceiling.available()) {
        ceiling = Ceiling.measure(bind.address(), measured, o.inFlight());
      }
      System.out.println();
      print("steady state (after " + o.warm() + " warm-up look-ups; each resolver's median of " + rounds.rounds()
          + " rounds)", rounds.medians(), ceiling);
      rounds.spread(ceiling).forEach(System.out::println);
      System.out.println();
      if (!cold.isEmpty()) {
        print("cold (a fresh JVM's first " + o.names() + " look-ups)", cold, null);
      }
      if (ceiling != null) {
        System.out.println(Ceiling.describe(ceiling));
      } else if (o.dnsperf()) {
        System.out.println("dnsperf not installed (apt-get install dnsperf): no ceiling measured");
      }
      boolean ok = rounds.all().stream().allMatch(r -> r.complete() && r.failed() == 0);
      return ok ? 0 : 1;
    }
  }

  /**
   * Warms every resolver up, then measures them in rounds, taking turns: round 1 of each, then
   * round 2 of each, and so on, all of them open meanwhile (idle ones cost nothing but memory).
   * The JIT is let settle after all are warm, since warming one can recompile code another shares
   * (Netty's).
   */
  private static MeasuredRounds measure(ThroughputOptions o, InetSocketAddress server, List<String> peers,
      List<String> warm, List<String> measured) throws IOException, InterruptedException {
    List<Peer> open = new ArrayList<>();
    try {
      for (String label : peers) {
        Peer peer = create(label, server, o.inFlight());
        open.add(peer);
        warmUp(peer, warm, o);
        System.out.println("  warmed up: " + label);
      }
      for (Peer peer : open) {
        settleJit(peer, warm, o);
      }
      MeasuredRounds rounds = new MeasuredRounds();
      for (int round = 1; round <= o.rounds(); round++) {
        for (Peer peer : open) {
          Profiling profiling = round == 1 && o.profile() != null
              ? Profiling.start(Profiling.fileFor(o.profile(), peer.label())) : null;
          long startedAt = ManagementFactory.getRuntimeMXBean().getUptime();
          // The lead-in fills the window, so that every measured look-up starts as another ends.
          RunResult r = LoadDriver.run(peer, warm, measured, o.inFlight(), o.limit());
          if (Boolean.getBoolean("throughput.uptime")) {
            // To line the measured run up with -Xlog or -XX:+PrintCompilation output.
            System.out.printf("  %s round %d measured from %d to %d ms of JVM uptime%n", peer.label(), round,
                startedAt, ManagementFactory.getRuntimeMXBean().getUptime());
          }
          if (profiling != null) {
            profiling.close();
          }
          rounds.add(r);
        }
        System.out.println("  round " + round + " done");
      }
      return rounds;
    } finally {
      open.forEach(Peer::close);
    }
  }

  private static int burst(ThroughputOptions o, InetSocketAddress server, List<String> names, List<String> warm,
      List<String> peers) throws InterruptedException {
    List<Burst.Result> results = new ArrayList<>();
    for (String label : peers) {
      if (label.equals("jdk")) {
        System.out.println("libc (JDK): skipped, it needs a thread per look-up in flight");
        continue;
      }
      try (Peer peer = create(label, server, o.inFlight())) {
        warmUp(peer, warm, o);
        settleJit(peer, warm, o);
        results.add(Burst.run(peer, names, o.limit()));
        System.out.println("  done: " + label);
      }
    }
    System.out.println();
    System.out.println(o.burst() + " look-ups started at once (A+AAAA each); heap held per look-up in flight");
    System.out.println(Burst.Result.header());
    results.forEach(r -> System.out.println(r.row()));
    return results.stream().allMatch(r -> r.failed() == 0 && r.unfinished() == 0) ? 0 : 1;
  }

  /**
   * The warm-up, in five rounds. Each round starts as the measured run does (K look-ups from this
   * thread, then each completion starting the next), so that the JIT has compiled the way from a
   * cold start into the steady state too; in one long round that way is run only while the code is
   * still interpreted, and the measured run's start would then throw compiled code away and
   * recompile it (seen in JFR as unstable_if deoptimizations and 0.3-0.8 s C2 compilations). The
   * caller then lets the JIT settle ({@link #settleJit}), once every resolver it measures is warm.
   */
  private static void warmUp(Peer peer, List<String> warm, ThroughputOptions o) throws InterruptedException {
    int rounds = 5;
    for (int r = 0; r < rounds; r++) {
      List<String> part = warm.subList(warm.size() * r / rounds, warm.size() * (r + 1) / rounds);
      if (!part.isEmpty()) {
        LoadDriver.run(peer, part, o.inFlight(), o.limit());
      }
    }
  }

  /**
   * More warm-up rounds (a fifth of the warm-up names each) until the JIT is quiet: a round in
   * which the compiler threads worked less than {@link #JIT_QUIET} of the round's wall time. On a
   * busy two-core machine C2's queue can still be long after the fixed warm-up, and compiling
   * beside the measured run takes a core from it. At most {@link #MAX_SETTLE_ROUNDS} rounds.
   */
  private static void settleJit(Peer peer, List<String> warm, ThroughputOptions o) throws InterruptedException {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    if (warm.isEmpty() || jit == null || !jit.isCompilationTimeMonitoringSupported()) {
      return;
    }
    List<String> part = warm.subList(0, Math.max(1, warm.size() / 5));
    for (int r = 0; r < MAX_SETTLE_ROUNDS; r++) {
      long compiledBefore = jit.getTotalCompilationTime();
      long start = System.nanoTime();
      LoadDriver.run(peer, part, o.inFlight(), o.limit());
      double wallMillis = (System.nanoTime() - start) / 1e6;
      long compiledMillis = jit.getTotalCompilationTime() - compiledBefore;
      if (compiledMillis < JIT_QUIET * wallMillis) {
        if (r > 0) {
          System.out.printf(Locale.ROOT, "  %s: %d more warm-up rounds until the JIT was quiet%n", peer.label(), r + 1);
        }
        return;
      }
    }
    System.out.printf(Locale.ROOT, "  %s: the JIT was still compiling after %d more warm-up rounds%n", peer.label(),
        MAX_SETTLE_ROUNDS);
  }

  private static void print(String title, List<RunResult> results, Ceiling.Result ceiling) {
    System.out.println(title);
    System.out.println(RunResult.header());
    results.forEach(r -> System.out.println(r.row()));
    RunResult us = results.stream().filter(r -> r.label().equals("addrinfo")).findFirst().orElse(null);
    if (us != null) {
      for (RunResult peer : results) {
        if (peer != us) {
          System.out.printf(Locale.ROOT, "addrinfo / %-14s throughput x%.2f   p50 x%.2f   p99 x%.2f%n", peer.label(),
              us.perSecond() / peer.perSecond(), us.quantileMillis(0.5) / peer.quantileMillis(0.5),
              us.quantileMillis(0.99) / peer.quantileMillis(0.99));
        }
      }
      if (ceiling != null) {
        System.out.printf(Locale.ROOT, "addrinfo / dnsperf ceiling: %.0f%% (%.0f of %.0f queries/s)%n",
            100 * 2 * us.perSecond() / ceiling.queriesPerSecond(), 2 * us.perSecond(), ceiling.queriesPerSecond());
      }
    }
    System.out.println();
  }

  static Peer create(String label, InetSocketAddress server, int inFlight) {
    return switch (label) {
      case "addrinfo" -> new AddrinfoPeer(server, "addrinfo", NettyDnsTransport.DEFAULT_UDP_SOCKET_USES);
      case "addrinfo-fresh" -> new AddrinfoPeer(server, "addrinfo-fresh", 1);
      case "netty" -> new NettyPeer(server);
      case "dnsjava" -> new DnsjavaPeer(server);
      case "jdk" -> new JdkPeer(inFlight);
      default -> throw new IllegalArgumentException(label);
    };
  }

  private static long rerunTimeoutSeconds(ThroughputOptions o) {
    // Each peer: warm-up, each measured round and cold run, each bounded by the limit plus LoadDriver's grace.
    return 120 + o.peers().size() * (3L + o.rounds()) * (o.limit().toSeconds() + 15);
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
