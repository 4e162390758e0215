package dev.addrinfo.internal.dns;

import dev.addrinfo.Linux;
import dev.addrinfo.ResolverConfig;
import dev.addrinfo.internal.nss.HostResult;
import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.RecordType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The {@code dns} source of the hosts database: the search list walked as glibc's res_search walks
 * it, A and AAAA asked in parallel (one after the other with {@code single-request}; each from its
 * own socket, which is what {@code single-request-reopen} asks for), the answers
 * judged as res_query and nss_dns judge them.
 */
public final class DnsHostSource {
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
    if (!HostNameCheck.isValid(name)) {
      return CompletableFuture.completedFuture(HostResult.ofHerrno(HostResult.HOST_NOT_FOUND));
    }
    List<RecordType> types = typesFor(family, config);
    if (types.isEmpty()) {
      return CompletableFuture.completedFuture(HostResult.ofHerrno(HostResult.NO_DATA));
    }
    Search search = new Search(SearchList.candidates(name, config), types, config);
    search.next(0);
    return search.result;
  }

  static List<RecordType> typesFor(int family, ResolverConfig config) {
    switch (family) {
      case Linux.AF_INET: return List.of(RecordType.A);
      case Linux.AF_INET6: return config.noAaaa() ? List.of() : List.of(RecordType.AAAA);
      default: return config.noAaaa() ? List.of(RecordType.A) : List.of(RecordType.A, RecordType.AAAA);
    }
  }

  /** One walk over the candidates, keeping res_search's bookkeeping. */
  private final class Search {
    final List<SearchList.Candidate> candidates;
    final List<RecordType> types;
    final ResolverConfig config;
    final CompletableFuture<HostResult> result = new CompletableFuture<>();
    int savedHerrno = -1;
    boolean gotNodata;
    boolean gotServfail;
    int lastHerrno = HostResult.HOST_NOT_FOUND;

    Search(List<SearchList.Candidate> candidates, List<RecordType> types, ResolverConfig config) {
      this.candidates = candidates;
      this.types = types;
      this.config = config;
    }

    void next(int index) {
      if (index >= candidates.size()) {
        finish();
        return;
      }
      SearchList.Candidate c = candidates.get(index);
      askAll(c.fqdn()).whenComplete((outcomes, failure) -> {
        if (failure != null) {
          result.completeExceptionally(failure);
          return;
        }
        CandidateResult r = CandidateResult.judge(c.fqdn(), types, outcomes);
        if (r.answered()) {
          result.complete(r.addresses().isEmpty()
              ? HostResult.ofHerrno(r.herrno())
              : HostResult.found(r.canonicalName(), r.addresses(), r.ttlSeconds()));
          return;
        }
        lastHerrno = r.herrno();
        switch (c.role()) {
          case FIRST -> savedHerrno = r.herrno();
          case SEARCH -> {
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
      });
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
      result.complete(HostResult.ofHerrno(herrno));
    }

    private CompletableFuture<List<QueryOutcome>> askAll(String fqdn) {
      // single-request-reopen exists for middleboxes that answer only one of two queries sent from
      // one socket; every query here leaves from its own random port, so it keeps them parallel
      if (types.size() == 1 || !config.singleRequest()) {
        List<CompletableFuture<QueryOutcome>> asked = new ArrayList<>(types.size());
        for (RecordType t : types) {
          asked.add(runner.ask(new DnsQuestion(fqdn, t), config));
        }
        return CompletableFuture.allOf(asked.toArray(new CompletableFuture<?>[0]))
            .thenApply(v -> asked.stream().map(CompletableFuture::join).toList());
      }
      return runner.ask(new DnsQuestion(fqdn, types.get(0)), config).thenCompose(first ->
          runner.ask(new DnsQuestion(fqdn, types.get(1)), config).thenApply(second -> List.of(first, second)));
    }
  }
}
