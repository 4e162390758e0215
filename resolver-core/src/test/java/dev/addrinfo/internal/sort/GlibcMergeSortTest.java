package dev.addrinfo.internal.sort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expected comparison sequences and results are what glibc 2.36's qsort_r did on this machine
 * with the same comparator (a small C program logging each call).
 */
class GlibcMergeSortTest {

  private final List<String> compared = new ArrayList<>();

  /** Letters by alphabet, except r, s and p beat each other in a circle (not transitive). */
  private final Comparator<Character> rockPaperScissors = (x, y) -> {
    compared.add("" + x + y);
    String pair = "" + x + y;
    if (pair.matches("rs|sp|pr")) {
      return -1;
    }
    if (pair.matches("sr|ps|rp")) {
      return 1;
    }
    return x < y ? -1 : x > y ? 1 : 0;
  };

  private String sort(String letters) {
    List<Character> input = new ArrayList<>();
    for (char c : letters.toCharArray()) {
      input.add(c);
    }
    StringBuilder out = new StringBuilder();
    GlibcMergeSort.sort(input, rockPaperScissors).forEach(out::append);
    return out.toString();
  }

  @Test
  void comparesTheSamePairsInTheSameOrderAsGlibc() {
    assertEquals("abcdefg", sort("gfedcba"));
    assertEquals(List.of("fe", "ge", "gf", "dc", "ba", "ca", "cb", "ea", "eb", "ec", "ed"), compared);
  }

  @Test
  void nonTransitiveOrderComesOutAsGlibcs() {
    assertEquals("rsp", sort("rsp"));
    assertEquals(List.of("sp", "rs"), compared);
    compared.clear();
    assertEquals("abprrssp", sort("rspabrsp"));
    assertEquals(
        List.of("rs", "pa", "ra", "rp", "br", "sp", "bs", "rs", "ab", "pb", "pr", "rr", "sr", "ss"),
        compared);
  }

  @Test
  void equalElementsKeepTheirOrder() {
    Comparator<String> byLength = Comparator.comparingInt(String::length);
    assertEquals(List.of("bb", "aa", "c"),
        GlibcMergeSort.sort(List.of("bb", "c", "aa"), byLength.reversed()));
  }
}
