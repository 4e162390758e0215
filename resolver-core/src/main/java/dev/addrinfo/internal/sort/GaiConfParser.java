package dev.addrinfo.internal.sort;

import dev.addrinfo.internal.numeric.CType;
import dev.addrinfo.internal.numeric.DecimalText;
import dev.addrinfo.internal.numeric.InetPton;
import dev.addrinfo.internal.numeric.Ipv6Scopes;
import dev.addrinfo.services.LineProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/** Reads gai.conf text line by line with glibc 2.36's acceptance rules (see {@link GaiConf}). */
final class GaiConfParser {

  private final String source;
  private final Consumer<LineProblem> problems;
  private final List<PolicyEntry> labels = new ArrayList<>();
  private final List<PolicyEntry> precedences = new ArrayList<>();
  private final List<ScopeEntry> scopes = new ArrayList<>();
  private boolean reload;

  GaiConfParser(String source, Consumer<LineProblem> problems) {
    this.source = source;
    this.problems = problems;
  }

  GaiConf parse(String text) {
    String[] lines = text.split("\n", -1);
    int count = lines.length - (text.endsWith("\n") ? 1 : 0);
    for (int i = 0; i < count; i++) {
      String reason = line(lines[i]);
      if (reason != null) {
        problems.accept(new LineProblem(source, i + 1, lines[i], reason));
      }
    }
    return new GaiConf(
        labels.isEmpty() ? DefaultPolicy.LABELS : policyTable(labels, DefaultPolicy.CATCH_ALL_LABEL),
        precedences.isEmpty()
            ? DefaultPolicy.PRECEDENCES
            : policyTable(precedences, DefaultPolicy.CATCH_ALL_PRECEDENCE),
        scopes.isEmpty()
            ? DefaultPolicy.SCOPES_V4
            : table(scopes, ScopeEntry::bits, new ScopeEntry(0, 0, DefaultPolicy.CATCH_ALL_SCOPE)),
        reload);
  }

  /** Handles one line; returns why it was ignored, or null. */
  private String line(String line) {
    int hash = line.indexOf('#');
    String[] words = words(hash < 0 ? line : line.substring(0, hash));
    String keyword = words[0];
    String value1 = words[1];
    String value2 = words[2];
    switch (keyword) {
      case "":
        return null;
      case "label":
        return policy(labels, "label", value1, value2);
      case "precedence":
        return policy(precedences, "precedence", value1, value2);
      case "scopev4":
        return scope(value1, value2);
      case "reload":
        // glibc: anything but exactly "yes", even a missing value, turns reloading off.
        reload = value1.equals("yes");
        return null;
      default:
        return "unknown keyword " + keyword;
    }
  }

  private static String policy(List<PolicyEntry> into, String keyword, String value1, String value2) {
    int slash = value1.indexOf('/');
    if (slash < 0) {
      // glibc 2.36 then tests an uninitialised pointer; on Debian's build the line is ignored.
      return keyword + " needs a prefix length (address/bits): " + value1;
    }
    byte[] prefix = InetPton.ipv6(value1.substring(0, slash));
    if (prefix == null) {
      return "not an IPv6 prefix: " + value1;
    }
    long bits = DecimalText.strtoulWhole(value1.substring(slash + 1), 128);
    if (bits < 0) {
      return "prefix length not 0 to 128: " + value1;
    }
    long value = DecimalText.strtoulWhole(value2, Integer.MAX_VALUE);
    if (value < 0) {
      return keyword + " value not 0 to " + Integer.MAX_VALUE + ": " + value2;
    }
    into.add(new PolicyEntry(Bits128.of(prefix), (int) bits, (int) value));
    return null;
  }

  private String scope(String value1, String value2) {
    int slash = value1.indexOf('/');
    if (slash < 0) {
      // glibc 2.36 then tests an uninitialised pointer; on Debian's build the process crashes.
      return "scopev4 needs a prefix length (address/bits): " + value1;
    }
    String address = value1.substring(0, slash);
    String bitsText = value1.substring(slash + 1);
    byte[] mapped = InetPton.ipv6(address);
    byte[] ipv4;
    long bits;
    if (mapped != null) {
      if (!Ipv6Scopes.isV4Mapped(mapped)) {
        return "scopev4 IPv6 prefix is not IPv4-mapped (::ffff:a.b.c.d): " + value1;
      }
      long bits128 = DecimalText.strtoulWhole(bitsText, 128);
      if (bits128 < 96) {
        return "scopev4 IPv4-mapped prefix length not 96 to 128: " + value1;
      }
      ipv4 = new byte[] {mapped[12], mapped[13], mapped[14], mapped[15]};
      bits = bits128 - 96;
    } else {
      ipv4 = InetPton.ipv4(address);
      if (ipv4 == null) {
        return "not an IPv4 or IPv4-mapped prefix: " + value1;
      }
      bits = DecimalText.strtoulWhole(bitsText, 32);
      if (bits < 0) {
        return "scopev4 prefix length not 0 to 32: " + value1;
      }
    }
    long value = DecimalText.strtoulWhole(value2, Integer.MAX_VALUE);
    if (value < 0) {
      return "scopev4 value not 0 to " + Integer.MAX_VALUE + ": " + value2;
    }
    scopes.add(new ScopeEntry(Bits128.ipv4(ipv4), (int) bits, (int) value));
    return null;
  }

  private static List<PolicyEntry> policyTable(List<PolicyEntry> lines, int catchAll) {
    return table(lines, PolicyEntry::bits, new PolicyEntry(new Bits128(0, 0), 0, catchAll));
  }

  /** File order plus the catch-all if no line had length 0, then longest prefix first (stable). */
  private static <T> List<T> table(List<T> lines, ToIntFunction<T> bits, T catchAll) {
    List<T> table = new ArrayList<>(lines);
    if (table.stream().noneMatch(e -> bits.applyAsInt(e) == 0)) {
      table.add(catchAll);
    }
    table.sort(Comparator.comparingInt(bits).reversed());
    return table;
  }

  /** The first three whitespace-separated words ("" where missing); glibc ignores the rest. */
  private static String[] words(String text) {
    String[] words = {"", "", ""};
    int i = 0;
    for (int w = 0; w < 3; w++) {
      while (i < text.length() && CType.isSpace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && !CType.isSpace(text.charAt(i))) {
        i++;
      }
      words[w] = text.substring(start, i);
    }
    return words;
  }
}
