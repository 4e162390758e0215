package dev.addrinfo.bench;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command line of {@link Throughput}. The defaults are the standard run of the performance
 * issue: 20,000 names, A+AAAA each, 64 in flight, after 40,000 warm-up look-ups per resolver.
 *
 * @param names distinct names measured per resolver (each A+AAAA, each once)
 * @param inFlight look-ups in flight at once (threads for the JDK)
 * @param warm distinct warm-up names per resolver, run first and not counted
 * @param limit how long one resolver's measured run may take before it stops starting look-ups
 * @param rounds measured runs per resolver, the resolvers taking turns round by round; the median
 *     round is reported
 * @param peers which resolvers, in order: addrinfo, netty, dnsjava, jdk
 * @param namespace whether to re-run inside {@code unshare -m -n} so that libc can be measured
 * @param inside set by the re-run: already in the namespace, BIND goes on port 53
 * @param cold also measure each resolver's first {@code names} look-ups in a fresh JVM
 * @param burst instead of the timed runs, start this many look-ups at once per resolver and report
 *     heap per look-up in flight and failures (0: off)
 * @param dnsperf measure the server's ceiling with dnsperf when it is installed
 * @param profile write an async-profiler CPU profile of each resolver's measured run to this file
 *     name, suffixed with the resolver's label (null: none)
 * @param child set for a cold run's child JVM: the one peer to run
 * @param server set for a cold run's child JVM: the BIND its parent started
 */
record ThroughputOptions(int names, int inFlight, int warm, Duration limit, int rounds, List<String> peers,
    boolean namespace, boolean inside, boolean cold, int burst, boolean dnsperf, String profile,
    String child, InetSocketAddress server) {
  /** The peers of a run by default. */
  static final List<String> ALL_PEERS = List.of("addrinfo", "netty", "dnsjava", "jdk");
  /** Every peer --peers may name: also addrinfo with a fresh socket (port) per query, as glibc. */
  static final List<String> KNOWN_PEERS = List.of("addrinfo", "netty", "dnsjava", "jdk", "addrinfo-fresh");
  static final int MAX_NAMES = 200_000;
  static final int MAX_ROUNDS = 99;

  ThroughputOptions {
    if (names < 1 || names > MAX_NAMES) {
      throw new IllegalArgumentException("--names must be 1.." + MAX_NAMES + ": " + names);
    }
    if (inFlight < 1 || inFlight > MAX_NAMES) {
      throw new IllegalArgumentException("--in-flight must be 1.." + MAX_NAMES + ": " + inFlight);
    }
    if (warm < 0 || warm > MAX_NAMES) {
      throw new IllegalArgumentException("--warm must be 0.." + MAX_NAMES + ": " + warm);
    }
    if (rounds < 1 || rounds > MAX_ROUNDS) {
      throw new IllegalArgumentException("--rounds must be 1.." + MAX_ROUNDS + ": " + rounds);
    }
    if (burst < 0 || burst > MAX_NAMES) {
      throw new IllegalArgumentException("--burst must be 0.." + MAX_NAMES + ": " + burst);
    }
    for (String p : peers) {
      if (!KNOWN_PEERS.contains(p)) {
        throw new IllegalArgumentException("unknown peer '" + p + "'; known: " + KNOWN_PEERS);
      }
    }
    peers = List.copyOf(peers);
  }

  static ThroughputOptions parse(String[] args) {
    int names = 20_000;
    int inFlight = 64;
    int warm = 40_000;
    Duration limit = Duration.ofSeconds(60);
    int rounds = 5;
    List<String> peers = ALL_PEERS;
    boolean namespace = true;
    boolean inside = false;
    boolean cold = false;
    int burst = 0;
    boolean dnsperf = true;
    String profile = null;
    String child = null;
    InetSocketAddress server = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--names" -> names = intValue(a, args, ++i);
        case "--in-flight" -> inFlight = intValue(a, args, ++i);
        case "--warm" -> warm = intValue(a, args, ++i);
        case "--limit-seconds" -> limit = Duration.ofSeconds(intValue(a, args, ++i));
        case "--rounds" -> rounds = intValue(a, args, ++i);
        case "--peers" -> peers = List.of(value(a, args, ++i).toLowerCase(Locale.ROOT).split(","));
        case "--no-namespace" -> namespace = false;
        case "--inside-namespace" -> inside = true;
        case "--cold" -> cold = true;
        case "--burst" -> burst = intValue(a, args, ++i);
        case "--no-dnsperf" -> dnsperf = false;
        case "--profile" -> profile = value(a, args, ++i);
        case "--child" -> child = value(a, args, ++i);
        case "--server" -> server = address(a, value(a, args, ++i));
        case "--help", "-h" -> throw new IllegalArgumentException(usage());
        default -> throw new IllegalArgumentException("unknown option '" + a + "'\n" + usage());
      }
    }
    return new ThroughputOptions(names, inFlight, warm, limit, rounds, peers, namespace, inside, cold, burst, dnsperf,
        profile, child, server);
  }

  /** The options to hand to the re-run inside the namespace. */
  List<String> toArgs() {
    List<String> args = new ArrayList<>(List.of("--names", String.valueOf(names), "--in-flight",
        String.valueOf(inFlight), "--warm", String.valueOf(warm), "--limit-seconds",
        String.valueOf(limit.toSeconds()), "--rounds", String.valueOf(rounds), "--peers", String.join(",", peers), "--burst", String.valueOf(burst)));
    if (!namespace) {
      args.add("--no-namespace");
    }
    if (cold) {
      args.add("--cold");
    }
    if (!dnsperf) {
      args.add("--no-dnsperf");
    }
    if (profile != null) {
      args.addAll(List.of("--profile", profile));
    }
    return args;
  }

  private static String value(String option, String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int intValue(String option, String[] args, int i) {
    String v = value(option, args, i);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a whole number, not '" + v + "'");
    }
  }

  private static InetSocketAddress address(String option, String v) {
    int colon = v.lastIndexOf(':');
    try {
      return new InetSocketAddress(java.net.InetAddress.getByName(v.substring(0, colon)),
          Integer.parseInt(v.substring(colon + 1)));
    } catch (RuntimeException | java.net.UnknownHostException e) {
      throw new IllegalArgumentException(option + " needs IP:PORT, not '" + v + "'");
    }
  }

  static String usage() {
    return "usage: Throughput [--names N (20000)] [--in-flight K (64)] [--warm W (40000)]\n"
        + "                  [--limit-seconds S (60, per resolver and round)] [--peers addrinfo,netty,dnsjava,jdk(,addrinfo-fresh)]\n"
        + "                  [--rounds R (5: measured runs per resolver, taking turns; the median one is reported)]\n"
        + "                  [--cold (also each resolver's first N look-ups in a fresh JVM)]\n"
        + "                  [--burst N (start N look-ups at once: heap per look-up in flight, failures)]\n"
        + "                  [--profile FILE (CPU profile of each measured run: FILE-addrinfo, FILE-netty, ...)]\n"
        + "                  [--no-dnsperf] [--no-namespace (skip libc: it needs root for unshare -m -n)]";
  }
}
