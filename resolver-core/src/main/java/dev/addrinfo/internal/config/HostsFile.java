package dev.addrinfo.internal.config;

import static dev.addrinfo.Linux.AF_INET;
import static dev.addrinfo.Linux.AF_INET6;
import static dev.addrinfo.Linux.AF_UNSPEC;

import dev.addrinfo.internal.numeric.InetPton;
import dev.addrinfo.services.LineProblem;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * /etc/hosts as glibc 2.36's files backend reads it: {@code address canonical [aliases...]}, a
 * {@code #} starting a comment anywhere, fields separated by any C whitespace (so CRLF files work),
 * addresses in strict inet_pton syntax only ({@code 127.1}, {@code 192.0.2.04} and scoped
 * {@code fe80::1%lo} lines are skipped, and reported). Names match ASCII case-insensitively and
 * exactly: a trailing dot is not removed ({@code localhost.} does not match {@code localhost}).
 *
 * <p>Immutable and safe to share. Costs: name and address look-ups are hash look-ups; the index holds
 * one map entry per distinct name and per distinct address.
 */
public final class HostsFile {
  public static final HostsFile EMPTY = new HostsFile(List.of());

  private final List<HostsEntry> entries;
  private final Map<String, List<HostsEntry>> byName;
  private final Map<Inet4Address, HostsEntry> byIpv4;
  private final Map<Inet6Address, HostsEntry> byIpv6;

  private HostsFile(List<HostsEntry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, List<HostsEntry>> names = new HashMap<>();
    Map<Inet4Address, HostsEntry> v4 = new HashMap<>();
    Map<Inet6Address, HostsEntry> v6 = new HashMap<>();
    for (HostsEntry e : this.entries) {
      index(names, e.canonicalName(), e);
      for (String alias : e.aliases()) {
        index(names, alias, e);
      }
      InetAddress asIpv4 = view(e.address(), AF_INET);
      if (asIpv4 != null) {
        v4.putIfAbsent((Inet4Address) asIpv4, e);
      }
      if (e.address() instanceof Inet6Address) {
        v6.putIfAbsent((Inet6Address) e.address(), e);
      }
    }
    names.replaceAll((k, list) -> List.copyOf(list));
    this.byName = Map.copyOf(names);
    this.byIpv4 = Map.copyOf(v4);
    this.byIpv6 = Map.copyOf(v6);
  }

  private static void index(Map<String, List<HostsEntry>> names, String name, HostsEntry e) {
    if (name.isEmpty()) {
      return;
    }
    List<HostsEntry> list = names.computeIfAbsent(Text.toLowerAscii(name), k -> new ArrayList<>());
    // A line naming the same host twice (canonical and alias) still yields its address once.
    if (list.isEmpty() || list.get(list.size() - 1) != e) {
      list.add(e);
    }
  }

  /** Parses hosts text; a null text (missing file) gives {@link #EMPTY}. */
  public static HostsFile parse(String text, String source, Consumer<LineProblem> problems) {
    if (text == null) {
      return EMPTY;
    }
    List<HostsEntry> entries = new ArrayList<>();
    List<String> lines = Text.lines(text);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int hash = line.indexOf('#');
      List<String> words = Text.words(hash < 0 ? line : line.substring(0, hash));
      if (words.isEmpty()) {
        continue;
      }
      String addressText = words.get(0);
      InetAddress address = parseAddress(addressText);
      if (address == null) {
        String why = addressText.indexOf('%') >= 0
            ? "scoped address not allowed in a hosts file (glibc skips the line): "
            : "not an IPv4 or IPv6 address in inet_pton syntax (glibc skips the line): ";
        problems.accept(new LineProblem(source, i + 1, line, why + addressText));
        continue;
      }
      String canonical = words.size() > 1 ? words.get(1) : "";
      List<String> aliases = words.size() > 2 ? words.subList(2, words.size()) : List.of();
      entries.add(new HostsEntry(address, canonical, aliases, i + 1));
    }
    return new HostsFile(entries);
  }

  private static InetAddress parseAddress(String text) {
    try {
      byte[] v4 = InetPton.ipv4(text);
      if (v4 != null) {
        return InetAddress.getByAddress(v4);
      }
      byte[] v6 = InetPton.ipv6(text);
      if (v6 != null) {
        // Inet6Address.getByAddress keeps ::ffff:a.b.c.d an Inet6Address; InetAddress's would not.
        return Inet6Address.getByAddress(null, v6, -1);
      }
      return null;
    } catch (UnknownHostException e) {
      throw new AssertionError("address of valid length rejected", e);
    }
  }

  /** All entries, in file order. */
  public List<HostsEntry> entries() {
    return entries;
  }

  /** Entries whose canonical name or an alias equals name, ASCII case-insensitively, in file order. */
  public List<HostsEntry> byName(String name) {
    List<HostsEntry> found = byName.get(Text.toLowerAscii(name));
    return found == null ? List.of() : found;
  }

  /**
   * The first entry (file order) with this address, as glibc's gethostbyaddr in the files backend
   * finds it for getnameinfo. An IPv4 query also matches {@code ::ffff:} lines and {@code ::1}
   * (glibc reads them as IPv4 for an AF_INET query: {@code ::1 localhost} before
   * {@code 127.0.0.1 localhost} answers for 127.0.0.1); an IPv6 query matches IPv6 lines only,
   * by the 16 bytes, ignoring any scope.
   */
  public Optional<HostsEntry> byAddress(InetAddress address) {
    if (address instanceof Inet4Address) {
      return Optional.ofNullable(byIpv4.get(address));
    }
    return Optional.ofNullable(byIpv6.get(address));
  }

  /**
   * glibc's files backend as getaddrinfo sees it, before sorting: for AF_INET, IPv4 lines plus
   * {@code ::ffff:a.b.c.d} lines as a.b.c.d and {@code ::1} lines as 127.0.0.1; for AF_INET6, IPv6
   * lines only (IPv4 lines never, AI_V4MAPPED is the caller's business); for AF_UNSPEC, every line
   * as written. With {@code multi} off, only the first line that has an address of the family;
   * with it on, every such line in file order, duplicates kept. The canonical name is the first name
   * on the first line used.
   *
   * @throws IllegalArgumentException for a family other than AF_INET, AF_INET6 or AF_UNSPEC
   */
  public HostsMatch lookup(String name, int family, boolean multi) {
    if (family != AF_INET && family != AF_INET6 && family != AF_UNSPEC) {
      throw new IllegalArgumentException("address family not supported: " + family);
    }
    List<HostsEntry> candidates = byName(name);
    String canonical = null;
    List<InetAddress> addresses = new ArrayList<>(multi ? candidates.size() : 1);
    for (HostsEntry e : candidates) {
      InetAddress a = view(e.address(), family);
      if (a == null) {
        continue;
      }
      if (canonical == null) {
        canonical = e.canonicalName();
      }
      addresses.add(a);
      if (!multi) {
        break;
      }
    }
    return addresses.isEmpty() ? HostsMatch.NOT_FOUND : new HostsMatch(canonical, addresses);
  }

  /** The address as glibc's hosts parser yields it for a query of this family, or null if it skips it. */
  private static InetAddress view(InetAddress a, int family) {
    if (family == AF_UNSPEC) {
      return a;
    }
    if (family == AF_INET6) {
      return a instanceof Inet6Address ? a : null;
    }
    if (a instanceof Inet4Address) {
      return a;
    }
    byte[] b = a.getAddress();
    boolean mapped = true;
    boolean loopback = b[15] == 1;
    for (int i = 0; i < 10; i++) {
      mapped &= b[i] == 0;
    }
    loopback &= mapped && b[10] == 0 && b[11] == 0 && b[12] == 0 && b[13] == 0 && b[14] == 0;
    mapped &= b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    try {
      if (mapped) {
        return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
      }
      if (loopback) {
        return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
      }
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
    return null;
  }
}
