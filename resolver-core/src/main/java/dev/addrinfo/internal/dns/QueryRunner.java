package dev.addrinfo.internal.dns;

import dev.addrinfo.ResolverConfig;
import dev.addrinfo.internal.Observer;
import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.DnsStreamException;
import dev.addrinfo.spi.DnsTimeoutException;
import dev.addrinfo.spi.DnsTransport;
import dev.addrinfo.spi.QueryOptions;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Asks one question of the configured name servers as glibc's res_send does: {@code attempts}
 * rounds over all servers (at most three), each try waiting {@code timeout << round}, divided by
 * the number of servers after the first round, and at least one second (or the configured timeout
 * if that is shorter). Over UDP, SERVFAIL, NOTIMP, REFUSED and lame answers move on to the next
 * server at once; over TCP every answer is final, as with glibc; {@code rotate} starts each question
 * at the next server in turn. When every try fails the outcome says so, with the last failing
 * answer (which decides res_search's next step) and whether glibc would call the servers
 * unavailable.
 *
 * <p>Answers come from the cache when it holds one; identical questions in flight at the same time
 * share one exchange.
 *
 * <p>Remembering dead servers (when on; see {@link ServerHealth}): a question skips each try to a
 * server that was dead when it started, as if that try had failed the way the server last failed
 * (timed out, or refused), and goes on to the next server at once; the outcome is the one glibc
 * reaches when the server fails again. When all servers are dead, the one that failed longest ago
 * is asked all the same. A skipped server whose retry time has come is also sent the question in
 * the background; its answer only revives it (the question goes on without it, so which server's
 * answer decides stays glibc's rule).
 */
public final class QueryRunner {
  private static final Duration MIN_TRY = Duration.ofSeconds(1);
  private static final int MAX_SERVERS = 3;

  private final DnsTransport transport;
  private final DnsCache cache;
  private final Observer observer;
  /** The dead servers, or null when they are not remembered. */
  private final ServerHealth health;
  private final AtomicInteger rotation = new AtomicInteger();
  private final ConcurrentHashMap<DnsQuestion, Exchange> inFlight = new ConcurrentHashMap<>();
  private volatile TryOptions tryOptions;

  /** @param cache the cache, or null for none */
  public QueryRunner(DnsTransport transport, DnsCache cache) {
    this(transport, cache, new Observer(null));
  }

  public QueryRunner(DnsTransport transport, DnsCache cache, Observer observer) {
    this(transport, cache, observer, false, InstantSource.system());
  }

  /**
   * @param rememberDeadServers whether a server that timed out or refused is skipped by later
   *     questions until it answers again (see the class comment); else every question waits on
   *     it as glibc does
   * @param clock when servers failed and are due for a retry
   */
  public QueryRunner(DnsTransport transport, DnsCache cache, Observer observer, boolean rememberDeadServers,
      InstantSource clock) {
    this.transport = transport;
    this.cache = cache;
    this.observer = observer;
    this.health = rememberDeadServers ? new ServerHealth(clock) : null;
  }

  /**
   * Takes the outcome of a question asked with a tag, so that one object can wait for several
   * questions (a name's A and AAAA) without a callback object per question.
   */
  public interface Answered {
    void answered(int tag, QueryOutcome outcome);
  }

  /** As {@link #ask(DnsQuestion, ResolverConfig, Consumer)}, as a future (for tests and tools). */
  public CompletableFuture<QueryOutcome> ask(DnsQuestion question, ResolverConfig config) {
    CompletableFuture<QueryOutcome> f = new CompletableFuture<>();
    ask(question, config, f::complete);
    return f;
  }

  /** As {@link #ask(DnsQuestion, ResolverConfig, Answered, int)}, with a plain callback. */
  public void ask(DnsQuestion question, ResolverConfig config, Consumer<QueryOutcome> done) {
    ask(question, config, (tag, outcome) -> done.accept(outcome), 0);
  }

  /**
   * Asks {@code question}; {@code done} is called once with the outcome, on the thread that ended
   * the asking (the caller's, for a cache hit). What {@code done} throws is ignored.
   */
  public void ask(DnsQuestion question, ResolverConfig config, Answered done, int tag) {
    if (cache != null) {
      DnsResponse cached = cache.get(question);
      if (cached != null) {
        observer.question(question, true, 0, 0, cached.rcode(), cached.answers().size(), null, System.nanoTime());
        tell(done, tag, QueryOutcome.answer(cached));
        return;
      }
    }
    String lower = question.name().toLowerCase(Locale.ROOT);
    DnsQuestion key = lower == question.name() ? question : new DnsQuestion(lower, question.type());
    List<InetSocketAddress> servers = config.nameservers();
    int n = Math.min(servers.size(), MAX_SERVERS);
    int first = config.rotate() ? Math.floorMod(rotation.getAndIncrement(), n) : 0;
    Exchange mine = new Exchange(question, config, servers, n, first, key, done, tag);
    Exchange existing = inFlight.putIfAbsent(key, mine);
    if (existing != null) {
      if (existing.config == config && existing.join(done, tag)) {
        return;
      }
      // A re-read resolv.conf made a new configuration (its servers may differ), or the other
      // exchange has just ended: ask on its own.
      mine.shared = false;
    }
    mine.next();
  }

  private static void tell(Answered done, int tag, QueryOutcome outcome) {
    try {
      done.answered(tag, outcome);
    } catch (RuntimeException | Error e) {
      // the caller's callback is the caller's
    }
  }

  /** The options of a try to each server under one configuration, made once per configuration. */
  private QueryOptions options(ResolverConfig config, int serverIndex, int servers) {
    TryOptions t = tryOptions;
    if (t == null || t.config != config) {
      QueryOptions[] each = new QueryOptions[servers];
      for (int i = 0; i < servers; i++) {
        each[i] = new QueryOptions(tryTimeout(config.timeout(), i, servers), config.edns0(), config.useVc(), true,
            observer.exchanges());
      }
      t = new TryOptions(config, each);
      tryOptions = t;
    }
    return t.each[serverIndex];
  }

  private record TryOptions(ResolverConfig config, QueryOptions[] each) {}

  /**
   * The wait of a try to the server at {@code serverIndex} (its place in the list, whatever the
   * round), as glibc's send_dg computes it: {@code timeout << index}, divided by the number of
   * servers unless it is the first, in whole seconds as glibc divides, and at least one second (or
   * the configured timeout if that is shorter, which only a builder can set).
   */
  static Duration tryTimeout(Duration base, int serverIndex, int servers) {
    Duration t;
    if (base.getNano() == 0) {
      long seconds = base.getSeconds() << serverIndex;
      t = Duration.ofSeconds(serverIndex > 0 ? seconds / servers : seconds);
    } else {
      t = base.multipliedBy(1L << serverIndex);
      t = serverIndex > 0 ? t.dividedBy(servers) : t;
    }
    Duration floor = base.compareTo(MIN_TRY) < 0 ? base : MIN_TRY;
    return t.compareTo(floor) < 0 ? floor : t;
  }

  /**
   * One question's walk over rounds and servers, and the future of its outcome; it also takes each
   * try's result, so a try costs no callback object. Identical questions in flight under the same
   * configuration join it (through {@link #inFlight}, keyed by the question in lower case).
   */
  private final class Exchange implements BiConsumer<DnsResponse, Throwable> {
    private final DnsQuestion question;
    private final ResolverConfig config;
    /** The configured servers, of which the first {@code serverCount} are asked. */
    private final List<InetSocketAddress> servers;
    private final int serverCount;
    private final int first;
    private final DnsQuestion key;
    private final Answered done;
    private final int tag;
    private final long startNanos = System.nanoTime();
    /** The servers this walk may skip (bit i: {@code servers.get(i)}), dead when it started. */
    private int skippable;
    private boolean shared = true;
    // Guarded by this: the questions that joined, and the outcome once there is one.
    private List<Joined> joined;
    private QueryOutcome outcome;
    private int tries;
    private int skips;
    /** The server of the try in flight. */
    private int asked;
    // The walk's position and what glibc's res_send would know at it.
    private int round;
    private int tryIndex;
    private DnsResponse lastFailure;
    private boolean somewhere;
    private boolean brokenStream;

    Exchange(DnsQuestion question, ResolverConfig config, List<InetSocketAddress> servers, int serverCount,
        int first, DnsQuestion key, Answered done, int tag) {
      this.question = question;
      this.config = config;
      this.servers = servers;
      this.serverCount = serverCount;
      this.first = first;
      this.key = key;
      this.done = done;
      this.tag = tag;
      // Only servers dead before the walk began are skipped: its own failed tries are retried in
      // later rounds as glibc retries them (a lost datagram is then no worse than with glibc).
      this.skippable = health != null && health.anyDead() ? health.skippable(servers, serverCount) : 0;
    }

    /** Adds an identical question's callback; false when the outcome is already known. */
    synchronized boolean join(Answered other, int otherTag) {
      if (outcome != null) {
        return false;
      }
      if (joined == null) {
        joined = new ArrayList<>(2);
      }
      joined.add(new Joined(other, otherTag));
      return true;
    }

    /**
     * Leaves the in-flight table, then completes: a question asked by anything the completion
     * triggers (or by any thread that saw it) must start a new exchange, never join this finished one.
     */
    private void finish(QueryOutcome result) {
      leave();
      DnsResponse r = result.response();
      observer.question(question, false, tries, skips, result.rcode(), result.answered() ? r.answers().size() : 0,
          result.answered() ? null : failure(result), startNanos);
      List<Joined> others;
      synchronized (this) {
        outcome = result;
        others = joined;
      }
      tell(done, tag, result);
      if (others != null) {
        for (Joined j : others) {
          tell(j.done, j.tag, result);
        }
      }
    }

    private void leave() {
      if (shared) {
        inFlight.remove(key, this);
      }
    }

    /**
     * Sends the try at the walk's position: {@code tryIndex} of {@code round}. {@code lastFailure}
     * is the last failing answer received; {@code somewhere} is glibc's gotsomewhere (a try timed
     * out or was answered), {@code brokenStream} whether the last try broke over TCP.
     */
    void next() {
      int serverIndex;
      do {
        if (tryIndex == serverCount) {
          round++;
          tryIndex = 0;
        }
        if (round >= config.attempts()) {
          QueryOutcome.Errno errno = brokenStream ? QueryOutcome.Errno.OTHER
              : somewhere ? QueryOutcome.Errno.ETIMEDOUT : QueryOutcome.Errno.ECONNREFUSED;
          finish(new QueryOutcome(lastFailure, true, errno));
          return;
        }
        serverIndex = (first + tryIndex) % serverCount;
      } while (skippable != 0 && skipped(serverIndex));
      asked = serverIndex;
      tries++;
      try {
        transport.send(question, servers.get(serverIndex), options(config, serverIndex, serverCount), this);
      } catch (RuntimeException e) {
        accept(null, e);
      }
    }

    /**
     * Whether the try to the server at {@code serverIndex} is skipped, the server being dead: then
     * it counts as failed as the server last failed, and the walk moves past it. A server that has
     * answered since the walk began is asked after all.
     */
    private boolean skipped(int serverIndex) {
      int bit = 1 << serverIndex;
      if ((skippable & bit) == 0) {
        return false;
      }
      InetSocketAddress server = servers.get(serverIndex);
      ServerHealth.Dead dead = health.dead(server);
      if (dead == null) {
        skippable &= ~bit;
        return false;
      }
      skips++;
      tryIndex++;
      somewhere |= dead.timedOut();
      brokenStream = false;
      if (health.claimRetry(dead)) {
        retry(question, server, options(config, serverIndex, serverCount));
      }
      return true;
    }

    /** The end of a try: an answer, a failing answer, or the try's failure. */
    @Override
    public void accept(DnsResponse response, Throwable failure) {
      try {
        tryIndex++;
        if (health != null) {
          health.tried(servers.get(asked), failure == null, unwrap(failure));
        }
        if (failure != null) {
          Throwable cause = unwrap(failure);
          somewhere |= cause instanceof DnsTimeoutException;
          brokenStream = cause instanceof DnsStreamException;
          next();
        } else if (movesOn(response)) {
          lastFailure = response;
          somewhere = true;
          brokenStream = false;
          next();
        } else {
          if (cache != null) {
            cache.put(question, response);
          }
          finish(QueryOutcome.answer(response));
        }
      } catch (RuntimeException | Error e) {
        // A bug of ours or the transport's must end the question, not leave it waiting for ever:
        // it ends as if every try had failed.
        finish(new QueryOutcome(lastFailure, true, QueryOutcome.Errno.OTHER));
      }
    }
  }

  /**
   * Sends {@code question} to a dead server in the background: its answer or failure only changes
   * what {@link #health} knows of the server.
   */
  private void retry(DnsQuestion question, InetSocketAddress server, QueryOptions options) {
    BiConsumer<DnsResponse, Throwable> ended =
        (response, failure) -> health.retried(server, failure == null, unwrap(failure));
    try {
      transport.send(question, server, options, ended);
    } catch (RuntimeException e) {
      ended.accept(null, e);
    }
  }

  /** A question that joined an exchange in flight, and its tag. */
  private record Joined(Answered done, int tag) {}

  /** Why every try failed, in a word or two, for {@link dev.addrinfo.QuestionEvent#failure()}. */
  private static String failure(QueryOutcome o) {
    if (o.response() != null) {
      return switch (o.response().rcode()) {
        case DnsResponse.SERVFAIL -> "server failure";
        case DnsResponse.REFUSED -> "refused by the server";
        case DnsResponse.NOTIMP -> "not implemented by the server";
        default -> "lame answer";
      };
    }
    return switch (o.errno()) {
      case ECONNREFUSED -> "refused";
      case OTHER -> "broken tcp stream";
      default -> "timeout";
    };
  }

  /** Whether glibc's res_send takes this answer as a failure of its server (UDP only). */
  static boolean movesOn(DnsResponse r) {
    if (r.viaTcp()) {
      return false;
    }
    int rcode = r.rcode();
    return rcode == DnsResponse.SERVFAIL || rcode == DnsResponse.NOTIMP || rcode == DnsResponse.REFUSED || r.lame();
  }

  private static Throwable unwrap(Throwable t) {
    return t instanceof java.util.concurrent.CompletionException && t.getCause() != null ? t.getCause() : t;
  }
}
