package dev.addrinfo.internal.cache;

import java.util.concurrent.CompletableFuture;

/**
 * A future completed once, at construction, that nobody can change afterwards: the obtrude methods
 * throw, and completing or cancelling a completed future does nothing. One instance can therefore
 * be handed to every caller of a cached lookup, which then costs no allocation. Stages made from it
 * ({@code thenApply} and the like) are ordinary futures.
 *
 * @param <T> the value
 */
public final class SealedFuture<T> extends CompletableFuture<T> {
  public SealedFuture(T value) {
    super.complete(value);
  }

  @Override
  public void obtrudeValue(T value) {
    throw new UnsupportedOperationException("a cached result is shared and cannot be changed");
  }

  @Override
  public void obtrudeException(Throwable ex) {
    throw new UnsupportedOperationException("a cached result is shared and cannot be changed");
  }

  @Override
  public <U> CompletableFuture<U> newIncompleteFuture() {
    return new CompletableFuture<>();
  }
}
