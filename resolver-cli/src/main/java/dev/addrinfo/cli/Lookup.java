package dev.addrinfo.cli;

import dev.addrinfo.AddrInfoException;
import dev.addrinfo.AddrInfoResolver;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Runs one lookup to completion: the command line is the one place that blocks on a future.
 */
final class Lookup {
  private Lookup() {}

  /**
   * Creates the resolver, asks, closes the resolver, shows the summary of the warnings, then
   * prints the result or the error.
   *
   * @return 0, or {@link ResolveCommand#EXIT_RESOLVER_ERROR} when the resolver reported an EAI_ error
   */
  static <T> int run(
      Function<ResolverSettings, AddrInfoResolver> factory,
      ResolverSettings settings,
      Session session,
      Asked asked,
      Function<AddrInfoResolver, CompletableFuture<T>> ask,
      BiConsumer<Output, T> print) {
    T result;
    AddrInfoException failure = null;
    try (AddrInfoResolver resolver = factory.apply(settings)) {
      result = ask.apply(resolver).join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (!(cause instanceof AddrInfoException a)) {
        throw e;
      }
      result = null;
      failure = a;
    } finally {
      session.warnings.finish();
    }
    if (failure != null) {
      session.output.error(asked, failure.error().name(), failure.error().text());
      return ResolveCommand.EXIT_RESOLVER_ERROR;
    }
    print.accept(session.output, result);
    return 0;
  }
}
