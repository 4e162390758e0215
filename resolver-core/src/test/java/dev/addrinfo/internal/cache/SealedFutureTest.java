package dev.addrinfo.internal.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SealedFutureTest {
  @Test
  void nobodyCanChangeTheValueEveryCallerShares() {
    SealedFuture<String> f = new SealedFuture<>("shared");
    assertThrows(UnsupportedOperationException.class, () -> f.obtrudeValue("mine"));
    assertThrows(UnsupportedOperationException.class, () -> f.obtrudeException(new RuntimeException()));
    assertThrows(UnsupportedOperationException.class, () -> f.toCompletableFuture().obtrudeValue("mine"));
    assertFalse(f.complete("mine"));
    assertFalse(f.completeExceptionally(new RuntimeException()));
    assertFalse(f.cancel(true));
    assertEquals("shared", f.join());
  }

  @Test
  void stagesMadeFromItAreOrdinaryFutures() {
    CompletableFuture<Integer> length = new SealedFuture<>("shared").thenApply(String::length);
    length.obtrudeValue(1);
    assertEquals(1, length.join());
  }
}
