package dev.addrinfo.cli;

import dev.addrinfo.AddrInfoException;
import dev.addrinfo.AddrInfoResolver;
import java.io.PrintStream;
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
   * Creates the resolver, asks, prints the result, closes the resolver.
   *
   * @return 0, or {@link ResolveCommand#EXIT_RESOLVER_ERROR} when the resolver reported an EAI_ error
   */
  static <T> int run(
      Function<ResolverSettings, AddrInfoResolver> factory,
      CommonOptions options,
      PrintStream out,
      PrintStream err,
      String query,
      Function<AddrInfoResolver, CompletableFuture<T>> ask,
      BiConsumer<Output, T> print) {
    Output output = options.output(out, err);
    try (AddrInfoResolver resolver = factory.apply(options.settings(err))) {
      T result;
      try {
        result = ask.apply(resolver).join();
      } catch (CompletionException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (cause instanceof AddrInfoException a) {
          output.error(query, a.error());
          return ResolveCommand.EXIT_RESOLVER_ERROR;
        }
        throw e;
      }
      print.accept(output, result);
      return 0;
    }
  }
}
