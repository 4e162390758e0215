package dev.addrinfo.micrometer;

import dev.addrinfo.EaiError;
import dev.addrinfo.LookupEvent;
import dev.addrinfo.QuestionEvent;
import dev.addrinfo.ResolverListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Counts lookups by call and outcome, times the ones worked out, and counts questions given up by
 * reason. Every meter an event needs is found without allocating: calls and reasons in a map keyed
 * by the event's own string, outcomes in an array indexed by the error's ordinal. A meter is
 * registered the first time its call, outcome or reason is seen (racing threads get the same meter
 * from the registry).
 */
final class MetricsListener implements ResolverListener {
  /**
   * Distinct calls and reasons kept apart; more (a resolver that words its reasons differently
   * one day) are counted under {@value #OTHER} so that a registry never grows without bound.
   */
  static final int MAX_DISTINCT = 32;
  static final String OTHER = "other";
  private static final EaiError[] ERRORS = EaiError.values();

  private final AddrInfoMetrics owner;
  private final ConcurrentHashMap<String, CallMeters> calls = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Counter> givenUp = new ConcurrentHashMap<>();
  private volatile boolean stopped;

  MetricsListener(AddrInfoMetrics owner) {
    this.owner = owner;
    calls.put("getaddrinfo", new CallMeters("getaddrinfo"));
    calls.put("getnameinfo", new CallMeters("getnameinfo"));
  }

  void stop() {
    stopped = true;
  }

  @Override
  public void onLookup(LookupEvent lookup) {
    if (stopped) {
      return;
    }
    CallMeters m = calls.get(lookup.call());
    if (m == null) {
      m = newCall(lookup.call());
    }
    m.outcome(lookup.error()).increment();
    if (!lookup.cacheHit()) {
      m.latency.record(lookup.elapsed());
    }
  }

  @Override
  public void onQuestion(QuestionEvent question) {
    String reason = question.failure();
    if (reason == null || stopped) {
      return;
    }
    Counter c = givenUp.get(reason);
    if (c == null) {
      c = newReason(reason);
    }
    c.increment();
  }

  private CallMeters newCall(String call) {
    String key = call == null ? OTHER : call;
    if (calls.size() >= MAX_DISTINCT && !calls.containsKey(key)) {
      key = OTHER;
    }
    return calls.computeIfAbsent(key, CallMeters::new);
  }

  private Counter newReason(String reason) {
    String key = givenUp.size() >= MAX_DISTINCT && !givenUp.containsKey(reason) ? OTHER : reason;
    return givenUp.computeIfAbsent(key, r -> owner.track(Counter.builder(AddrInfoMetrics.QUESTIONS_GIVEN_UP)
        .description("DNS questions for which every try failed, by the reason of the last")
        .tags(owner.tags()).tag("reason", r)
        .register(owner.registry())));
  }

  /** The meters of one call: a latency timer and a counter per outcome. */
  private final class CallMeters {
    private final String call;
    private final Timer latency;
    /** Index 0: success; i + 1: the error of ordinal i. */
    private final AtomicReferenceArray<Counter> outcomes = new AtomicReferenceArray<>(ERRORS.length + 1);

    CallMeters(String call) {
      this.call = call;
      this.latency = owner.track(Timer.builder(AddrInfoMetrics.LOOKUP_LATENCY)
          .description("Time from a lookup to its result, for lookups not answered from the result cache")
          .tags(owner.tags()).tag("call", call)
          .register(owner.registry()));
      outcomes.set(0, register("ok"));
    }

    Counter outcome(EaiError error) {
      int i = error == null ? 0 : error.ordinal() + 1;
      Counter c = outcomes.get(i);
      if (c == null) {
        c = register(error.name());
        outcomes.set(i, c);
      }
      return c;
    }

    private Counter register(String outcome) {
      return owner.track(Counter.builder(AddrInfoMetrics.LOOKUPS)
          .description("getaddrinfo and getnameinfo calls ended, by outcome")
          .tags(owner.tags()).tag("call", call).tag("outcome", outcome)
          .register(owner.registry()));
    }
  }
}
