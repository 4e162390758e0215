package dev.addrinfo.internal.dns;

import dev.addrinfo.ResolverConfig;
import dev.addrinfo.internal.Observer;
import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.DnsStreamException;
import dev.addrinfo.spi.DnsTimeoutException;
import dev.addrinfo.spi.DnsTransport;
import dev.addrinfo.spi.QueryOptions;
import dev.addrinfo.spi.RecordType;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

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
 */
public final class QueryRunner {
  private static final Duration MIN_TRY = Duration.ofSeconds(1);
  private static final int MAX_SERVERS = 3;

  private final DnsTransport transport;
  private final DnsCache cache;
  private final Observer observer;
  private final AtomicInteger rotation = new AtomicInteger();
  private final ConcurrentHashMap<Key, CompletableFuture<QueryOutcome>> inFlight = new ConcurrentHashMap<>();

  /** @param cache the cache, or null for none */
  public QueryRunner(DnsTransport transport, DnsCache cache) {
    this(transport, cache, new Observer(null));
  }

  public QueryRunner(DnsTransport transport, DnsCache cache, Observer observer) {
    this.transport = transport;
    this.cache = cache;
    this.observer = observer;
  }

  public CompletableFuture<QueryOutcome> ask(DnsQuestion question, ResolverConfig config) {
    if (cache != null) {
      DnsResponse cached = cache.get(question);
      if (cached != null) {
        observer.question(question, true, 0, cached.rcode(), cached.answers().size(), null, System.nanoTime());
        return CompletableFuture.completedFuture(QueryOutcome.answer(cached));
      }
    }
    Key key = new Key(question.name().toLowerCase(Locale.ROOT), question.type(), config);
    CompletableFuture<QueryOutcome> mine = new CompletableFuture<>();
    CompletableFuture<QueryOutcome> existing = inFlight.putIfAbsent(key, mine);
    if (existing != null) {
      return existing;
    }
    List<InetSocketAddress> servers = config.nameservers();
    int n = Math.min(servers.size(), MAX_SERVERS);
    int first = config.rotate() ? Math.floorMod(rotation.getAndIncrement(), n) : 0;
    new Exchange(question, config, servers.subList(0, n), first, key, mine).next(0, 0, null, false, false);
    return mine;
  }

  /**
   * What makes two questions one exchange: the name (ignoring case), the type, and the same
   * configuration object (a re-read resolv.conf is a new one, whose servers may differ).
   */
  private record Key(String name, RecordType type, ResolverConfig config) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.type == type && k.config == config && k.name.equals(name);
    }

    @Override
    public int hashCode() {
      return name.hashCode() * 31 + type.hashCode();
    }
  }

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

  /** One question's walk over rounds and servers. */
  private final class Exchange {
    private final DnsQuestion question;
    private final ResolverConfig config;
    private final List<InetSocketAddress> servers;
    private final int first;
    private final Key key;
    private final CompletableFuture<QueryOutcome> result;
    private final long startNanos = System.nanoTime();
    private int tries;

    Exchange(DnsQuestion question, ResolverConfig config, List<InetSocketAddress> servers, int first, Key key,
        CompletableFuture<QueryOutcome> result) {
      this.question = question;
      this.config = config;
      this.servers = servers;
      this.first = first;
      this.key = key;
      this.result = result;
    }

    /**
     * Leaves the in-flight table, then completes: a question asked by anything the completion
     * triggers (or by any thread that saw it) must start a new exchange, never join this finished one.
     */
    private void finish(QueryOutcome outcome) {
      inFlight.remove(key, result);
      DnsResponse r = outcome.response();
      observer.question(question, false, tries, outcome.rcode(), outcome.answered() ? r.answers().size() : 0,
          outcome.answered() ? null : failure(outcome), startNanos);
      result.complete(outcome);
    }

    /**
     * Sends try {@code tryIndex} of round {@code round}. {@code lastFailure} is the last failing
     * answer received; {@code wasSomewhere} is glibc's gotsomewhere (a try timed out or was answered),
     * {@code brokenStream} whether the last try broke over TCP.
     */
    void next(int round, int tryIndex, DnsResponse lastFailure, boolean wasSomewhere, boolean brokenStream) {
      if (tryIndex == servers.size()) {
        round++;
        tryIndex = 0;
      }
      if (round >= config.attempts()) {
        QueryOutcome.Errno errno = brokenStream ? QueryOutcome.Errno.OTHER
            : wasSomewhere ? QueryOutcome.Errno.ETIMEDOUT : QueryOutcome.Errno.ECONNREFUSED;
        finish(new QueryOutcome(lastFailure, true, errno));
        return;
      }
      int serverIndex = (first + tryIndex) % servers.size();
      InetSocketAddress server = servers.get(serverIndex);
      QueryOptions options = new QueryOptions(tryTimeout(config.timeout(), serverIndex, servers.size()), config.edns0(),
          config.useVc(), true, observer.exchanges());
      tries++;
      int r = round;
      int i = tryIndex;
      boolean somewhere = wasSomewhere;
      CompletableFuture<DnsResponse> sent;
      try {
        sent = transport.query(question, server, options).toCompletableFuture();
      } catch (RuntimeException e) {
        sent = CompletableFuture.failedFuture(e);
      }
      sent.whenComplete((response, failure) -> {
        try {
          if (failure != null) {
            Throwable cause = unwrap(failure);
            boolean timedOut = cause instanceof DnsTimeoutException;
            next(r, i + 1, lastFailure, somewhere || timedOut, cause instanceof DnsStreamException);
          } else if (movesOn(response)) {
            next(r, i + 1, response, true, false);
          } else {
            if (cache != null) {
              cache.put(question, response);
            }
            finish(QueryOutcome.answer(response));
          }
        } catch (RuntimeException | Error e) {
          // A bug of ours or the transport's must end the question, not leave it waiting for ever.
          inFlight.remove(key, result);
          result.completeExceptionally(e);
        }
      });
    }
  }

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
