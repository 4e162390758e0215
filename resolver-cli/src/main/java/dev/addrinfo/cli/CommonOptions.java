package dev.addrinfo.cli;

import dev.addrinfo.SystemFiles;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options both lookups take: which files, which name servers, tracing and JSON output. */
final class CommonOptions {
  @Option(names = "--hosts", paramLabel = "FILE", description = "Hosts file instead of /etc/hosts.")
  Path hosts;

  @Option(names = "--services", paramLabel = "FILE", description = "Services file instead of /etc/services.")
  Path services;

  @Option(names = "--resolv-conf", paramLabel = "FILE", description = "Resolver configuration instead of /etc/resolv.conf.")
  Path resolvConf;

  @Option(names = "--nameserver", paramLabel = "IP[:PORT]", converter = NameserverConverter.class,
      description = "Name server to use instead of resolv.conf's (repeatable); IPv6 as [::1]:5353 or ::1.")
  List<InetSocketAddress> nameservers = new ArrayList<>();

  @Option(names = "--trace", description = "Print every DNS exchange to stderr.")
  boolean trace;

  @Option(names = "--json", description = "One JSON object per line, with Linux's numbers.")
  boolean json;

  ResolverSettings settings(PrintStream err) {
    SystemFiles files = SystemFiles.ETC;
    if (hosts != null) {
      files = files.withHosts(hosts);
    }
    if (services != null) {
      files = files.withServices(services);
    }
    if (resolvConf != null) {
      files = files.withResolvConf(resolvConf);
    }
    // Trace lines come from event-loop threads; PrintStream serialises them.
    return new ResolverSettings(files, nameservers, trace ? t -> err.print(TraceLine.format(t) + "\n") : null);
  }

  Output output(PrintStream out, PrintStream err) {
    return json ? new JsonOutput(out) : new TableOutput(out, err, new AddressText(Interfaces::name));
  }

  /** Turns {@code --nameserver} text into a socket address; bad text is a usage error naming it. */
  static final class NameserverConverter implements ITypeConverter<InetSocketAddress> {
    @Override
    public InetSocketAddress convert(String value) {
      try {
        return NumericAddress.parseServer(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
