package dev.addrinfo.internal.sort;

import java.util.Comparator;

/**
 * glibc 2.36's destination comparison (rfc3484_sort in sysdeps/posix/getaddrinfo.c), rule by rule.
 * Negative means {@code a} goes first. Never 0 for two candidates: rule 10 falls back on the input
 * position. Not guaranteed transitive (neither is glibc's), which is why {@link GlibcMergeSort}
 * repeats glibc's exact sequence of comparisons.
 */
final class GlibcRules implements Comparator<Candidate> {

  @Override
  public int compare(Candidate a, Candidate b) {
    // Rule 1: avoid unusable destinations (no source address: no route).
    if (a.reachable() != b.reachable()) {
      return a.reachable() ? -1 : 1;
    }
    boolean sources = a.reachable();
    // Rule 2: prefer matching scope.
    if (sources) {
      boolean aMatch = a.destinationScope() == a.sourceScope();
      boolean bMatch = b.destinationScope() == b.sourceScope();
      if (aMatch != bMatch) {
        return aMatch ? -1 : 1;
      }
      // Rule 3: avoid deprecated (or optimistic) source addresses.
      if (a.source().deprecated() != b.source().deprecated()) {
        return a.source().deprecated() ? 1 : -1;
      }
      // Rule 4: prefer home addresses.
      if (a.source().homeAddress() != b.source().homeAddress()) {
        return a.source().homeAddress() ? -1 : 1;
      }
      // Rule 5: prefer matching label.
      boolean aLabel = a.destinationLabel() == a.sourceLabel();
      boolean bLabel = b.destinationLabel() == b.sourceLabel();
      if (aLabel != bLabel) {
        return aLabel ? -1 : 1;
      }
    }
    // Rule 6: prefer higher precedence (applies even without source addresses).
    if (a.precedence() != b.precedence()) {
      return a.precedence() > b.precedence() ? -1 : 1;
    }
    // Rule 7: prefer native transport; only asked when the sources are on different interfaces.
    if (sources && a.source().interfaceIndex() != b.source().interfaceIndex()) {
      boolean aNative = a.source().nativeTransport();
      if (aNative != b.source().nativeTransport()) {
        return aNative ? -1 : 1;
      }
    }
    // Rule 8: prefer smaller scope.
    if (a.destinationScope() != b.destinationScope()) {
      return a.destinationScope() < b.destinationScope() ? -1 : 1;
    }
    // Rule 9: longest matching prefix, only between destinations of the same family.
    if (sources && a.ipv4() == b.ipv4()) {
      int difference = a.ipv4() ? CommonPrefix.ipv4(a, b) : CommonPrefix.ipv6(a, b);
      if (difference != 0) {
        return difference;
      }
    }
    // Rule 10: keep the input order.
    return a.index() < b.index() ? -1 : 1;
  }
}
