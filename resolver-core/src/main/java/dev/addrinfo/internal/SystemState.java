package dev.addrinfo.internal;

import dev.addrinfo.ResolverConfig;
import dev.addrinfo.internal.config.HostConf;
import dev.addrinfo.internal.config.HostsFile;
import dev.addrinfo.internal.nss.NsSwitchConf;
import dev.addrinfo.internal.config.ResolvConfParser;
import dev.addrinfo.internal.config.WatchedFile;
import dev.addrinfo.internal.Snapshot;
import dev.addrinfo.internal.sort.AddressSorter;
import dev.addrinfo.internal.sort.GaiConf;
import dev.addrinfo.services.LineProblem;
import dev.addrinfo.services.ServicesDb;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The system files an engine reads, each watched and re-parsed when it changes, and combined into
 * one {@link Snapshot} per call. A missing file means what it means to glibc: no hosts entries,
 * {@code multi off}, resolv.conf defaults, glibc's default {@code hosts: dns [!UNAVAIL=return] files}
 * line; only a missing services file differs: the bundled services table stands in for it, where
 * glibc knows no service names.
 */
final class SystemState {
  private final EngineSettings settings;
  private final String localDomain;
  private final WatchedFile<ServicesDb> services;
  private final WatchedFile<HostsFile> hosts;
  private final WatchedFile<HostConf> hostConf;
  private final WatchedFile<NsSwitchConf> nsswitch;
  private final WatchedFile<ResolverConfig> resolvConf;
  private final WatchedFile<AddressSorter> sorter;
  private final long checkMillis;
  private volatile Current current;

  /** The snapshot in force and when the files are next looked at. */
  private record Current(Snapshot snapshot, long nextCheckMillis) {}

  SystemState(EngineSettings s) {
    this.settings = s;
    this.checkMillis = s.checkInterval().toMillis();
    this.localDomain = HostName.domainOf(s.hostName());
    var files = s.files();
    services = watch(files.services(), text -> text == null
        ? ServicesDb.bundled()
        : ServicesDb.parse(text, files.services().toString(), s.problems()));
    hosts = watch(files.hosts(), text -> text == null
        ? HostsFile.EMPTY
        : HostsFile.parse(text, files.hosts().toString(), s.problems()));
    hostConf = watch(files.hostConf(), text -> text == null
        ? HostConf.DEFAULT
        : HostConf.parse(text, files.hostConf().toString(), s.problems()));
    nsswitch = watch(files.nsswitchConf(), text -> text == null
        ? NsSwitchConf.DEFAULT
        : NsSwitchConf.parse(text, files.nsswitchConf().toString(), s.problems()));
    resolvConf = watch(files.resolvConf(), text -> s.dnsOverride().apply(ResolvConfParser.parse(
        text == null ? "" : text, files.resolvConf().toString(), s.environment(), s.hostName(), s.problems())));
    sorter = watch(files.gaiConf(), text -> new AddressSorter(text == null
        ? GaiConf.DEFAULT
        : GaiConf.parse(text, files.gaiConf().toString(), s.problems()), s.sourceAddresses()));
  }

  private <T> WatchedFile<T> watch(Path path, Function<String, T> parser) {
    // A file that exists but cannot be read is read as missing, and reported where bad lines go.
    return new WatchedFile<>(path, parser, settings.clock(), settings.checkInterval(),
        e -> settings.problems().accept(new LineProblem(path.toString(), 0, "", unreadable(e))));
  }

  /** Why a file that exists could not be read, as strerror would say it where the JDK knows. */
  static String unreadable(IOException e) {
    String why = e instanceof AccessDeniedException ? "Permission denied"
        : e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
        : e.getMessage();
    return "cannot be read (" + why + "); read as a missing file";
  }

  /**
   * The files as they are now. Between checks (one per check interval) this is one volatile read
   * and one clock read, and the same {@link Snapshot} object: a new one is made only when a file's
   * parsed value changed, so its identity is the configuration's version.
   */
  Snapshot snapshot() {
    return snapshot(settings.clock().millis());
  }

  /** As {@link #snapshot()}, the clock read by the caller. */
  Snapshot snapshot(long nowMillis) {
    Current c = current;
    if (c != null && nowMillis < c.nextCheckMillis()) {
      return c.snapshot();
    }
    return refresh(c);
  }

  private synchronized Snapshot refresh(Current seen) {
    Current c = current;
    long now = settings.clock().millis();
    if (c != seen && c != null && now < c.nextCheckMillis()) {
      return c.snapshot(); // another thread refreshed it meanwhile
    }
    Snapshot fresh = new Snapshot(services.get(), hosts.get(), hostConf.get().multi(), nsswitch.get(),
        resolvConf.get(), sorter.get(), settings.interfaces(), settings.scopes(), localDomain);
    Snapshot s = c != null && sameParts(c.snapshot(), fresh) ? c.snapshot() : fresh;
    current = new Current(s, now + checkMillis);
    return s;
  }

  private static boolean sameParts(Snapshot a, Snapshot b) {
    return a.services() == b.services() && a.hosts() == b.hosts() && a.multi() == b.multi()
        && a.nsswitch() == b.nsswitch() && a.dns() == b.dns() && a.sorter() == b.sorter();
  }
}
