package dev.addrinfo.netty.transport;

import java.util.concurrent.TimeUnit;

/**
 * Whether one server keeps the letter case of questions (DNS 0x20), as one event loop has seen it.
 * An answer that changes only the case of the question is, short of a forger who guessed the port
 * and ID, the server's own: some forwarders and middleboxes lower-case names. After
 * {@value #STRIKES} tries in a row whose answers changed the case (an answer in the case sent, to
 * any try, resets the count), the server is sent names as given for {@value #AS_GIVEN_MINUTES}
 * minutes, then tried with random case again. Requiring several in a row is what keeps a forger
 * from turning 0x20 off: each strike takes a guess of port and ID. Confined to the loop; a few bytes
 * per server.
 */
final class CaseMemory {
  static final int STRIKES = 3;
  static final long AS_GIVEN_MINUTES = 10;
  private static final long AS_GIVEN_NANOS = TimeUnit.MINUTES.toNanos(AS_GIVEN_MINUTES);

  private int strikes;
  private boolean asGiven;
  private long asGivenUntilNanos;

  /** Whether a query to the server at {@code nowNanos} should go with random case. */
  boolean randomize(long nowNanos) {
    if (asGiven) {
      if (nowNanos - asGivenUntilNanos < 0) {
        return false;
      }
      asGiven = false;
    }
    return true;
  }

  /** An answer came back in the case sent. */
  void kept() {
    strikes = 0;
  }

  /** An answer changed only the case; true when that makes the server one to send names as given. */
  boolean changed(long nowNanos) {
    if (++strikes < STRIKES) {
      return false;
    }
    strikes = 0;
    asGiven = true;
    asGivenUntilNanos = nowNanos + AS_GIVEN_NANOS;
    return true;
  }
}
