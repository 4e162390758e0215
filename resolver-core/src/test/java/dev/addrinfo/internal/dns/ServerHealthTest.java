package dev.addrinfo.internal.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.addrinfo.testing.FakeClock;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerHealthTest {
  private static final InetSocketAddress S1 = new InetSocketAddress("127.0.0.1", 53);
  private static final InetSocketAddress S2 = new InetSocketAddress("127.0.0.2", 53);

  private final FakeClock clock = new FakeClock();
  private final ServerHealth health = new ServerHealth(clock);

  /** Lets the retry of S1 fail once its time has come; returns the wait until the next one. */
  private long failRetry() {
    ServerHealth.Dead d = health.dead(S1);
    clock.advance(Duration.ofMillis(d.retryAt() - clock.millis()));
    assertTrue(health.claimRetry(health.dead(S1)));
    health.retried(S1, false, new dev.addrinfo.spi.DnsTimeoutException("no answer"));
    return health.dead(S1).retryAt() - clock.millis();
  }

  @Test
  void theWaitBetweenRetriesDoublesUpToItsCap() {
    health.failed(S1, true);
    assertEquals(ServerHealth.FIRST_RETRY_MILLIS, health.dead(S1).retryAt() - clock.millis());
    long[] waits = new long[6];
    for (int i = 0; i < waits.length; i++) {
      waits[i] = failRetry();
    }
    assertEquals(List.of(10_000L, 20_000L, 40_000L, 60_000L, 60_000L, 60_000L),
        java.util.Arrays.stream(waits).boxed().toList());
  }

  @Test
  void failuresBeforeTheRetryTimeDoNotLengthenTheWait() {
    health.failed(S1, true);
    long retryAt = health.dead(S1).retryAt();
    clock.advance(Duration.ofSeconds(1));
    health.failed(S1, true);
    health.failed(S1, false);
    assertEquals(retryAt, health.dead(S1).retryAt());
    assertFalse(health.dead(S1).timedOut(), "the mark says how the server failed last");
  }

  @Test
  void onlyOneRetryIsOnItsWayAtATime() {
    health.failed(S1, true);
    clock.advance(Duration.ofMillis(ServerHealth.FIRST_RETRY_MILLIS));
    assertTrue(health.claimRetry(health.dead(S1)));
    assertFalse(health.claimRetry(health.dead(S1)));
  }

  @Test
  void anAnswerOfAnyKindRevivesTheServer() {
    health.failed(S1, true);
    health.failed(S2, false);
    health.tried(S1, true, null);
    assertNull(health.dead(S1));
    assertTrue(health.anyDead());
    health.answered(S2);
    assertFalse(health.anyDead());
  }

  @Test
  void aBrokenStreamSaysNothingAboutTheServer() {
    health.tried(S1, false, new dev.addrinfo.spi.DnsStreamException("closed mid-answer"));
    assertFalse(health.anyDead());
  }

  @Test
  void aClockThatWentBackMakesTheRetryDue() {
    MovableClock moving = new MovableClock();
    ServerHealth h = new ServerHealth(moving);
    h.failed(S1, true);
    moving.now = moving.now.minusSeconds(3600);
    assertTrue(h.claimRetry(h.dead(S1)));
  }

  @Test
  void whenEveryServerIsDeadTheOneThatFailedLongestAgoIsNotSkippable() {
    health.failed(S2, true);
    clock.advance(Duration.ofSeconds(1));
    health.failed(S1, true);
    assertEquals(0b01, health.skippable(List.of(S1, S2), 2));
    assertEquals(0b01, health.skippable(List.of(S1, S2, new InetSocketAddress("127.0.0.3", 53)), 2),
        "only the servers asked count");
    assertEquals(0, health.skippable(List.of(S1), 1));
  }

  private static final class MovableClock implements InstantSource {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }
  }
}
