package dev.addrinfo.internal.dns;

import dev.addrinfo.ResolverConfig;
import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.DnsTransport;
import dev.addrinfo.spi.QueryOptions;
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
 * if that is shorter); SERVFAIL, NOTIMP and REFUSED move on to the next server, any other answer
 * ends the asking; {@code rotate} starts each question at the next server in turn.
 *
 * <p>Answers come from the cache when it holds one; identical questions in flight at the same time
 * share one exchange.
 */
public final class QueryRunner {
  private static final Duration MIN_TRY = Duration.ofSeconds(1);
  private static final int MAX_SERVERS = 3;

  private final DnsTransport transport;
  private final DnsCache cache;
  private final AtomicInteger rotation = new AtomicInteger();
  private final ConcurrentHashMap<String, CompletableFuture<QueryOutcome>> inFlight = new ConcurrentHashMap<>();

  /** @param cache the cache, or null for none */
  public QueryRunner(DnsTransport transport, DnsCache cache) {
    this.transport = transport;
    this.cache = cache;
  }

  public CompletableFuture<QueryOutcome> ask(DnsQuestion question, ResolverConfig config) {
    if (cache != null) {
      DnsResponse cached = cache.get(question);
      if (cached != null) {
        return CompletableFuture.completedFuture(new QueryOutcome(cached));
      }
    }
    String key = question.type() + " " + question.name().toLowerCase(Locale.ROOT);
    CompletableFuture<QueryOutcome> mine = new CompletableFuture<>();
    CompletableFuture<QueryOutcome> existing = inFlight.putIfAbsent(key, mine);
    if (existing != null) {
      return existing;
    }
    mine.whenComplete((o, t) -> inFlight.remove(key, mine));
    List<InetSocketAddress> servers = config.nameservers();
    int n = Math.min(servers.size(), MAX_SERVERS);
    int first = config.rotate() ? Math.floorMod(rotation.getAndIncrement(), n) : 0;
    new Exchange(question, config, servers.subList(0, n), first, mine).next(0, 0, null);
    return mine;
  }

  /** The try timeout of glibc's res_send for a round. */
  static Duration tryTimeout(Duration base, int round, int servers) {
    Duration t = base.multipliedBy(1L << round);
    if (round > 0) {
      t = t.dividedBy(servers);
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
    private final CompletableFuture<QueryOutcome> result;

    Exchange(DnsQuestion question, ResolverConfig config, List<InetSocketAddress> servers, int first,
        CompletableFuture<QueryOutcome> result) {
      this.question = question;
      this.config = config;
      this.servers = servers;
      this.first = first;
      this.result = result;
    }

    /** Sends try {@code tryIndex} of round {@code round}; {@code lastFailure} is the last SERVFAIL-like answer. */
    void next(int round, int tryIndex, DnsResponse lastFailure) {
      if (tryIndex == servers.size()) {
        round++;
        tryIndex = 0;
      }
      if (round >= config.attempts()) {
        result.complete(lastFailure == null ? QueryOutcome.NO_ANSWER : new QueryOutcome(lastFailure));
        return;
      }
      InetSocketAddress server = servers.get((first + tryIndex) % servers.size());
      QueryOptions options = new QueryOptions(
          tryTimeout(config.timeout(), round, servers.size()), config.edns0(), config.useVc(), true);
      int r = round;
      int i = tryIndex;
      CompletableFuture<DnsResponse> sent;
      try {
        sent = transport.query(question, server, options).toCompletableFuture();
      } catch (RuntimeException e) {
        sent = CompletableFuture.failedFuture(e);
      }
      sent.whenComplete((response, failure) -> {
        if (failure != null) {
          next(r, i + 1, lastFailure);
        } else if (movesOn(response.rcode())) {
          next(r, i + 1, response);
        } else {
          if (cache != null) {
            cache.put(question, response);
          }
          result.complete(new QueryOutcome(response));
        }
      });
    }
  }

  private static boolean movesOn(int rcode) {
    return rcode == DnsResponse.SERVFAIL || rcode == DnsResponse.NOTIMP || rcode == DnsResponse.REFUSED;
  }
}
