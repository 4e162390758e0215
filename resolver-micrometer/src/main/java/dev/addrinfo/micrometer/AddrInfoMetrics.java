package dev.addrinfo.micrometer;

import dev.addrinfo.Resolver;
import dev.addrinfo.ResolverListener;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Micrometer meters for one {@link Resolver}. Two parts, each optional: a {@link #listener()} that
 * the resolver's builder takes (per-outcome lookup counts, the latency timer, questions given up by
 * reason), and {@link #bind} for the counters the resolver keeps itself (caches, questions, the
 * transport's messages, timeouts, fallbacks and dropped answers):
 *
 * <pre>{@code
 * AddrInfoMetrics metrics = new AddrInfoMetrics(registry, Tags.of("resolver", "main"));
 * Resolver resolver = metrics.bind(NettyResolver.builder().listener(metrics.listener()).build());
 * }</pre>
 *
 * <p><b>Meters</b> (the tags given here are added to every one):
 * <table>
 * <caption>What each meter counts</caption>
 * <tr><th>name</th><th>type</th><th>tags</th><th>counts</th></tr>
 * <tr><td>{@value #LOOKUPS}</td><td>counter</td><td>{@code call}, {@code outcome}</td>
 *     <td>getaddrinfo and getnameinfo calls ended ({@code call} is {@code getaddrinfo} or
 *     {@code getnameinfo}), by {@code outcome}: {@code ok}, or the error's name ({@code EAI_NONAME},
 *     {@code EAI_AGAIN}, ...); result-cache hits included. From the listener.</td></tr>
 * <tr><td>{@value #LOOKUP_LATENCY}</td><td>timer</td><td>{@code call}</td>
 *     <td>time from a call to its result, for the calls worked out (result-cache hits, which take
 *     tens of nanoseconds, are left out so that they do not hide the lookups that waited). From the
 *     listener. No histogram unless a {@code MeterFilter} asks for one.</td></tr>
 * <tr><td>{@value #RESULT_CACHE_HITS}</td><td>function counter</td><td></td>
 *     <td>getaddrinfo calls answered with a result finished within the last second.</td></tr>
 * <tr><td>{@value #QUESTIONS}</td><td>function counter</td><td></td>
 *     <td>DNS questions (each A, AAAA or PTR of each name tried), answered from the DNS cache or asked.</td></tr>
 * <tr><td>{@value #DNS_CACHE_HITS}</td><td>function counter</td><td></td>
 *     <td>of those, the questions answered from the DNS cache.</td></tr>
 * <tr><td>{@value #QUESTIONS_GIVEN_UP}</td><td>counter</td><td>{@code reason}</td>
 *     <td>questions for which every try failed, by the reason the resolver gives ({@code timeout},
 *     {@code refused}, {@code server failure}, {@code refused by the server}, {@code broken tcp stream},
 *     ...). From the listener.</td></tr>
 * <tr><td>{@value #SKIPPED_TRIES}</td><td>function counter</td><td></td>
 *     <td>tries not sent because their server timed out or refused lately and is skipped until it
 *     answers again ({@code Resolver.Builder.rememberDeadServers}).</td></tr>
 * <tr><td>{@value #MESSAGES_SENT}</td><td>function counter</td><td></td>
 *     <td>messages sent, UDP and TCP (a truncated answer retried over TCP counts two).</td></tr>
 * <tr><td>{@value #MESSAGES_ANSWERED}</td><td>function counter</td><td></td>
 *     <td>tries that ended with an answer (a truncated or FORMERR answer that is retried is not one).</td></tr>
 * <tr><td>{@value #TIMEOUTS}</td><td>function counter</td><td></td>
 *     <td>messages that got no acceptable answer in time.</td></tr>
 * <tr><td>{@value #TCP_FALLBACKS}</td><td>function counter</td><td></td>
 *     <td>truncated UDP answers retried over TCP.</td></tr>
 * <tr><td>{@value #EDNS_FALLBACKS}</td><td>function counter</td><td></td>
 *     <td>FORMERR answers to EDNS queries retried without the OPT record.</td></tr>
 * <tr><td>{@value #MESSAGES_DROPPED}</td><td>function counter</td><td>{@code reason}</td>
 *     <td>messages received and dropped while the query kept waiting, by {@code reason}:
 *     {@code wrong-source} (from another address or port than the one asked), {@code wrong-id} (no
 *     query waits for its ID), {@code wrong-question} (not the question asked), {@code malformed}
 *     (could not be read).</td></tr>
 * </table>
 *
 * <p><b>Costs.</b> The listener is called only when a lookup or question ends, and allocates
 * nothing: a result-cache hit costs one counter increment (about 10 ns, measured on a 2-core
 * machine), a lookup worked out one increment and one timer record (about 70 ns). The function
 * counters read {@link Resolver#stats()} when the registry reads them (about 50 ns each; nothing
 * between scrapes). The listener's meters are registered when this object is made, the others by
 * {@link #bind}; an outcome or reason not seen before is registered when it first happens.
 *
 * <p><b>One per resolver.</b> A registry keeps one meter per name and tags, so two resolvers in a
 * registry need different tags (e.g. {@code resolver=a}, {@code resolver=b}); {@link #close()} takes
 * this object's meters out of the registry, as one should when the resolver is closed for good.
 * The function counters hold the resolver weakly, as Micrometer's do, and read NaN once it is gone.
 * To use another listener as well, give the builder one that calls both.
 *
 * @since 0.1
 */
public final class AddrInfoMetrics implements AutoCloseable {
  /** Lookups ended, by {@code call} and {@code outcome}. */
  public static final String LOOKUPS = "addrinfo.lookups";
  /** Time taken by the lookups worked out, by {@code call}. */
  public static final String LOOKUP_LATENCY = "addrinfo.lookup.latency";
  /** getaddrinfo calls answered from the result cache. */
  public static final String RESULT_CACHE_HITS = "addrinfo.result.cache.hits";
  /** DNS questions. */
  public static final String QUESTIONS = "addrinfo.dns.questions";
  /** DNS questions answered from the DNS cache. */
  public static final String DNS_CACHE_HITS = "addrinfo.dns.cache.hits";
  /** DNS questions for which every try failed, by {@code reason}. */
  public static final String QUESTIONS_GIVEN_UP = "addrinfo.dns.questions.given.up";
  /** Function counter: tries not sent because their server was remembered dead. */
  public static final String SKIPPED_TRIES = "addrinfo.dns.tries.skipped";
  /** Messages sent to name servers. */
  public static final String MESSAGES_SENT = "addrinfo.dns.messages.sent";
  /** Tries ended by an answer. */
  public static final String MESSAGES_ANSWERED = "addrinfo.dns.messages.answered";
  /** Messages dropped, by {@code reason}. */
  public static final String MESSAGES_DROPPED = "addrinfo.dns.messages.dropped";
  /** Messages without an acceptable answer in time. */
  public static final String TIMEOUTS = "addrinfo.dns.timeouts";
  /** Truncated UDP answers retried over TCP. */
  public static final String TCP_FALLBACKS = "addrinfo.dns.tcp.fallbacks";
  /** FORMERR answers to EDNS queries retried without EDNS. */
  public static final String EDNS_FALLBACKS = "addrinfo.dns.edns.fallbacks";

  private final MeterRegistry registry;
  private final Tags tags;
  private final List<Meter> meters = new ArrayList<>();
  private final MetricsListener listener;
  private volatile Resolver bound;
  private boolean closed;

  /**
   * Meters with no tags of their own. Registers the listener's meters now.
   *
   * @param registry where the meters go
   */
  public AddrInfoMetrics(MeterRegistry registry) {
    this(registry, Tags.empty());
  }

  /**
   * Meters that each carry {@code tags} (to tell resolvers apart, say). Registers the listener's
   * meters now.
   *
   * @param registry where the meters go
   * @param tags added to every meter
   */
  public AddrInfoMetrics(MeterRegistry registry, Iterable<Tag> tags) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.tags = Tags.of(Objects.requireNonNull(tags, "tags"));
    this.listener = new MetricsListener(this);
  }

  /**
   * The listener to give {@link Resolver.Builder#listener}: it counts lookups by outcome, times
   * them, and counts the questions given up by reason.
   *
   * @return always the same listener
   */
  public ResolverListener listener() {
    return listener;
  }

  /**
   * Registers the meters that read a resolver's own counters ({@link Resolver#stats()}).
   *
   * @param resolver the resolver whose counters to read; held weakly
   * @return {@code resolver}, so that building and binding can be one expression
   * @throws IllegalStateException if this object is already bound to a resolver, or closed
   */
  public synchronized Resolver bind(Resolver resolver) {
    Objects.requireNonNull(resolver, "resolver");
    if (closed) {
      throw new IllegalStateException("metrics closed; make a new AddrInfoMetrics for " + resolver);
    }
    if (bound != null) {
      throw new IllegalStateException("metrics already bound to " + bound + "; make one AddrInfoMetrics "
          + "per resolver, with tags that tell them apart");
    }
    bound = resolver;
    StatsMeters.register(this, resolver);
    return resolver;
  }

  /**
   * Takes every meter this object registered out of the registry; the listener counts nothing from
   * then on. Closes neither the registry nor the resolver.
   */
  @Override
  public void close() {
    List<Meter> registered;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      registered = List.copyOf(meters);
      meters.clear();
    }
    listener.stop();
    for (Meter m : registered) {
      registry.remove(m);
    }
  }

  MeterRegistry registry() {
    return registry;
  }

  Tags tags() {
    return tags;
  }

  /** Remembers a meter for {@link #close()}; one registered after closing is taken out at once. */
  <M extends Meter> M track(M meter) {
    synchronized (this) {
      if (!closed) {
        meters.add(meter);
        return meter;
      }
    }
    registry.remove(meter);
    return meter;
  }

  @Override
  public String toString() {
    return "AddrInfoMetrics[tags=" + tags + ", resolver=" + bound + "]";
  }
}
