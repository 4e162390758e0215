package dev.addrinfo.internal.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.addrinfo.ResolverConfig;
import java.util.Map;

/**
 * resolv.conf as any bytes: the parser never throws, and what it gives is a configuration glibc
 * could have (1 to 3 servers, options clamped into glibc's ranges, no empty search domain).
 * Interface names in {@code %scope} come from a fixed table, so a finding replays anywhere.
 */
class ResolvConfFuzzTest {
  @FuzzTest(maxDuration = "10s")
  void parse(byte[] file) {
    String text = ConfigFuzzing.text(file);
    ResolverConfig c = ResolvConfParser.parse(text, "resolv.conf", Map.of(), "host.example.test",
        name -> name.equals("lo") ? 1 : name.equals("eth0") ? 2 : 0, ConfigFuzzing.problems(text));
    assertTrue(c.nameservers().size() >= 1 && c.nameservers().size() <= 3, c.toString());
    assertTrue(c.timeout().toSeconds() >= 1 && c.timeout().compareTo(ResolverConfig.MAX_TIMEOUT) <= 0, c.toString());
    assertTrue(c.attempts() >= 0 && c.attempts() <= ResolverConfig.MAX_ATTEMPTS, c.toString());
    for (String domain : c.search()) {
      assertFalse(domain.isEmpty(), c.toString());
    }
  }
}
