package dev.addrinfo.internal.config;

import dev.addrinfo.ResolverConfig;
import dev.addrinfo.internal.numeric.CType;
import dev.addrinfo.internal.numeric.DecimalText;
import dev.addrinfo.internal.numeric.InetAton;
import dev.addrinfo.internal.numeric.InetPton;
import dev.addrinfo.internal.numeric.Ipv6Scopes;
import dev.addrinfo.services.LineProblem;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * resolv.conf(5) as glibc 2.36's res_init reads it. Keywords must start the line, are
 * case-sensitive and need a space or tab after them; a line starting with {@code #} or {@code ;} is
 * a comment, but there are no trailing comments ({@code search a.example # x} searches "#" and "x"
 * too, as glibc does). The last {@code domain} or {@code search} line wins, the search list has no
 * length limit, and the root domain is kept as "." (glibc then tries the name as given at that point
 * of the list, and not again at the end). Only the first three name servers are used.
 */
public final class ResolvConfParser {
  private static final int MAX_NAMESERVERS = 3;

  private ResolvConfParser() {}

  /**
   * Parses resolv.conf text (null for a missing file).
   *
   * @param env LOCALDOMAIN and RES_OPTIONS, if set (other keys are ignored)
   * @param hostName gethostname(); its part after the first dot is the search list when neither the
   *     file nor LOCALDOMAIN gives one (null if unknown)
   */
  public static ResolverConfig parse(String text, String source, Map<String, String> env, String hostName,
      Consumer<LineProblem> problems) {
    return parse(text, source, env, hostName, ResolvConfParser::interfaceIndex, problems);
  }

  /** As {@link #parse(String, String, Map, String, Consumer)}, with interface names resolved by the given function (0 if unknown). */
  static ResolverConfig parse(String text, String source, Map<String, String> env, String hostName,
      ToIntFunction<String> interfaceIndex, Consumer<LineProblem> problems) {
    ResolverConfig.Builder b = ResolverConfig.builder();
    List<String> search = null;
    Consumer<String> searchReport = why -> { };
    String localDomain = env.get("LOCALDOMAIN");
    if (localDomain != null) {
      search = localDomainList(localDomain);
      searchReport = why -> problems.accept(new LineProblem("LOCALDOMAIN", 1, localDomain, why));
    }
    List<InetSocketAddress> servers = new ArrayList<>();
    List<String> lines = Text.lines(text);
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      int lineNumber = n + 1;
      Consumer<String> report = why -> problems.accept(new LineProblem(source, lineNumber, line, why));
      if (line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      if (keyword(line, "domain") || keyword(line, "search")) {
        List<String> words = spaceOrTabWords(line.substring(6));
        if (localDomain == null && !words.isEmpty()) {
          search = line.startsWith("domain") ? words.subList(0, 1) : words;
          searchReport = report;
        }
      } else if (keyword(line, "nameserver")) {
        List<String> words = spaceOrTabWords(line.substring(10));
        InetAddress a = words.isEmpty() ? null : nameserver(words.get(0), interfaceIndex, report);
        if (a == null) {
          report.accept("not an IPv4 or IPv6 address, glibc skips it: " + (words.isEmpty() ? "" : words.get(0)));
        } else if (servers.size() == MAX_NAMESERVERS) {
          report.accept("more than " + MAX_NAMESERVERS + " name servers, glibc uses the first three");
        } else {
          servers.add(new InetSocketAddress(a, ResolverConfig.DNS_PORT));
        }
      } else if (keyword(line, "options")) {
        ResolvOptions.apply(line.substring(7), b, report);
      } else if (!keyword(line, "sortlist") && !Text.words(line).isEmpty()) {
        report.accept(line.isEmpty() || CType.isSpace(line.charAt(0))
            ? "keyword not at the start of the line, glibc ignores the line" : "unknown keyword, glibc ignores the line");
      }
    }
    if (servers.isEmpty()) {
      // 127.0.0.1 even when Java prefers IPv6 and its loopback address is ::1.
      servers.add(new InetSocketAddress(ipv4Loopback(), ResolverConfig.DNS_PORT));
    }
    if ((search == null || search.isEmpty()) && hostName != null && hostName.indexOf('.') >= 0) {
      search = List.of(hostName.substring(hostName.indexOf('.') + 1));
    }
    String resOptions = env.get("RES_OPTIONS");
    if (resOptions != null) {
      ResolvOptions.apply(resOptions, b, why -> problems.accept(new LineProblem("RES_OPTIONS", 1, resOptions, why)));
    }
    return b.nameservers(servers).search(normalize(search == null ? List.of() : search, searchReport)).build();
  }

  private static boolean keyword(String line, String name) {
    return line.length() > name.length() && line.startsWith(name)
        && (line.charAt(name.length()) == ' ' || line.charAt(name.length()) == '\t');
  }

  private static List<String> spaceOrTabWords(String s) {
    List<String> words = new ArrayList<>();
    for (String w : s.split("[ \t]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /** LOCALDOMAIN as glibc splits it: the first word from the very start (so a leading blank adds the root). */
  private static List<String> localDomainList(String value) {
    int nl = value.indexOf('\n');
    String v = nl < 0 ? value : value.substring(0, nl);
    int i = 0;
    while (i < v.length() && v.charAt(i) != ' ' && v.charAt(i) != '\t') {
      i++;
    }
    List<String> list = new ArrayList<>();
    list.add(v.substring(0, i));
    list.addAll(spaceOrTabWords(v.substring(i)));
    return list;
  }

  /**
   * Search domains as res_search uses them: "" and "." the root, one leading and one trailing dot
   * dropped. A domain still holding an empty label or a label over 63 bytes ("..", "a..b") makes no
   * name glibc can send: res_search gives up on the search list at that domain (then tries the name
   * as given, as at the end of the list), so the list ends before it.
   */
  private static List<String> normalize(List<String> domains, Consumer<String> report) {
    List<String> out = new ArrayList<>();
    for (String d : domains) {
      if (d.isEmpty() || d.equals(".")) {
        out.add(".");
        continue;
      }
      String s = d.startsWith(".") ? d.substring(1) : d;
      s = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
      if (!labelsFit(s)) {
        report.accept("search domain '" + d + "' makes no valid name (an empty label or one over 63 bytes): "
            + "glibc stops the search list there");
        break;
      }
      out.add(s);
    }
    return out;
  }

  private static boolean labelsFit(String domain) {
    int start = 0;
    for (int i = 0; i <= domain.length(); i++) {
      if (i == domain.length() || domain.charAt(i) == '.') {
        if (i == start || i - start > 63) {
          return false;
        }
        start = i + 1;
      }
    }
    return true;
  }

  private static InetAddress nameserver(String text, ToIntFunction<String> interfaceIndex, Consumer<String> report) {
    try {
      byte[] v4 = InetAton.exact(text);
      if (v4 != null) {
        return InetAddress.getByAddress(v4);
      }
      int percent = text.indexOf('%');
      byte[] v6 = InetPton.ipv6(percent < 0 ? text : text.substring(0, percent));
      if (v6 == null) {
        return null;
      }
      if (percent < 0) {
        return InetAddress.getByAddress(v6); // a ::ffff: server becomes the IPv4 address it is
      }
      String scope = text.substring(percent + 1);
      int id = scopeId(v6, scope, interfaceIndex);
      if (id < 0) {
        report.accept("unknown scope '" + scope + "', glibc uses the address without one");
        return InetAddress.getByAddress(v6);
      }
      return Inet6Address.getByAddress(null, v6, id);
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
  }

  /** glibc's __inet6_scopeid_pton: an interface name for link-local scopes, else a decimal number; -1 if neither. */
  private static int scopeId(byte[] a, String scope, ToIntFunction<String> interfaceIndex) {
    if (Ipv6Scopes.namesResolvedOnInput(a)) {
      int index = interfaceIndex.applyAsInt(scope);
      if (index > 0) {
        return index;
      }
    }
    // Above 2147483647 glibc would take the number, but Inet6Address cannot hold it.
    return (int) DecimalText.digitsOnly(scope, Integer.MAX_VALUE);
  }

  private static int interfaceIndex(String name) {
    try {
      NetworkInterface nif = NetworkInterface.getByName(name);
      return nif == null ? 0 : nif.getIndex();
    } catch (SocketException e) {
      return 0;
    }
  }

  private static InetAddress ipv4Loopback() {
    try {
      return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
  }
}
