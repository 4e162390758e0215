package dev.addrinfo.internal.idn;

import java.util.Arrays;

/** A growable array of code points, for the few hundred a name holds at most. */
final class CodePoints {
  private int[] values;
  private int size;

  CodePoints(int capacity) {
    values = new int[Math.max(capacity, 8)];
  }

  static CodePoints of(String s) {
    CodePoints out = new CodePoints(s.length());
    s.codePoints().forEach(out::add);
    return out;
  }

  void add(int cp) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = cp;
  }

  int get(int i) {
    return values[i];
  }

  int size() {
    return size;
  }

  /** A copy of {@code [from, to)}. */
  int[] slice(int from, int to) {
    return Arrays.copyOfRange(values, from, to);
  }

  @Override
  public String toString() {
    return new String(values, 0, size);
  }
}
