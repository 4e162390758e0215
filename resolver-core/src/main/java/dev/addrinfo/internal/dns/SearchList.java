package dev.addrinfo.internal.dns;

import dev.addrinfo.ResolverConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The order in which glibc's res_search tries a name: as given first when it has at least
 * {@code ndots} dots; then with each search domain appended (for a name with no dots only if there
 * is a search list, for a name with dots only if it has no trailing dot); then as given, if not
 * tried yet, unless it has no dots and {@code no-tld-query} is set. A trailing dot tries only the
 * name as given.
 */
public final class SearchList {
  private SearchList() {}

  /** Where a candidate stands in res_search's walk, which decides what its failure means. */
  public enum Role {
    /** The name as given, tried first: its error is the one reported if nothing is found. */
    FIRST,
    /** The name with a search domain appended. */
    SEARCH,
    /** The name as given, tried after the search list. */
    LAST
  }

  /** One name to try, absolute. */
  public record Candidate(String fqdn, Role role) {}

  public static List<Candidate> candidates(String name, ResolverConfig config) {
    boolean trailingDot = name.endsWith(".");
    String bare = trailingDot ? name.substring(0, name.length() - 1) : name;
    int dots = 0;
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) == '.') {
        dots++;
      }
    }
    if (trailingDot) {
      return List.of(new Candidate(name, Role.FIRST));
    }
    // the name as given (first or last) and one per search domain, at most
    List<Candidate> out = new ArrayList<>(config.search().size() + 1);
    boolean triedAsGiven = false;
    if (dots >= config.ndots()) {
      out.add(new Candidate(bare + ".", Role.FIRST));
      triedAsGiven = true;
    }
    boolean rootOnList = false;
    boolean searched = false;
    for (String domain : config.search()) {
      searched = true;
      String d = domain.startsWith(".") ? domain.substring(1) : domain;
      if (d.endsWith(".")) {
        d = d.substring(0, d.length() - 1);
      }
      if (d.isEmpty()) {
        rootOnList = true;
        out.add(new Candidate(bare + ".", Role.SEARCH));
      } else {
        out.add(new Candidate(bare + "." + d + ".", Role.SEARCH));
      }
    }
    if ((dots > 0 || !searched || !config.noTldQuery()) && !triedAsGiven && !rootOnList) {
      out.add(new Candidate(bare + ".", Role.LAST));
    }
    return out;
  }
}
