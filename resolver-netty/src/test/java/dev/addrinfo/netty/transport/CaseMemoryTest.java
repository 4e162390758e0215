package dev.addrinfo.netty.transport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** When a server is taken for one that does not keep the letter case of questions, and for how long. */
class CaseMemoryTest {
  private static final long T0 = 1_000_000_000L;
  private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

  @Test
  void aNewServerIsAskedWithRandomCase() {
    assertTrue(new CaseMemory().randomize(T0));
  }

  @Test
  void threeCaseChangesInARowSendNamesAsGiven() {
    CaseMemory m = new CaseMemory();
    assertFalse(m.changed(T0));
    assertFalse(m.changed(T0));
    assertTrue(m.randomize(T0));
    assertTrue(m.changed(T0));
    assertFalse(m.randomize(T0 + 1));
  }

  @Test
  void anAnswerInTheCaseSentStartsTheCountAgain() {
    CaseMemory m = new CaseMemory();
    m.changed(T0);
    m.changed(T0);
    m.kept();
    assertFalse(m.changed(T0));
    assertFalse(m.changed(T0));
    assertTrue(m.randomize(T0));
  }

  @Test
  void namesGoAsGivenForTenMinutesThenWithRandomCaseAgain() {
    CaseMemory m = new CaseMemory();
    for (int i = 0; i < CaseMemory.STRIKES; i++) {
      m.changed(T0);
    }
    assertFalse(m.randomize(T0 + 10 * MINUTE - 1));
    assertTrue(m.randomize(T0 + 10 * MINUTE));
  }

  @Test
  void afterTheTenMinutesItTakesThreeChangesInARowAgain() {
    CaseMemory m = new CaseMemory();
    for (int i = 0; i < CaseMemory.STRIKES; i++) {
      m.changed(T0);
    }
    long later = T0 + 11 * MINUTE;
    assertTrue(m.randomize(later));
    assertFalse(m.changed(later));
    assertFalse(m.changed(later));
    assertTrue(m.randomize(later));
    assertTrue(m.changed(later));
  }
}
