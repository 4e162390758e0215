package dev.addrinfo.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reading dnsperf's own CPU time per query from its output and the shell's {@code times}. */
class CeilingTest {
  @Test
  void cpuPerQueryIsTheChildrensUserAndSystemTimeOverQueriesSent() {
    String out = "Statistics:\n\n  Queries sent:         400000\n  Queries completed:    400000 (100.00%)\n"
        + "  Queries per second:   50000.000000\n\n0m0.001000s 0m0.002000s\n0m1.200000s 1m0.800000s\n";
    assertEquals(62.0 * 1e6 / 400_000, Ceiling.cpuPerQuery(out), 1e-9);
  }

  @Test
  void withoutTheTimesLineItIsNotKnown() {
    assertTrue(Double.isNaN(Ceiling.cpuPerQuery("  Queries sent:         400000\n")));
  }
}
