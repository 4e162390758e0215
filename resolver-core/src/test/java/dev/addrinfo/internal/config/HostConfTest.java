package dev.addrinfo.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.services.LineProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each case was run through glibc 2.36's getaddrinfo with a two-line /etc/hosts to see multi's effect. */
class HostConfTest {
  private final List<LineProblem> problems = new ArrayList<>();

  private boolean multi(String text) {
    return HostConf.parse(text, "host.conf", problems::add).multi();
  }

  @Test
  void defaultIsMultiOffForMissingOrEmptyFile() {
    assertFalse(HostConf.DEFAULT.multi());
    assertFalse(multi(null));
    assertFalse(multi(""));
    assertTrue(problems.isEmpty());
  }

  @Test
  void multiOnAndOffInAnyCaseAndLastLineWins() {
    assertTrue(multi("multi on\n"));
    assertTrue(multi("MULTI ON\n"));
    assertTrue(multi("  multi\ton # comment\n"));
    assertFalse(multi("multi on\nmulti off\n"));
    assertTrue(problems.isEmpty());
  }

  @Test
  void valueIsMatchedByPrefixAndTrailingGarbageIsReportedButApplied() {
    assertTrue(multi("multi online\n"));
    assertTrue(multi("multi on,\n"));
    assertEquals(2, problems.size());
    assertTrue(problems.get(0).reason().contains("line"), problems.get(0).reason());
  }

  @Test
  void badValueIsReportedAndLeavesThePreviousSetting() {
    assertFalse(multi("multi yes\n"));
    assertTrue(multi("multi on\nmulti\n"));
    assertFalse(multi("multi,on\n"));
    assertFalse(multi("multi#on\n"));
    assertEquals(4, problems.size());
    assertEquals(2, problems.get(1).lineNumber());
    assertTrue(problems.get(0).reason().contains("yes"), problems.get(0).reason());
  }

  @Test
  void obsoleteKeywordsAreIgnoredAndReportedAsGlibcDoes() {
    assertTrue(multi("order hosts,bind\ntrim a.example,b.example\nreorder on\nmulti on\n"));
    assertTrue(problems.isEmpty());
    assertTrue(multi("nospoof on\nspoofalert on\nspoof warn\nmulti on\n"));
    assertEquals(3, problems.size());
    assertTrue(problems.get(0).reason().contains("removed"), problems.get(0).reason());
  }

  @Test
  void unknownKeywordIsReported() {
    assertTrue(multi("bogus x\nmulti on\n"));
    assertFalse(multi("multi=on\n"));
    assertEquals(2, problems.size());
    assertTrue(problems.get(0).reason().contains("bogus"), problems.get(0).reason());
    assertEquals("host.conf", problems.get(0).source());
  }
}
