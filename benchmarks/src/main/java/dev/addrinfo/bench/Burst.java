package dev.addrinfo.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Many look-ups at once: N started back to back (the futures kept, as an application would), the
 * heap they hold measured right after (a full collection before and after the start, the difference
 * divided by the look-ups still in flight), then every one awaited, failures counted.
 */
final class Burst {
  /** What one resolver did with the burst. */
  record Result(String label, int started, int inFlightAtMeasure, long heapBytes, int failed, int unfinished,
      long elapsedNanos) {
    String row() {
      double perLookup = inFlightAtMeasure == 0 ? Double.NaN : (double) heapBytes / inFlightAtMeasure;
      return String.format(Locale.ROOT, "%-14s %8d %10d %12.0f %8d %10d %8.2f", label, started, inFlightAtMeasure,
          perLookup, failed, unfinished, elapsedNanos / 1e9);
    }

    static String header() {
      return String.format(Locale.ROOT, "%-14s %8s %10s %12s %8s %10s %8s", "resolver", "started", "in flight",
          "bytes/lookup", "failed", "unfinished", "secs");
    }
  }

  private Burst() {}

  static Result run(Peer peer, List<String> names, Duration limit) throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);
    long start = System.nanoTime();
    @SuppressWarnings("unchecked")
    CompletableFuture<Integer>[] lookups = new CompletableFuture[names.size()];
    for (int i = 0; i < lookups.length; i++) {
      try {
        lookups[i] = peer.lookup(names.get(i));
      } catch (RuntimeException e) {
        lookups[i] = CompletableFuture.failedFuture(e);
      }
    }
    int pending = 0;
    for (CompletableFuture<Integer> f : lookups) {
      pending += f.isDone() ? 0 : 1;
    }
    long during = usedAfterGc(memory);
    if (Boolean.getBoolean("burst.histogram")) {
      printHistogram(peer.label());
    }
    int failed = 0;
    int unfinished = 0;
    long deadline = System.nanoTime() + limit.toNanos();
    for (CompletableFuture<Integer> f : lookups) {
      try {
        f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        unfinished++;
      } catch (java.util.concurrent.ExecutionException e) {
        failed++;
      }
    }
    return new Result(peer.label(), lookups.length, pending, during - before, failed, unfinished,
        System.nanoTime() - start);
  }

  /** What the heap holds by class, while the look-ups are in flight (-Dburst.histogram=true). */
  private static void printHistogram(String label) {
    try {
      javax.management.ObjectName name = new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand");
      Object out = ManagementFactory.getPlatformMBeanServer().invoke(name, "gcClassHistogram",
          new Object[] {new String[0]}, new String[] {String[].class.getName()});
      String[] lines = String.valueOf(out).split("\n");
      System.out.println("heap of " + label + " with the burst in flight:");
      for (int i = 0; i < Math.min(lines.length, 40); i++) {
        System.out.println("  " + lines[i]);
      }
    } catch (javax.management.JMException e) {
      System.out.println("no class histogram: " + e);
    }
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 2; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
