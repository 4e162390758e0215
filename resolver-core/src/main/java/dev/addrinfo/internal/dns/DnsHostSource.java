package dev.addrinfo.internal.dns;

import dev.addrinfo.Linux;
import dev.addrinfo.ResolverConfig;
import dev.addrinfo.internal.nss.NssStatus;
import dev.addrinfo.internal.nss.HostResult;
import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.RecordType;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The {@code dns} source of the hosts database: the search list walked as glibc's res_search walks
 * it, A and AAAA asked in parallel (one after the other with {@code single-request}; each from its
 * own socket, which is what {@code single-request-reopen} asks for), the answers judged as
 * res_query and nss_dns judge them.
 *
 * <p>The walk, as this machine's glibc 2.36 does it: NXDOMAIN, NODATA and SERVFAIL on a name with a
 * search domain go on to the next domain; any other failure (a refusal, a lame server, a timeout, an
 * unexpected rcode) skips the remaining domains but still tries the name as given; and when every
 * try of a search domain was refused (ECONNREFUSED) the walk ends there. The status nss_dns reports
 * for a failure follows glibc's errno after the last exchange: "unavailable" after timeouts and
 * refusals, "not found" otherwise.
 */
public final class DnsHostSource {
  private static final RecordType[] A = {RecordType.A};
  private static final RecordType[] AAAA = {RecordType.AAAA};
  private static final RecordType[] BOTH = {RecordType.A, RecordType.AAAA};
  private static final RecordType[] NONE = {};

  private final QueryRunner runner;

  public DnsHostSource(QueryRunner runner) {
    this.runner = runner;
  }

  /**
   * Looks a name up.
   *
   * @param name the name as the caller gave it (a trailing dot makes it absolute)
   * @param family AF_INET, AF_INET6 or AF_UNSPEC: which address records to ask for
   */
  public CompletableFuture<HostResult> lookup(String name, int family, ResolverConfig config) {
    CompletableFuture<HostResult> f = new CompletableFuture<>();
    lookup(name, family, config, f::complete);
    return f;
  }

  /** As {@link #lookup(String, int, ResolverConfig)}, {@code done} called once with the result. */
  public void lookup(String name, int family, ResolverConfig config, Consumer<HostResult> done) {
    if (!HostNameCheck.isValid(name)) {
      done.accept(HostResult.ofHerrno(HostResult.HOST_NOT_FOUND));
      return;
    }
    RecordType[] types = typesFor(family, config);
    if (types.length == 0) {
      done.accept(HostResult.ofHerrno(HostResult.NO_DATA));
      return;
    }
    new Search(SearchList.candidates(name, config), types, family == Linux.AF_UNSPEC, config, done).next(0);
  }

  static RecordType[] typesFor(int family, ResolverConfig config) {
    switch (family) {
      case Linux.AF_INET: return A;
      case Linux.AF_INET6: return config.noAaaa() ? NONE : AAAA;
      default: return config.noAaaa() ? A : BOTH;
    }
  }

  /** One walk over the candidates, keeping res_search's bookkeeping. */
  private final class Search {
    final List<SearchList.Candidate> candidates;
    final RecordType[] types;
    /** AF_UNSPEC was asked (even when {@code no-aaaa} leaves only the A question). */
    final boolean bothFamilies;
    final ResolverConfig config;
    private final Consumer<HostResult> result;
    private boolean ended;
    int savedHerrno = -1;
    boolean gotNodata;
    boolean gotServfail;
    int lastHerrno = HostResult.HOST_NOT_FOUND;
    QueryOutcome.Errno lastErrno = QueryOutcome.Errno.NONE;

    Search(List<SearchList.Candidate> candidates, RecordType[] types, boolean bothFamilies, ResolverConfig config,
        Consumer<HostResult> result) {
      this.candidates = candidates;
      this.types = types;
      this.bothFamilies = bothFamilies;
      this.config = config;
      this.result = result;
    }

    void next(int index) {
      if (index >= candidates.size()) {
        finish();
        return;
      }
      SearchList.Candidate c = candidates.get(index);
      new Candidate(this, index, c).ask();
    }

    /** Takes the judged outcome of candidate {@code index}; runs on whatever thread completed its questions. */
    void judged(int index, SearchList.Candidate c, CandidateResult r) {
      if (r.answered()) {
        end(r.addresses().isEmpty() ? answeredWithout()
            : HostResult.found(r.canonicalName(), r.addresses(), r.ttlSeconds()));
        return;
      }
      lastHerrno = r.herrno();
      lastErrno = r.errno();
      switch (c.role()) {
        case FIRST -> savedHerrno = r.herrno();
        case SEARCH -> {
          if (r.errno() == QueryOutcome.Errno.ECONNREFUSED) {
            // res_search gives up at once when no server could be reached at all
            end(failure(HostResult.TRY_AGAIN));
            return;
          }
          if (r.herrno() == HostResult.NO_DATA) {
            gotNodata = true;
          } else if (r.herrno() == HostResult.TRY_AGAIN && r.servfail()) {
            gotServfail = true;
          } else if (r.herrno() != HostResult.HOST_NOT_FOUND) {
            // res_search leaves the search list on anything but NXDOMAIN, NODATA and SERVFAIL
            next(lastIndexOrEnd(index));
            return;
          }
        }
        case LAST -> { }
      }
      next(index + 1);
    }

    /**
     * An answer without the addresses asked for (only a CNAME). nss_dns reports it by the family
     * asked, not by the questions sent: for AF_UNSPEC (gethostbyname4, whose gaih_getanswer says
     * "not found", with {@code no-aaaa} too, when only A is asked) HOST_NOT_FOUND, for one family
     * (getanswer_r) TRYAGAIN with NO_RECOVERY.
     */
    private HostResult answeredWithout() {
      return bothFamilies ? HostResult.ofHerrno(HostResult.HOST_NOT_FOUND)
          : HostResult.failed(NssStatus.TRYAGAIN, HostResult.NO_RECOVERY);
    }

    /** The final as-given candidate if there is one after {@code index}, else the end. */
    private int lastIndexOrEnd(int index) {
      int last = candidates.size() - 1;
      return last > index && candidates.get(last).role() == SearchList.Role.LAST ? last : candidates.size();
    }

    private void finish() {
      int herrno;
      if (savedHerrno != -1) {
        herrno = savedHerrno;
      } else if (gotNodata) {
        herrno = HostResult.NO_DATA;
      } else if (gotServfail) {
        herrno = HostResult.TRY_AGAIN;
      } else {
        herrno = lastHerrno;
      }
      end(failure(herrno));
    }

    /** Hands the result over once; a second end (after a bug of ours) is dropped. */
    void end(HostResult r) {
      synchronized (this) {
        if (ended) {
          return;
        }
        ended = true;
      }
      result.accept(r);
    }

    /** nss_dns's status comes from errno, which the last exchange left: see the class comment. */
    private HostResult failure(int herrno) {
      boolean unavailable = lastErrno == QueryOutcome.Errno.ETIMEDOUT || lastErrno == QueryOutcome.Errno.ECONNREFUSED;
      return HostResult.failed(unavailable ? NssStatus.UNAVAIL : NssStatus.NOTFOUND, herrno);
    }
  }

  /**
   * The questions for one candidate name: A and AAAA at once (or one after the other with
   * {@code single-request}), joined by a count instead of a future per step.
   */
  private final class Candidate implements QueryRunner.Answered {
    private final Search search;
    private final int index;
    private final SearchList.Candidate candidate;
    private final QueryOutcome[] outcomes;
    private int answered;

    Candidate(Search search, int index, SearchList.Candidate candidate) {
      this.search = search;
      this.index = index;
      this.candidate = candidate;
      this.outcomes = new QueryOutcome[search.types.length];
    }

    void ask() {
      boolean serial = search.config.singleRequest();
      for (int i = 0; i < (serial ? 1 : outcomes.length); i++) {
        askOne(i);
      }
    }

    private void askOne(int i) {
      runner.ask(new DnsQuestion(candidate.fqdn(), search.types[i]), search.config, this, i);
    }

    @Override
    public void answered(int i, QueryOutcome outcome) {
      boolean all;
      synchronized (this) {
        outcomes[i] = outcome;
        all = ++answered == outcomes.length;
      }
      if (!all) {
        if (search.config.singleRequest()) {
          askOne(i + 1);
        }
        return;
      }
      CandidateResult r;
      try {
        r = CandidateResult.judge(candidate.fqdn(), search.types, outcomes);
      } catch (RuntimeException | Error e) {
        // A bug of ours: the name's lookup ends as if no server had answered.
        r = CandidateResult.judge(candidate.fqdn(), search.types, gaveUp());
      }
      try {
        search.judged(index, candidate, r);
      } catch (RuntimeException | Error e) {
        search.end(HostResult.failed(NssStatus.UNAVAIL, HostResult.TRY_AGAIN));
      }
    }

    private QueryOutcome[] gaveUp() {
      QueryOutcome[] none = new QueryOutcome[outcomes.length];
      java.util.Arrays.fill(none, QueryOutcome.NO_ANSWER);
      return none;
    }
  }
}
