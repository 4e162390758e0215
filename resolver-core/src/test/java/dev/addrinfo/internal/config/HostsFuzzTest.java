package dev.addrinfo.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.addrinfo.Linux;

/**
 * hosts as any bytes: the parser never throws, and every name it read finds its own line back, by
 * name (in every family) and by address.
 */
class HostsFuzzTest {
  @FuzzTest(maxDuration = "10s")
  void parse(byte[] file) {
    String text = ConfigFuzzing.text(file);
    HostsFile hosts = HostsFile.parse(text, "hosts", ConfigFuzzing.problems(text));
    for (HostsEntry e : hosts.entries()) {
      assertTrue(e.lineNumber() >= 1, e.toString());
      if (!e.canonicalName().isEmpty()) {
        assertTrue(hosts.byName(e.canonicalName()).contains(e), e.toString());
        hosts.lookup(e.canonicalName(), Linux.AF_UNSPEC, true);
        hosts.lookup(e.canonicalName(), Linux.AF_INET, false);
        hosts.lookup(e.canonicalName(), Linux.AF_INET6, true);
      }
      for (String alias : e.aliases()) {
        assertTrue(hosts.byName(alias).contains(e), e.toString());
      }
      assertEquals(e.address().getAddress().length == 4 ? 4 : 16, e.address().getAddress().length);
      assertTrue(hosts.byAddress(e.address()).isPresent(), e.toString());
    }
  }
}
