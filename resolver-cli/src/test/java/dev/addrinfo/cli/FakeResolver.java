package dev.addrinfo.cli;

import dev.addrinfo.AddrInfo;
import dev.addrinfo.AddrInfoException;
import dev.addrinfo.AddrInfoResolver;
import dev.addrinfo.EaiError;
import dev.addrinfo.Hints;
import dev.addrinfo.NameInfo;
import dev.addrinfo.NameInfoFlag;
import dev.addrinfo.services.LineProblem;
import dev.addrinfo.spi.QueryTrace;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** A resolver that records what it was asked and answers from a script. */
final class FakeResolver implements AddrInfoResolver {
  ResolverSettings settings;
  boolean asked;
  String host;
  String service;
  Hints hints;
  InetSocketAddress address;
  Set<NameInfoFlag> flags;
  boolean closed;

  /** Reported to the settings' trace, if any, while a lookup runs. */
  final List<QueryTrace> traces = new ArrayList<>();
  /** Reported to the settings' warnings while a lookup runs, as the real resolver reports bad lines. */
  final List<LineProblem> problems = new ArrayList<>();
  private CompletableFuture<List<AddrInfo>> addrInfo = CompletableFuture.completedFuture(List.of());
  private CompletableFuture<NameInfo> nameInfo = CompletableFuture.completedFuture(new NameInfo("h", "s"));

  FakeResolver answering(AddrInfo... results) {
    addrInfo = CompletableFuture.completedFuture(List.of(results));
    return this;
  }

  FakeResolver answering(NameInfo result) {
    nameInfo = CompletableFuture.completedFuture(result);
    return this;
  }

  FakeResolver failing(EaiError error) {
    return failing(new AddrInfoException(error, "scripted"));
  }

  FakeResolver failing(Throwable t) {
    addrInfo = CompletableFuture.failedFuture(t);
    nameInfo = CompletableFuture.failedFuture(t);
    return this;
  }

  FakeResolver create(ResolverSettings s) {
    this.settings = s;
    return this;
  }

  @Override
  public CompletableFuture<List<AddrInfo>> getAddrInfo(String host, String service, Hints hints) {
    asked = true;
    this.host = host;
    this.service = service;
    this.hints = hints;
    reportTraces();
    return addrInfo;
  }

  @Override
  public CompletableFuture<NameInfo> getNameInfo(InetSocketAddress address, Set<NameInfoFlag> flags) {
    asked = true;
    this.address = address;
    this.flags = flags;
    reportTraces();
    return nameInfo;
  }

  private void reportTraces() {
    problems.forEach(settings.warnings());
    if (settings.trace() != null) {
      traces.forEach(settings.trace());
    }
  }

  @Override
  public void close() {
    closed = true;
  }
}
