package dev.addrinfo.internal.sort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The top-down merge sort of glibc 2.36's qsort_r (stdlib/msort.c): split at n/2, sort each half,
 * merge taking from the left half while the comparison is {@code <= 0}. With a comparator that is
 * not transitive the result depends on which pairs get compared, so matching glibc's order means
 * doing the same comparisons, not just any stable sort.
 */
final class GlibcMergeSort {

  private GlibcMergeSort() {}

  static <T> List<T> sort(List<T> items, Comparator<? super T> comparator) {
    List<T> work = new ArrayList<>(items);
    sort(work, 0, work.size(), comparator);
    return work;
  }

  private static <T> void sort(List<T> work, int from, int to, Comparator<? super T> comparator) {
    int n = to - from;
    if (n <= 1) {
      return;
    }
    int middle = from + n / 2;
    sort(work, from, middle, comparator);
    sort(work, middle, to, comparator);
    List<T> merged = new ArrayList<>(n);
    int left = from;
    int right = middle;
    while (left < middle && right < to) {
      merged.add(comparator.compare(work.get(left), work.get(right)) <= 0 ? work.get(left++) : work.get(right++));
    }
    while (left < middle) {
      merged.add(work.get(left++));
    }
    while (right < to) {
      merged.add(work.get(right++));
    }
    for (int i = 0; i < n; i++) {
      work.set(from + i, merged.get(i));
    }
  }
}
