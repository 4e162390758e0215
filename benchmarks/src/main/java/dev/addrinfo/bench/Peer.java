package dev.addrinfo.bench;

import java.util.concurrent.CompletableFuture;

/**
 * One resolver in the side-by-side run: looks up the A and AAAA records of a name and completes
 * with how many addresses it found. Implementations hold their own client and close it.
 */
interface Peer extends AutoCloseable {
  /** A short label for the table. */
  String label();

  /** Starts one A+AAAA look-up; must not block the caller for the network. */
  CompletableFuture<Integer> lookup(String name);

  @Override
  void close();
}
