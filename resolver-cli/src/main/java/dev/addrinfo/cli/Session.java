package dev.addrinfo.cli;

import dev.addrinfo.SystemFiles;
import dev.addrinfo.spi.QueryTrace;
import java.io.PrintStream;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** What one run prints with: its output, its warnings and, with {@code --trace}, its trace. */
final class Session {
  final Output output;
  final Warnings warnings;
  /** Null without {@code --trace}. */
  final Consumer<QueryTrace> trace;

  /**
   * @param relevantSources which files' problems to show
   */
  Session(Format format, boolean trace, PrintStream out, PrintStream err, Predicate<String> relevantSources) {
    this.output = format.output(out, err);
    this.warnings = new Warnings(err, relevantSources);
    if (!trace) {
      this.trace = null;
    } else if (output instanceof JsonOutput json) {
      this.trace = json::trace;
    } else {
      // Trace lines come from event-loop threads; PrintStream keeps each line whole.
      this.trace = t -> err.print(TraceLine.format(t) + "\n");
    }
  }

  /** The resolver's settings: these files, the DNS options, this run's trace and warnings. */
  ResolverSettings settings(SystemFiles files, DnsOptions dns) {
    return new ResolverSettings(files, dns.nameservers, dns.timeout, dns.attempts, trace, warnings,
        dns.randomizeCase);
  }

  /** /etc's files, with the ones named on the command line instead; {@code lookupFiles} may be null. */
  static SystemFiles files(FileOptions lookupFiles, DnsOptions dns) {
    SystemFiles files = SystemFiles.ETC;
    if (dns.resolvConf != null) {
      files = files.withResolvConf(dns.resolvConf);
    }
    if (lookupFiles == null) {
      return files;
    }
    if (lookupFiles.hosts != null) {
      files = files.withHosts(lookupFiles.hosts);
    }
    if (lookupFiles.services != null) {
      files = files.withServices(lookupFiles.services);
    }
    if (lookupFiles.nsswitchConf != null) {
      files = files.withNsswitchConf(lookupFiles.nsswitchConf);
    }
    if (lookupFiles.gaiConf != null) {
      files = files.withGaiConf(lookupFiles.gaiConf);
    }
    return files;
  }
}
