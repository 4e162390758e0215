package dev.addrinfo.internal.dns;

import dev.addrinfo.spi.DnsRefusedException;
import dev.addrinfo.spi.DnsTimeoutException;
import java.net.InetSocketAddress;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;

/**
 * The name servers of one resolver that are remembered as dead, so that a lookup need not wait on
 * them again: a server is dead from the moment one of its tries times out or is refused (an ICMP
 * port unreachable, a refused TCP connection) until it answers anything, whatever the rcode.
 * One failure is enough: A and AAAA are asked at once, so a dead server fails twice in the first
 * lookup anyway, and waiting for a second failure would only make one more lookup wait. A mark made
 * by mistake (one lost datagram, one name a recursive server was slow on) costs little: questions
 * already under way keep retrying the server as glibc does, a lone server is never skipped, and
 * its next answer, to a lookup or to a retry, revives it.
 *
 * <p>Every dead server has a retry time: {@value #FIRST_RETRY_MILLIS} ms after it was found dead,
 * doubled after each retry that failed, at most {@value #MAX_RETRY_MILLIS} ms. Once it has passed,
 * the next lookup that skips the server also sends its question to it in the background (see
 * {@link #claimRetry}); the first answer makes it alive again. A mark that nothing refreshed for
 * {@value #FORGET_MILLIS} ms (a server no lookup reached, or one no longer configured) is
 * forgotten.
 *
 * <p>Thread-safe. Reading costs one volatile read while every server is alive (the common case:
 * {@link #anyDead()} and {@link #answered} look at an empty array and return); the table is a small
 * array replaced under a lock when a server dies, revives or is retried, which is rare.
 */
final class ServerHealth {
  static final long FIRST_RETRY_MILLIS = 5_000;
  static final long MAX_RETRY_MILLIS = 60_000;
  static final long FORGET_MILLIS = 300_000;

  private static final Dead[] NONE = {};

  private final InstantSource clock;
  private volatile Dead[] dead = NONE;

  ServerHealth(InstantSource clock) {
    this.clock = clock;
  }

  /**
   * A server remembered as dead.
   *
   * @param timedOut how its last failed try failed: timed out, or else refused
   * @param failedAt when that was (the clock's millis)
   * @param retryAt from when a lookup that skips it retries it in the background
   * @param retryMillis the wait between its failed retry and the next one
   * @param retrying whether a background retry is on its way
   */
  record Dead(InetSocketAddress server, boolean timedOut, long failedAt, long retryAt, long retryMillis,
      boolean retrying) {}

  /** Whether any server is remembered as dead: false costs one volatile read. */
  boolean anyDead() {
    return dead.length != 0;
  }

  /**
   * Which of the first {@code n} servers a question starting now may skip: bit i for
   * {@code servers.get(i)}. When all of them are dead, the one that failed longest ago is left out,
   * so that a lookup always asks somewhere (with a single server, nothing is ever skipped).
   */
  int skippable(List<InetSocketAddress> servers, int n) {
    Dead[] d = dead;
    long now = clock.millis();
    int mask = 0;
    int oldest = -1;
    long oldestAt = Long.MAX_VALUE;
    boolean stale = false;
    for (Dead e : d) {
      if (forgotten(e, now)) {
        stale = true;
        continue;
      }
      for (int i = 0; i < n; i++) {
        if (servers.get(i).equals(e.server())) {
          mask |= 1 << i;
          if (e.failedAt() < oldestAt) {
            oldestAt = e.failedAt();
            oldest = i;
          }
        }
      }
    }
    if (stale) {
      forget(now);
    }
    if (mask == (1 << n) - 1) {
      mask &= ~(1 << oldest);
    }
    return mask;
  }

  /** The server's mark if it is dead, else null. */
  Dead dead(InetSocketAddress server) {
    for (Dead e : dead) {
      if (e.server().equals(server)) {
        return forgotten(e, clock.millis()) ? null : e;
      }
    }
    return null;
  }

  /**
   * Whether the caller is to retry the dead server now, in the background: true (once per retry
   * time) when its retry time has passed and no other retry is on its way. The caller must then
   * report the retry's end through {@link #retried}.
   */
  synchronized boolean claimRetry(Dead mark) {
    long now = clock.millis();
    int i = indexOf(mark.server());
    if (i < 0) {
      return false;
    }
    Dead e = dead[i];
    // A clock that went back would otherwise hold the server dead for as long as it went back.
    if (e.retrying() || (now < e.retryAt() && now >= e.failedAt())) {
      return false;
    }
    replace(i, new Dead(e.server(), e.timedOut(), e.failedAt(), e.retryAt(), e.retryMillis(), true));
    return true;
  }

  /**
   * The end of a try that a lookup sent: a response (whatever its rcode) makes the server alive;
   * a timeout or a refusal makes it dead; any other failure (a broken TCP stream, a message that
   * could not be sent) says nothing about it.
   */
  void tried(InetSocketAddress server, boolean answered, Throwable failure) {
    if (answered) {
      answered(server);
    } else if (failure instanceof DnsTimeoutException) {
      failed(server, true);
    } else if (failure instanceof DnsRefusedException) {
      failed(server, false);
    }
  }

  /** The end of a background retry: as {@link #tried}, but any other failure is a failed retry too. */
  void retried(InetSocketAddress server, boolean answered, Throwable failure) {
    if (answered) {
      answered(server);
      return;
    }
    boolean timedOut;
    if (failure instanceof DnsTimeoutException) {
      timedOut = true;
    } else if (failure instanceof DnsRefusedException) {
      timedOut = false;
    } else {
      Dead e = dead(server);
      if (e == null) {
        return;
      }
      timedOut = e.timedOut();
    }
    failed(server, timedOut);
  }

  /** The server answered: alive. Costs one volatile read when no server is dead. */
  void answered(InetSocketAddress server) {
    Dead[] d = dead;
    if (d.length == 0) {
      return;
    }
    for (Dead e : d) {
      if (e.server().equals(server)) {
        revive(server);
        return;
      }
    }
  }

  private synchronized void revive(InetSocketAddress server) {
    int i = indexOf(server);
    if (i >= 0) {
      Dead[] next = new Dead[dead.length - 1];
      System.arraycopy(dead, 0, next, 0, i);
      System.arraycopy(dead, i + 1, next, i, dead.length - i - 1);
      dead = next;
    }
  }

  /**
   * A try to the server timed out or was refused. A server found dead waits
   * {@value #FIRST_RETRY_MILLIS} ms for its first retry; a failure once its retry time has come
   * (its retry, or a lookup that had to ask it) doubles the wait; a failure before then (a lookup
   * that started before it was found dead) only refreshes the mark.
   */
  synchronized void failed(InetSocketAddress server, boolean timedOut) {
    long now = clock.millis();
    forget(now);
    int i = indexOf(server);
    if (i < 0) {
      Dead[] next = Arrays.copyOf(dead, dead.length + 1);
      next[dead.length] = new Dead(server, timedOut, now, now + FIRST_RETRY_MILLIS, FIRST_RETRY_MILLIS, false);
      dead = next;
      return;
    }
    Dead e = dead[i];
    boolean due = e.retrying() || now >= e.retryAt() || now < e.failedAt();
    long wait = due ? Math.min(e.retryMillis() * 2, MAX_RETRY_MILLIS) : e.retryMillis();
    replace(i, new Dead(server, timedOut, now, due ? now + wait : e.retryAt(), wait, false));
  }

  private static boolean forgotten(Dead e, long now) {
    return now - e.failedAt() > FORGET_MILLIS;
  }

  /** Drops the marks nothing refreshed for {@value #FORGET_MILLIS} ms. */
  private synchronized void forget(long now) {
    Dead[] d = dead;
    int keep = 0;
    for (Dead e : d) {
      if (!forgotten(e, now)) {
        keep++;
      }
    }
    if (keep == d.length) {
      return;
    }
    Dead[] next = new Dead[keep];
    int j = 0;
    for (Dead e : d) {
      if (!forgotten(e, now)) {
        next[j++] = e;
      }
    }
    dead = next;
  }

  private int indexOf(InetSocketAddress server) {
    Dead[] d = dead;
    for (int i = 0; i < d.length; i++) {
      if (d[i].server().equals(server)) {
        return i;
      }
    }
    return -1;
  }

  private void replace(int i, Dead e) {
    Dead[] next = dead.clone();
    next[i] = e;
    dead = next;
  }
}
