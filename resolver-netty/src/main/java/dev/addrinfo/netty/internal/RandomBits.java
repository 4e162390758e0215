package dev.addrinfo.netty.internal;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * Random numbers for one event loop: message IDs and socket choices. From a {@link SecureRandom}
 * they are drawn 256 bytes at a time into a buffer, so that an ID costs two array reads instead of
 * a call into the synchronized, system-call-backed generator (which cost about a microsecond per
 * draw); the bytes are the generator's own, so IDs stay as unpredictable as it is. Any other
 * generator (tests pass seeded ones) is called directly. Confined to one loop.
 */
final class RandomBits {
  private static final int BUFFER = 256;

  private final RandomGenerator source;
  private final byte[] buffer;
  private int next;

  RandomBits(RandomGenerator source) {
    this.source = source;
    this.buffer = source instanceof SecureRandom ? new byte[BUFFER] : null;
    this.next = BUFFER;
  }

  /** A uniform random number in [0, bound), for bound up to 65536. */
  int nextInt(int bound) {
    if (buffer == null) {
      return source.nextInt(bound);
    }
    // Rejection keeps it uniform when bound does not divide 65536.
    int limit = 0x10000 - 0x10000 % bound;
    while (true) {
      int r = next16();
      if (r < limit) {
        return r % bound;
      }
    }
  }

  private int next16() {
    if (next >= BUFFER) {
      ((SecureRandom) source).nextBytes(buffer);
      next = 0;
    }
    int r = ((buffer[next] & 0xFF) << 8) | (buffer[next + 1] & 0xFF);
    next += 2;
    return r;
  }
}
