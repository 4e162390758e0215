package dev.addrinfo.cli;

import dev.addrinfo.AddrInfoResolver;
import dev.addrinfo.NameInfoFlag;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code resolve reverse}: getnameinfo(3) for a numeric address and port. */
@Command(
    name = "reverse",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    exitCodeOnInvalidInput = ResolveCommand.EXIT_USAGE,
    exitCodeOnExecutionException = ResolveCommand.EXIT_SOFTWARE,
    sortOptions = false,
    description = {"Finds the name of ADDRESS and the service of PORT as glibc's getnameinfo() does."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {" 0:success", " 2:the lookup failed: an EAI_ error (e.g. EAI_NONAME with --name-required)",
        "64:usage error", "70:unexpected failure"})
final class ReverseCommand implements Callable<Integer> {
  @Option(names = "--numeric-host", description = "NI_NUMERICHOST: the numeric address, never a name.")
  boolean numericHost;

  @Option(names = "--numeric-serv", description = "NI_NUMERICSERV: the port number, never a service name.")
  boolean numericService;

  @Option(names = "--name-required", description = "NI_NAMEREQD: fail rather than return the numeric address.")
  boolean nameRequired;

  @Option(names = "--no-fqdn", description = "NI_NOFQDN: only the first label of a name in the local domain.")
  boolean noFqdn;

  @Option(names = "--dgram", description = "NI_DGRAM: look the port up as a UDP service.")
  boolean dgram;

  @Option(names = "--idn", description = "NI_IDN: the name found in Unicode rather than its ASCII (xn--) form.")
  boolean idn;

  @Mixin
  FileOptions files;

  @Mixin
  DnsOptions dns;

  @Mixin
  JsonOption json;

  @Parameters(index = "0", paramLabel = "ADDRESS", description = "Numeric IPv4 or IPv6 address, IPv6 with an optional %%scope.")
  String address;

  @Parameters(index = "1", arity = "0..1", paramLabel = "PORT", description = "Port number, 0 when absent.")
  String port;

  @Spec
  CommandSpec spec;

  private final Function<ResolverSettings, AddrInfoResolver> factory;
  private final PrintStream out;
  private final PrintStream err;

  ReverseCommand(Function<ResolverSettings, AddrInfoResolver> factory, PrintStream out, PrintStream err) {
    this.factory = factory;
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    InetSocketAddress socketAddress = socketAddress();
    Set<NameInfoFlag> flags = flags();
    Session session = new Session(json.json ? Format.JSON : Format.TABLE, dns.trace, out, err, source -> true);
    Asked asked = Asked.reverse(address, port, port == null ? null : socketAddress.getPort());
    return Lookup.run(factory, session.settings(Session.files(files, dns), dns), session, asked,
        resolver -> resolver.getNameInfo(socketAddress, flags), Output::nameInfo);
  }

  Set<NameInfoFlag> flags() {
    Set<NameInfoFlag> flags = EnumSet.noneOf(NameInfoFlag.class);
    if (numericHost) {
      flags.add(NameInfoFlag.NUMERICHOST);
    }
    if (numericService) {
      flags.add(NameInfoFlag.NUMERICSERV);
    }
    if (nameRequired) {
      flags.add(NameInfoFlag.NAMEREQD);
    }
    if (noFqdn) {
      flags.add(NameInfoFlag.NOFQDN);
    }
    if (dgram) {
      flags.add(NameInfoFlag.DGRAM);
    }
    if (idn) {
      flags.add(NameInfoFlag.IDN);
    }
    return flags;
  }

  private InetSocketAddress socketAddress() {
    InetAddress parsed;
    try {
      parsed = NumericAddress.parse(address);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "Invalid value for ADDRESS: " + e.getMessage());
    }
    int p = 0;
    if (port != null) {
      Integer n = !port.isEmpty() && port.chars().allMatch(c -> c >= '0' && c <= '9') && port.length() <= 5 ? Integer.valueOf(port) : null;
      if (n == null || n > 65535) {
        throw new ParameterException(spec.commandLine(), "Invalid value for PORT: '" + port + "' is not a number from 0 to 65535");
      }
      p = n;
    }
    return new InetSocketAddress(parsed, p);
  }
}
