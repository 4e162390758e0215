package dev.addrinfo.internal.nss;

import dev.addrinfo.internal.config.Text;
import dev.addrinfo.internal.numeric.CType;
import dev.addrinfo.services.LineProblem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@code hosts:} line of /etc/nsswitch.conf as glibc 2.36 reads it. Other databases are ignored,
 * but glibc rejects the whole file when any line of a database it knows (passwd, group, hosts, ...)
 * has a syntax error in its actions: every host lookup then fails with EAI_NONAME, which
 * {@link #rejected()} tells. An empty {@code hosts:} line is kept as an empty list (glibc's
 * getaddrinfo then fails with EAI_SYSTEM). Without a file or a hosts line, glibc uses
 * {@link #DEFAULT}: {@code dns [!UNAVAIL=return] files}.
 *
 * <p>Syntax, as glibc has it: database names are case-sensitive, the name ends at whitespace or
 * {@code :} ({@code hosts files} works), the last hosts line wins, status and action names are
 * case-insensitive, and there are no trailing comments: {@code # x} is two more source names.
 *
 * @param hosts the sources in order
 * @param rejected glibc would refuse the file for a syntax error (hosts is then empty)
 */
public record NsSwitchConf(List<NssSource> hosts, boolean rejected) {
  public static final NsSwitchConf DEFAULT = new NsSwitchConf(List.of(
      new NssSource("dns", Map.of(NssStatus.SUCCESS, NssAction.RETURN, NssStatus.NOTFOUND, NssAction.RETURN,
          NssStatus.UNAVAIL, NssAction.CONTINUE, NssStatus.TRYAGAIN, NssAction.RETURN)),
      NssSource.of("files")));

  /** glibc 2.36's databases.def: a syntax error on one of these lines rejects the whole file. */
  private static final Set<String> DATABASES = Set.of("aliases", "ethers", "group", "group_compat", "gshadow",
      "hosts", "initgroups", "netgroup", "networks", "passwd", "passwd_compat", "protocols", "publickey", "rpc",
      "services", "shadow", "shadow_compat");

  public NsSwitchConf {
    hosts = List.copyOf(hosts);
  }

  public NsSwitchConf(List<NssSource> hosts) {
    this(hosts, false);
  }

  /** Parses nsswitch.conf text; null text (missing file) gives {@link #DEFAULT}. */
  public static NsSwitchConf parse(String text, String source, Consumer<LineProblem> problems) {
    if (text == null) {
      return DEFAULT;
    }
    List<NssSource> hosts = null;
    List<String> lines = Text.lines(text);
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      int i = 0;
      while (i < line.length() && CType.isSpace(line.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < line.length() && !CType.isSpace(line.charAt(i)) && line.charAt(i) != ':') {
        i++;
      }
      String database = line.substring(start, i);
      boolean terminated = n < lines.size() - 1 || text.endsWith("\n");
      // glibc sees the line with its newline, so "hosts\n" is an empty list but "hosts" at EOF is nothing.
      if (database.isEmpty() || !DATABASES.contains(database) || (i == line.length() && !terminated)) {
        continue;
      }
      while (i < line.length() && (CType.isSpace(line.charAt(i)) || line.charAt(i) == ':')) {
        i++;
      }
      int lineNumber = n + 1;
      Consumer<String> report = why -> problems.accept(new LineProblem(source, lineNumber, line, why));
      List<NssSource> sources = NssActionParser.parse(line.substring(i), report);
      if (sources == null) {
        return new NsSwitchConf(List.of(), true);
      }
      if (database.equals("hosts")) {
        hosts = sources;
      }
    }
    return hosts == null ? DEFAULT : new NsSwitchConf(hosts);
  }
}
