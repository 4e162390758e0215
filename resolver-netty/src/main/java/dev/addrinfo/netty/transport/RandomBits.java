package dev.addrinfo.netty.transport;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * Random numbers for one event loop: message IDs, socket choices and the letter case of question
 * names (DNS 0x20). From a {@link SecureRandom}
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

  /**
   * {@code count} random bits (0 to 63) in the low bits of the result, the rest 0: one 16-bit draw
   * per 16 bits asked (from the buffer, or {@code nextInt(65536)} of another generator).
   */
  long bits(int count) {
    long bits = 0;
    for (int drawn = 0; drawn < count; drawn += 16) {
      long chunk = buffer == null ? source.nextInt(0x10000) : next16();
      bits |= chunk << drawn;
    }
    return count == 0 ? 0 : bits & (-1L >>> (64 - count));
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
