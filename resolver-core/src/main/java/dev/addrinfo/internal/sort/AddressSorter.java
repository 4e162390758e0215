package dev.addrinfo.internal.sort;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Orders the addresses of one getaddrinfo answer the way glibc 2.36 does: RFC 3484/6724 destination
 * address selection with glibc's rules and tables (see {@link GaiConf}), sorted with glibc's merge
 * sort. Immutable and thread-safe when its finder is; the cost is one {@link SourceAddressFinder}
 * call per destination.
 *
 * <p>Family follows the Java type: an {@code Inet4Address} is an AF_INET destination, an {@code
 * Inet6Address} (even one holding an IPv4-mapped address, as AI_V4MAPPED answers do) is AF_INET6.
 */
public final class AddressSorter {

  private final GaiConf conf;
  private final SourceAddressFinder finder;
  private final GlibcRules rules = new GlibcRules();

  public AddressSorter(GaiConf conf, SourceAddressFinder finder) {
    this.conf = Objects.requireNonNull(conf, "conf");
    this.finder = Objects.requireNonNull(finder, "finder");
  }

  /**
   * Returns the addresses in glibc's order; equal ones keep their input order (rule 10). Lists of
   * fewer than two addresses are returned as they are without asking the finder, as glibc only
   * sorts when there are two or more.
   */
  public List<InetAddress> sort(List<InetAddress> destinations) {
    if (destinations.size() < 2) {
      return List.copyOf(destinations);
    }
    List<Candidate> candidates = new ArrayList<>(destinations.size());
    for (int i = 0; i < destinations.size(); i++) {
      InetAddress destination = destinations.get(i);
      SourceAddress source = finder.find(destination).orElse(null);
      candidates.add(Candidate.of(i, destination, source, conf));
    }
    List<InetAddress> sorted = new ArrayList<>(candidates.size());
    for (Candidate candidate : GlibcMergeSort.sort(candidates, rules)) {
      sorted.add(candidate.destination());
    }
    return List.copyOf(sorted);
  }
}
