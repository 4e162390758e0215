package dev.addrinfo.testing;

import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.DnsRecord;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.DnsTimeoutException;
import dev.addrinfo.spi.DnsTransport;
import dev.addrinfo.spi.QueryOptions;
import dev.addrinfo.spi.RecordType;
import dev.addrinfo.spi.RouteProbe;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * A scripted transport: answers from a table of zone data, or from a function of question and
 * server, and records every try. Names absent from the data get NXDOMAIN with a negative TTL of
 * 60; names present without records of the asked type get NOERROR with no answers.
 */
public final class FakeTransport implements DnsTransport {
  /** One try as the resolver sent it. */
  public record Sent(DnsQuestion question, InetSocketAddress server, QueryOptions options) {}

  private final Map<String, List<DnsRecord>> zone = new ConcurrentHashMap<>();
  private final List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
  private volatile BiFunction<DnsQuestion, InetSocketAddress, CompletionStage<DnsResponse>> script;
  private volatile boolean closed;
  private volatile RouteProbe routeProbe;

  /** Adds an A or AAAA record for name (absolute, with trailing dot). */
  public FakeTransport address(String name, String literal) {
    return record(DnsRecord.address(name, 300, parse(literal)));
  }

  public FakeTransport cname(String name, String target) {
    return record(DnsRecord.cname(name, 300, target));
  }

  public FakeTransport ptr(String name, String target) {
    return record(DnsRecord.ptr(name, 300, target));
  }

  public FakeTransport record(DnsRecord r) {
    zone.computeIfAbsent(r.name().toLowerCase(Locale.ROOT), k -> Collections.synchronizedList(new ArrayList<>())).add(r);
    return this;
  }

  /** Makes the name exist with no address records (NODATA). */
  public FakeTransport exists(String name) {
    zone.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> Collections.synchronizedList(new ArrayList<>()));
    return this;
  }

  /** Answers every question with this function instead of the zone data; null falls back to the zone. */
  public FakeTransport script(BiFunction<DnsQuestion, InetSocketAddress, CompletionStage<DnsResponse>> script) {
    this.script = script;
    return this;
  }

  /** Offers {@code probe} as the transport's source-address probe. */
  public FakeTransport routeProbe(RouteProbe probe) {
    this.routeProbe = probe;
    return this;
  }

  @Override
  public RouteProbe routeProbe() {
    return routeProbe;
  }

  public List<Sent> sent() {
    synchronized (sent) {
      return List.copyOf(sent);
    }
  }

  public boolean closed() {
    return closed;
  }

  @Override
  public CompletionStage<DnsResponse> query(DnsQuestion question, InetSocketAddress server, QueryOptions options) {
    sent.add(new Sent(question, server, options));
    BiFunction<DnsQuestion, InetSocketAddress, CompletionStage<DnsResponse>> s = script;
    if (s != null) {
      CompletionStage<DnsResponse> r = s.apply(question, server);
      if (r != null) {
        return r;
      }
    }
    return CompletableFuture.completedFuture(fromZone(question));
  }

  /** What the zone data answers, following CNAMEs within the zone as a recursive server would. */
  public DnsResponse fromZone(DnsQuestion question) {
    List<DnsRecord> answers = new ArrayList<>();
    String name = question.name();
    for (int hops = 0; hops < 20; hops++) {
      List<DnsRecord> records = zone.get(name.toLowerCase(Locale.ROOT));
      if (records == null) {
        return new DnsResponse(DnsResponse.NXDOMAIN, false, true, false, answers, 60);
      }
      String next = null;
      synchronized (records) {
        for (DnsRecord r : records) {
          if (r.type() == question.type()) {
            answers.add(r);
          } else if (r.type() == RecordType.CNAME) {
            answers.add(r);
            next = r.target();
          }
        }
      }
      if (next == null || question.type() == RecordType.CNAME) {
        return new DnsResponse(DnsResponse.NOERROR, false, true, false, answers, 60);
      }
      name = next;
    }
    return new DnsResponse(DnsResponse.SERVFAIL, false, true, false, List.of(), -1);
  }

  public static CompletionStage<DnsResponse> rcode(int rcode) {
    return CompletableFuture.completedFuture(new DnsResponse(rcode, false, true, false, List.of(), -1));
  }

  public static CompletionStage<DnsResponse> timeout() {
    return CompletableFuture.failedFuture(new DnsTimeoutException("scripted timeout"));
  }

  @Override
  public void close() {
    closed = true;
  }

  private static InetAddress parse(String literal) {
    try {
      // only literals reach here, so no name service is consulted
      return InetAddress.getByName(literal);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an address literal: " + literal, e);
    }
  }
}
