package dev.addrinfo.internal.config;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** host.conf as any bytes: the parser never throws. */
class HostConfFuzzTest {
  @FuzzTest(maxDuration = "10s")
  void parse(byte[] file) {
    String text = ConfigFuzzing.text(file);
    assertNotNull(HostConf.parse(text, "host.conf", ConfigFuzzing.problems(text)));
  }
}
