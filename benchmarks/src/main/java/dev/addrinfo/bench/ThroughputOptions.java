package dev.addrinfo.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command line of {@link Throughput}. Defaults finish in about a minute on two cores;
 * {@code --names 20000} is the run DESIGN.md's figures come from.
 *
 * @param names distinct names measured per resolver (each A+AAAA, each once)
 * @param inFlight look-ups in flight at once (threads for the JDK)
 * @param warm distinct warm-up names per resolver, run first and not counted
 * @param limit how long one resolver's measured run may take before it stops starting look-ups
 * @param peers which resolvers, in order: addrinfo, netty, dnsjava, jdk
 * @param namespace whether to re-run inside {@code unshare -m -n} so that libc can be measured
 * @param inside set by the re-run: already in the namespace, BIND goes on port 53
 */
record ThroughputOptions(int names, int inFlight, int warm, Duration limit, List<String> peers,
    boolean namespace, boolean inside) {
  static final List<String> ALL_PEERS = List.of("addrinfo", "netty", "dnsjava", "jdk");
  static final int MAX_NAMES = 200_000;

  ThroughputOptions {
    if (names < 1 || names > MAX_NAMES) {
      throw new IllegalArgumentException("--names must be 1.." + MAX_NAMES + ": " + names);
    }
    if (inFlight < 1 || inFlight > 4096) {
      throw new IllegalArgumentException("--in-flight must be 1..4096: " + inFlight);
    }
    if (warm < 0 || warm > MAX_NAMES) {
      throw new IllegalArgumentException("--warm must be 0.." + MAX_NAMES + ": " + warm);
    }
    for (String p : peers) {
      if (!ALL_PEERS.contains(p)) {
        throw new IllegalArgumentException("unknown peer '" + p + "'; known: " + ALL_PEERS);
      }
    }
    peers = List.copyOf(peers);
  }

  static ThroughputOptions parse(String[] args) {
    int names = 5_000;
    int inFlight = 64;
    int warm = 2_000;
    Duration limit = Duration.ofSeconds(60);
    List<String> peers = ALL_PEERS;
    boolean namespace = true;
    boolean inside = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--names" -> names = intValue(a, args, ++i);
        case "--in-flight" -> inFlight = intValue(a, args, ++i);
        case "--warm" -> warm = intValue(a, args, ++i);
        case "--limit-seconds" -> limit = Duration.ofSeconds(intValue(a, args, ++i));
        case "--peers" -> peers = List.of(value(a, args, ++i).toLowerCase(Locale.ROOT).split(","));
        case "--no-namespace" -> namespace = false;
        case "--inside-namespace" -> inside = true;
        case "--help", "-h" -> throw new IllegalArgumentException(usage());
        default -> throw new IllegalArgumentException("unknown option '" + a + "'\n" + usage());
      }
    }
    return new ThroughputOptions(names, inFlight, warm, limit, peers, namespace, inside);
  }

  /** The options to hand to the re-run inside the namespace. */
  List<String> toArgs() {
    List<String> args = new ArrayList<>(List.of("--names", String.valueOf(names), "--in-flight",
        String.valueOf(inFlight), "--warm", String.valueOf(warm), "--limit-seconds",
        String.valueOf(limit.toSeconds()), "--peers", String.join(",", peers)));
    if (!namespace) {
      args.add("--no-namespace");
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

  static String usage() {
    return "usage: Throughput [--names N (5000)] [--in-flight K (64)] [--warm W (2000)]\n"
        + "                  [--limit-seconds S (60, per resolver)] [--peers addrinfo,netty,dnsjava,jdk]\n"
        + "                  [--no-namespace (skip libc: it needs root for unshare -m -n)]";
  }
}
