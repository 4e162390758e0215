package dev.addrinfo.internal.nss;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.addrinfo.internal.config.ConfigFuzzing;

/**
 * nsswitch.conf as any bytes: the parser never throws; a rejected file has no sources, and every
 * source read has a name.
 */
class NsSwitchConfFuzzTest {
  @FuzzTest(maxDuration = "10s")
  void parse(byte[] file) {
    String text = ConfigFuzzing.text(file);
    NsSwitchConf conf = NsSwitchConf.parse(text, "nsswitch.conf", ConfigFuzzing.problems(text));
    if (conf.rejected()) {
      assertTrue(conf.hosts().isEmpty(), conf.toString());
    }
    for (NssSource source : conf.hosts()) {
      assertFalse(source.name().isEmpty(), conf.toString());
    }
  }
}
