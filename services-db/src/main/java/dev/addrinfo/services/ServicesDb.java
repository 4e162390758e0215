package dev.addrinfo.services;

import dev.addrinfo.services.internal.EntrySink;
import dev.addrinfo.services.internal.ServicesParser;
import dev.addrinfo.services.internal.ServicesTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A services(5) database: service names and ports per protocol, as glibc's getservbyname() and
 * getservbyport() see them in {@code /etc/services}. Immutable and safe to share between threads.
 *
 * <p>Every look-up is a hash-map probe or two (the maps are built once, at parse time); the bundled
 * table (318 entries) takes about 135 KB of heap (measured, 64-bit JVM, compressed references).
 * Where several entries answer a look-up, the first in the file wins, as in glibc, whether the name
 * matched is an entry's name or one of its aliases. Names and protocols are case-sensitive
 * ({@code SMTP} is not {@code smtp}, {@code TCP} is not {@code tcp}), as in glibc.
 *
 * <p>Where this parser deliberately differs from glibc 2.36 (each case checked against it):
 * <ul>
 *   <li>glibc reads the port with {@code strtoul(..., 0)}: {@code 025} is octal 21, {@code 0x19} is
 *       25, {@code +25} is 25. Here the port must be plain decimal without a leading zero (0 itself
 *       is fine); any other form is a {@link LineProblem}.
 *   <li>glibc keeps the low 16 bits of a port past 65535 ({@code 65537/tcp} becomes port 1); here
 *       it is a {@link LineProblem}.
 *   <li>glibc accepts a missing or empty protocol ({@code 25}, {@code 25/}) as the protocol
 *       {@code ""}; here it is a {@link LineProblem}.
 * </ul>
 * Like glibc: any non-empty word is a protocol (even {@code tcp/x}, from {@code 25/tcp/x}); words
 * after {@code port/protocol} are aliases; {@code #} starts a comment anywhere, even inside a word;
 * fields are separated by spaces, tabs, CR, FF or VT, so CRLF files read the same as LF files; port 0
 * is a port. Files are decoded as UTF-8, with malformed bytes replaced by U+FFFD.
 *
 * @since 0.1
 */
public final class ServicesDb {
  private static final ServicesDb EMPTY = new ServicesDb(List.of());

  private final List<ServiceEntry> entries;
  private final Map<String, ServiceEntry> byName = new HashMap<>();
  private final Map<String, Map<String, ServiceEntry>> byNameAndProtocol = new HashMap<>();
  private final Map<Integer, ServiceEntry> byPort = new HashMap<>();
  private final Map<Integer, Map<String, ServiceEntry>> byPortAndProtocol = new HashMap<>();
  private final Map<String, List<String>> protocolsByName = new HashMap<>();

  private ServicesDb(List<ServiceEntry> entries) {
    this.entries = List.copyOf(entries);
    for (ServiceEntry entry : this.entries) {
      index(entry.name(), entry);
      for (String alias : entry.aliases()) {
        index(alias, entry);
      }
      byPort.putIfAbsent(entry.port(), entry);
      byPortAndProtocol.computeIfAbsent(entry.port(), p -> new HashMap<>()).putIfAbsent(entry.protocol(), entry);
    }
    // The compact immutable forms halve the heap the mostly one- or two-entry inner maps take.
    byNameAndProtocol.replaceAll((name, perProtocol) -> Map.copyOf(perProtocol));
    byPortAndProtocol.replaceAll((port, perProtocol) -> Map.copyOf(perProtocol));
    protocolsByName.replaceAll((name, protocols) -> List.copyOf(protocols));
  }

  private void index(String name, ServiceEntry entry) {
    byName.putIfAbsent(name, entry);
    if (byNameAndProtocol.computeIfAbsent(name, n -> new HashMap<>()).putIfAbsent(entry.protocol(), entry) == null) {
      protocolsByName.computeIfAbsent(name, n -> new ArrayList<>()).add(entry.protocol());
    }
  }

  /**
   * Parses the text of a services file. Never fails on content: each line that cannot be read is
   * passed to {@code problems} (with {@code source} and its 1-based line number) and skipped. Runs
   * in the calling thread, in time linear in the text, and builds every look-up map then.
   *
   * @param text the file's content, lines ending in LF or CRLF
   * @param source what to call the text in problems, e.g. its path
   * @param problems receives each line skipped, in order, in the calling thread
   * @return the entries read, in file order
   */
  public static ServicesDb parse(String text, String source, Consumer<LineProblem> problems) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(problems, "problems");
    Collector collector = new Collector(source, problems);
    ServicesParser.parse(text, collector);
    return new ServicesDb(collector.entries);
  }

  /**
   * Reads and parses a services file; problems name {@code path.toString()} as their source. Reads
   * the whole file in the calling thread (blocking I/O), then parses it as {@link #parse(String,
   * String, Consumer)} does.
   *
   * @param path the file, e.g. {@code /etc/services}
   * @param problems receives each line skipped, in order, in the calling thread
   * @return the entries read, in file order
   *
   * @throws IOException if the file cannot be read (a missing file included: the caller decides
   *     whether to fall back to {@link #bundled()})
   */
  public static ServicesDb parse(Path path, Consumer<LineProblem> problems) throws IOException {
    String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    return parse(text, path.toString(), problems);
  }

  /**
   * The table bundled in this library, for hosts without a readable {@code /etc/services}: 318
   * entries, the same names, ports, protocols and aliases, in the same order, as Debian 12's
   * {@code /etc/services} (netbase 6.4), so that a look-up answers as it would there. It holds
   * those facts only, in a table of this project's own (see the package description for where they
   * come from). Read on first use, then shared: the first call costs some tens of milliseconds in
   * a cold JVM (25 to 130 ms measured on a busy 2-core machine, mostly class loading), later calls
   * nothing.
   *
   * @return the bundled database, the same instance on every call
   */
  public static ServicesDb bundled() {
    return Bundled.DB;
  }

  /**
   * A database with no entries: every look-up answers empty.
   *
   * @return the empty database, the same instance on every call
   */
  public static ServicesDb empty() {
    return EMPTY;
  }

  /**
   * The first entry in file order whose name or one of whose aliases is {@code nameOrAlias}
   * (case-sensitive) and whose protocol is {@code protocol}, or any protocol if that is null.
   * A hash-map probe or two; never blocks.
   *
   * @param nameOrAlias the service name or alias, e.g. {@code smtp} or {@code mail}
   * @param protocol the protocol, e.g. {@code tcp}, or null for the first entry of any protocol
   * @return the entry, or empty if none matches
   */
  public Optional<ServiceEntry> byName(String nameOrAlias, String protocol) {
    Objects.requireNonNull(nameOrAlias, "nameOrAlias");
    if (protocol == null) {
      return Optional.ofNullable(byName.get(nameOrAlias));
    }
    Map<String, ServiceEntry> perProtocol = byNameAndProtocol.get(nameOrAlias);
    return Optional.ofNullable(perProtocol == null ? null : perProtocol.get(protocol));
  }

  /**
   * The first entry in file order for {@code port} with {@code protocol}, or any protocol if that is
   * null. A hash-map probe or two; never blocks.
   *
   * @param port the port, 0 to 65535
   * @param protocol the protocol, e.g. {@code tcp}, or null for the first entry of any protocol
   * @return the entry, or empty if none matches
   *
   * @throws IllegalArgumentException if {@code port} is not in 0 to 65535
   */
  public Optional<ServiceEntry> byPort(int port, String protocol) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range 0-65535: " + port);
    }
    if (protocol == null) {
      return Optional.ofNullable(byPort.get(port));
    }
    Map<String, ServiceEntry> perProtocol = byPortAndProtocol.get(port);
    return Optional.ofNullable(perProtocol == null ? null : perProtocol.get(protocol));
  }

  /**
   * Every protocol that {@code nameOrAlias} is listed for, as a name or an alias, in the order each
   * first appears in the file, without duplicates; empty if the name is not listed. One hash-map
   * probe; never blocks.
   *
   * @param nameOrAlias the service name or alias
   * @return the protocols, unmodifiable
   */
  public List<String> protocolsFor(String nameOrAlias) {
    Objects.requireNonNull(nameOrAlias, "nameOrAlias");
    return protocolsByName.getOrDefault(nameOrAlias, List.of());
  }

  /**
   * Every entry read, in file order, duplicates included.
   *
   * @return the entries, unmodifiable
   */
  public List<ServiceEntry> entries() {
    return entries;
  }

  @Override
  public String toString() {
    return "ServicesDb[" + entries.size() + " entries]";
  }

  /** Turns what a reader finds into entries and {@link LineProblem}s naming {@code source}. */
  private static final class Collector implements EntrySink {
    final List<ServiceEntry> entries = new ArrayList<>();
    private final String source;
    private final Consumer<LineProblem> problems;

    Collector(String source, Consumer<LineProblem> problems) {
      this.source = source;
      this.problems = problems;
    }

    @Override
    public void entry(String name, int port, String protocol, List<String> aliases) {
      entries.add(new ServiceEntry(name, port, protocol, aliases));
    }

    @Override
    public void problem(int lineNumber, String line, String reason) {
      problems.accept(new LineProblem(source, lineNumber, line, reason));
    }
  }

  /** Loaded on first use only: the holder idiom makes that thread-safe without a lock. */
  private static final class Bundled {
    static final ServicesDb DB = load();

    private static ServicesDb load() {
      String resource = "dev/addrinfo/services/internal/" + ServicesTable.RESOURCE;
      try (InputStream in = ServicesTable.class.getResourceAsStream(ServicesTable.RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("bundled services table missing: " + resource);
        }
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        Collector collector = new Collector("bundled:" + resource, problem -> {
          throw new IllegalStateException("bundled services table is broken: " + problem);
        });
        ServicesTable.read(text, collector);
        return new ServicesDb(collector.entries);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled services table", e);
      }
    }
  }
}
