package dev.addrinfo.internal;

import dev.addrinfo.EaiError;
import dev.addrinfo.LookupEvent;
import dev.addrinfo.QuestionEvent;
import dev.addrinfo.ResolverListener;
import dev.addrinfo.ResolverStats;
import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.QueryTrace;
import dev.addrinfo.spi.TransportStats;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Where the engine reports what it does: counters always (an uncontended add each), and the
 * user's {@link ResolverListener} when there is one (events are only made then). Thread-safe.
 */
public final class Observer {
  private static final ResolverListener NONE = new ResolverListener() {};

  private final ResolverListener listener;
  private final boolean listening;
  private final Consumer<QueryTrace> exchanges;
  /** Lookups worked out (not reused from the result cache, which counts its own). */
  private final LongAdder lookups = new LongAdder();
  private final LongAdder failedLookups = new LongAdder();
  private final LongAdder resultCacheHits = new LongAdder();
  private final LongAdder questions = new LongAdder();
  private final LongAdder dnsCacheHits = new LongAdder();
  private final LongAdder questionsGivenUp = new LongAdder();
  private final LongAdder skippedTries = new LongAdder();

  /** @param listener the user's listener, or null */
  public Observer(ResolverListener listener) {
    this.listening = listener != null;
    this.listener = listening ? listener : NONE;
    this.exchanges = listening ? this::exchange : null;
  }

  /** What to hand the transport for its per-exchange reports: null without a listener. */
  public Consumer<QueryTrace> exchanges() {
    return exchanges;
  }

  private void exchange(QueryTrace t) {
    try {
      listener.onExchange(t);
    } catch (RuntimeException ignored) {
      // a listener's failure must not change a lookup
    }
  }

  /** A getaddrinfo result reused from the cache: counted, and told to a listener. */
  public void resultCacheHit(String host) {
    resultCacheHits.increment();
    if (listening) {
      tell(new LookupEvent("getaddrinfo", host, true, null, Duration.ZERO));
    }
  }

  /** A lookup that was worked out ended, {@code error} null on success. */
  public void lookup(String call, String subject, EaiError error, long startNanos) {
    lookups.increment();
    if (error != null) {
      failedLookups.increment();
    }
    if (listening) {
      tell(new LookupEvent(call, subject, false, error, Duration.ofNanos(System.nanoTime() - startNanos)));
    }
  }

  public boolean listening() {
    return listening;
  }

  public void question(DnsQuestion q, boolean cacheHit, int tries, int skipped, int rcode, int answerCount,
      String failure, long startNanos) {
    questions.increment();
    if (skipped != 0) {
      skippedTries.add(skipped);
    }
    if (cacheHit) {
      dnsCacheHits.increment();
    }
    if (failure != null) {
      questionsGivenUp.increment();
    }
    if (listening) {
      try {
        listener.onQuestion(new QuestionEvent(q, cacheHit, tries, skipped, rcode, answerCount, failure,
            Duration.ofNanos(System.nanoTime() - startNanos)));
      } catch (RuntimeException ignored) {
        // a listener's failure must not change a lookup
      }
    }
  }

  private void tell(LookupEvent e) {
    try {
      listener.onLookup(e);
    } catch (RuntimeException ignored) {
      // a listener's failure must not change a lookup
    }
  }

  public ResolverStats stats(TransportStats transport) {
    long hits = resultCacheHits.sum();
    return new ResolverStats(lookups.sum() + hits, failedLookups.sum(), hits, questions.sum(),
        dnsCacheHits.sum(), questionsGivenUp.sum(), skippedTries.sum(), transport);
  }
}
