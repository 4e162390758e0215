package dev.addrinfo.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForgeryOddsTest {
  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0}: {1} letters")
  @CsvSource({
      "www.example.com, 13",
      "7.2.0.192.in-addr.arpa, 10",
      "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa, 8",
      "192.0.2.1, 0",
      "xn--bcher-kva.example, 17"})
  void eachAsciiLetterIsOneBit(String name, int letters) {
    assertEquals(letters, ForgeryOdds.letters(name));
  }

  @Test
  void noMoreThanSixtyThreeLettersCount() {
    assertEquals(63, ForgeryOdds.letters("a".repeat(63) + "." + "b".repeat(63)));
  }

  @Test
  void wwwExampleComIsThirteenBitsMoreThanIdAndPort() {
    assertEquals(30.785, ForgeryOdds.bits("www.example.com", 28_232, false), 0.001);
    assertEquals(43.785, ForgeryOdds.bits("www.example.com", 28_232, true), 0.001);
  }

  @Test
  void thePortCountIsTheKernelsRange() throws Exception {
    Path range = Files.writeString(dir.resolve("ip_local_port_range"), "32768\t60999\n");
    assertEquals(28_232, ForgeryOdds.ephemeralPorts(range));
  }

  @Test
  void withoutTheRangeFileLinuxsDefaultIsAssumed() {
    assertEquals(28_232, ForgeryOdds.ephemeralPorts(dir.resolve("missing")));
  }
}
