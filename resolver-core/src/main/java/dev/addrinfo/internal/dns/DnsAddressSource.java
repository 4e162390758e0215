package dev.addrinfo.internal.dns;

import dev.addrinfo.ResolverConfig;
import dev.addrinfo.internal.nss.HostResult;
import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.DnsRecord;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.RecordType;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The {@code dns} source of getnameinfo: one PTR question, no search list, the first PTR record
 * owned by the question name or the end of its CNAME chain (RFC 2317 delegation) taken as the name.
 * When that first PTR's name is not a valid host name, nothing is found (a valid second one is not
 * looked at), as with glibc 2.36.
 */
public final class DnsAddressSource {
  private final QueryRunner runner;

  public DnsAddressSource(QueryRunner runner) {
    this.runner = runner;
  }

  public CompletableFuture<HostResult> lookup(InetAddress address, ResolverConfig config) {
    CompletableFuture<HostResult> f = new CompletableFuture<>();
    lookup(address, config, f::complete);
    return f;
  }

  /** As {@link #lookup(InetAddress, ResolverConfig)}, {@code done} called once with the result. */
  public void lookup(InetAddress address, ResolverConfig config, Consumer<HostResult> done) {
    String qname = ReverseName.of(address);
    runner.ask(new DnsQuestion(qname, RecordType.PTR), config, o -> done.accept(judge(qname, o)));
  }

  static HostResult judge(String qname, QueryOutcome outcome) {
    if (!outcome.answered()) {
      return HostResult.ofHerrno(HostResult.TRY_AGAIN);
    }
    DnsResponse r = outcome.response();
    switch (r.rcode()) {
      case DnsResponse.NOERROR:
        break;
      case DnsResponse.NXDOMAIN:
        return HostResult.ofHerrno(HostResult.HOST_NOT_FOUND);
      case DnsResponse.SERVFAIL:
        return HostResult.ofHerrno(HostResult.TRY_AGAIN);
      default:
        return HostResult.ofHerrno(HostResult.NO_RECOVERY);
    }
    String expected = qname;
    for (DnsRecord rec : r.answers()) {
      if (!rec.name().equalsIgnoreCase(expected)) {
        continue;
      }
      if (rec.type() == RecordType.CNAME) {
        expected = rec.target();
      } else if (rec.type() == RecordType.PTR) {
        return HostNameCheck.isValid(rec.target())
            ? HostResult.found(AnswerAddresses.withoutDot(rec.target()), List.of())
            : HostResult.ofHerrno(HostResult.HOST_NOT_FOUND);
      }
    }
    return HostResult.ofHerrno(HostResult.NO_DATA);
  }
}
