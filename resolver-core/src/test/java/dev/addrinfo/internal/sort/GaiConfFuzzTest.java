package dev.addrinfo.internal.sort;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.addrinfo.internal.config.ConfigFuzzing;

/**
 * gai.conf as any bytes: the parser never throws and every table it gives is one glibc's lookups
 * can use (never empty).
 */
class GaiConfFuzzTest {
  @FuzzTest(maxDuration = "10s")
  void parse(byte[] file) {
    String text = ConfigFuzzing.text(file);
    GaiConf conf = GaiConf.parse(text, "gai.conf", ConfigFuzzing.problems(text));
    assertFalse(conf.labels().isEmpty());
    assertFalse(conf.precedences().isEmpty());
    assertFalse(conf.scopev4().isEmpty());
  }
}
