package dev.addrinfo.bench;

import java.lang.management.ManagementFactory;

/**
 * What the whole process spent: CPU time (every thread, the JIT and the collector included) and
 * bytes allocated by the threads alive at the moment of reading. Two readings around a run give its
 * cost per look-up.
 */
record Costs(long cpuNanos, long allocatedBytes) {
  static Costs now() {
    long cpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : -1;
    long bytes = -1;
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads) {
      bytes = 0;
      for (long b : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
        bytes += Math.max(0, b);
      }
    }
    return new Costs(cpu, bytes);
  }

  Costs since(Costs before) {
    return new Costs(cpuNanos - before.cpuNanos, allocatedBytes - before.allocatedBytes);
  }
}
