package dev.addrinfo.cli;

import dev.addrinfo.AddrInfoResolver;
import dev.addrinfo.Hints;
import dev.addrinfo.Linux;
import dev.addrinfo.Resolver;
import dev.addrinfo.ResolverListener;
import dev.addrinfo.netty.NettyResolver;
import dev.addrinfo.netty.transport.NettyDnsTransport;
import dev.addrinfo.spi.QueryTrace;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code resolve} command: getaddrinfo(3) from the command line, getnameinfo(3) as
 * {@code resolve reverse}, and one DNS question as {@code resolve query}. Exit status: 0 on
 * success, 2 when the lookup fails (EAI_*; for query no answer or an error rcode), 64 on a usage
 * error, 70 on an unexpected failure.
 *
 * <p>The resolver comes from a factory so that tests can pass a fake; {@link #main} passes a
 * {@link Resolver} with DNS on Netty ({@code query} always uses the real transport). Each run creates one
 * resolver, blocks for its one answer and closes it.
 *
 * @since 0.1
 */
@Command(
    name = "resolve",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    exitCodeOnInvalidInput = ResolveCommand.EXIT_USAGE,
    exitCodeOnExecutionException = ResolveCommand.EXIT_SOFTWARE,
    sortOptions = false,
    customSynopsis = {
        "resolve [--family=inet|inet6|NUMBER] [--socktype=stream|dgram|raw|NUMBER]",
        "        [--protocol=tcp|udp|NUMBER] [--passive] [--canonname] [--numeric-host]",
        "        [--numeric-serv] [--addrconfig] [--v4mapped] [--all] [--idn] [--canonidn]",
        "        [--flags=INT] [--format=table|getent|json] [--json] [FILE OPTIONS]",
        "        [DNS OPTIONS] [--] HOST|- [SERVICE|-]",
        "resolve reverse [OPTIONS] [--] ADDRESS [PORT]",
        "resolve query [OPTIONS] [--] NAME TYPE",
        "",
        "FILE OPTIONS: [--hosts=FILE] [--services=FILE] [--nsswitch-conf=FILE] [--gai-conf=FILE]",
        "DNS OPTIONS:  [--resolv-conf=FILE] [--nameserver=IP[:PORT]]... [--timeout=SECONDS]",
        "              [--attempts=N] [--trace]"},
    description = {
        "Looks HOST and SERVICE up as glibc's getaddrinfo() does; '-' stands for a null host or service.",
        "'resolve reverse' looks an address up as getnameinfo() does; 'resolve query' shows a name server's answer.",
        "File, DNS and --json options may also come before 'reverse' or 'query'."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        " 0:success",
        " 2:the lookup failed: an EAI_ error (e.g. EAI_NONAME), or for 'query' no answer or an rcode other than NOERROR",
        "64:usage error: a bad option or argument, or a file named on the command line that cannot be read",
        "70:unexpected failure (a bug: please report it)"})
public final class ResolveCommand implements Callable<Integer> {
  /** The exit status when the resolver reports an EAI_ error. */
  public static final int EXIT_RESOLVER_ERROR = 2;
  /** The exit status for bad command-line usage (sysexits' EX_USAGE). */
  public static final int EXIT_USAGE = 64;
  /** The exit status for an unexpected failure (sysexits' EX_SOFTWARE). */
  public static final int EXIT_SOFTWARE = 70;

  @Option(names = "--family", paramLabel = "inet|inet6|NUMBER", converter = SymbolicInt.Family.class,
      description = "Address family (AF_UNSPEC by default).")
  int family = Linux.AF_UNSPEC;

  @Option(names = "--socktype", paramLabel = "stream|dgram|raw|NUMBER", converter = SymbolicInt.SocketType.class,
      description = "Socket type (any by default).")
  int socketType;

  @Option(names = "--protocol", paramLabel = "tcp|udp|NUMBER", converter = SymbolicInt.Protocol.class,
      description = "Protocol (any by default).")
  int protocol;

  @Option(names = "--passive", description = "AI_PASSIVE: a null host means the wildcard address.")
  boolean passive;

  @Option(names = "--canonname", description = "AI_CANONNAME: report the canonical name.")
  boolean canonName;

  @Option(names = "--numeric-host", description = "AI_NUMERICHOST: HOST must be a numeric address.")
  boolean numericHost;

  @Option(names = "--numeric-serv", description = "AI_NUMERICSERV: SERVICE must be a port number.")
  boolean numericService;

  @Option(names = "--addrconfig", description = "AI_ADDRCONFIG: only families configured on this host.")
  boolean addrConfig;

  @Option(names = "--v4mapped", description = "AI_V4MAPPED: IPv4 addresses as IPv6 when no IPv6 address is found.")
  boolean v4Mapped;

  @Option(names = "--all", description = "AI_ALL: with --v4mapped, IPv6 and mapped IPv4 addresses.")
  boolean all;

  @Option(names = "--idn", description = "AI_IDN: convert a Unicode HOST to its ASCII (xn--) form first.")
  boolean idn;

  @Option(names = "--canonidn", description = "AI_CANONIDN: with --canonname, the canonical name in Unicode.")
  boolean canonIdn;

  @Option(names = "--flags", paramLabel = "INT", converter = SymbolicInt.Flags.class,
      description = "Raw AI_ bits to add, decimal or 0x hex.")
  int rawFlags;

  @Option(names = "--format", paramLabel = "table|getent|json", converter = Format.Converter.class,
      description = "table (the default); getent: as 'getent ahosts' prints (it asks with --canonname --addrconfig "
          + "--v4mapped); json: as --json.")
  Format format;

  @Mixin
  FileOptions files;

  @Mixin
  DnsOptions dns;

  @Mixin
  JsonOption json;

  // Optional to picocli only so that "resolve reverse" does not demand it; call() requires it.
  @Parameters(index = "0", arity = "0..1", paramLabel = "HOST|-", description = "Name or numeric address; '-' for none.")
  String host;

  @Parameters(index = "1", arity = "0..1", paramLabel = "SERVICE|-", description = "Service name or port; '-' or absent for none.")
  String service;

  @Spec
  CommandSpec spec;

  private final Function<ResolverSettings, AddrInfoResolver> factory;
  private final PrintStream out;
  private final PrintStream err;

  /**
   * @param factory makes the resolver for one run from what the command line asked
   * @param out where results go (and JSON errors)
   * @param err where table-mode errors, traces, help on usage errors go
   */
  public ResolveCommand(Function<ResolverSettings, AddrInfoResolver> factory, PrintStream out, PrintStream err) {
    this.factory = Objects.requireNonNull(factory, "factory");
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
  }

  /**
   * The picocli command line for this command and its {@code reverse} and {@code query}
   * subcommands, writing to this command's streams.
   */
  public CommandLine commandLine() {
    return commandLine(true);
  }

  private CommandLine commandLine(boolean withSubcommands) {
    CommandLine cmd = new CommandLine(this);
    if (withSubcommands) {
      cmd.addSubcommand("reverse", new ReverseCommand(factory, out, err));
      cmd.addSubcommand("query", new QueryCommand(out, err));
    }
    cmd.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cmd.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cmd.setParameterExceptionHandler(ResolveCommand::usageError);
    cmd.setExecutionStrategy(new OptionsBeforeSubcommand());
    cmd.setExecutionExceptionHandler((e, failed, parseResult) -> {
      failed.getErr().println("resolve: " + e);
      failed.getErr().flush();
      return EXIT_SOFTWARE;
    });
    return cmd;
  }

  /**
   * Runs the command line and returns its exit status. Setting up the subcommands costs about 25
   * ms of CPU, a tenth of a run (picocli reads their annotations), so a plain lookup, whose arguments
   * neither name a subcommand nor ask for help, runs without them: it parses exactly as it would
   * with them. Should it be a usage error after all, a command line with them runs the arguments
   * again, so that the message and its suggestions are the full command's; nothing has been
   * printed or looked up by then.
   */
  public int execute(String... args) {
    if (mayNeedSubcommands(args)) {
      return commandLine(true).execute(args);
    }
    CommandLine plain = commandLine(false);
    plain.setParameterExceptionHandler((e, again) -> new ResolveCommand(factory, out, err).commandLine(true)
        .execute(again));
    return plain.execute(args);
  }

  /** True when an argument is a subcommand's name or may ask for help or the version (-h, -V, clustered). */
  static boolean mayNeedSubcommands(String[] args) {
    for (String a : args) {
      if (a.equals("reverse") || a.equals("query") || a.equals("--help") || a.equals("--version")
          || (a.startsWith("-") && !a.startsWith("--") && (a.indexOf('h') > 0 || a.indexOf('V') > 0))) {
        return true;
      }
    }
    return false;
  }

  /** picocli's message, a pointer to --help, and EX_USAGE: the full usage would bury the message. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine failed = e.getCommandLine();
    PrintWriter err = failed.getErr();
    err.println(e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return EXIT_USAGE;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = new ResolveCommand(ResolveCommand::systemResolver, out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** The real resolver, over the files and name servers the command line names. */
  static AddrInfoResolver systemResolver(ResolverSettings settings) {
    return resolverBuilder(settings).build();
  }

  /** A builder for the real resolver, DNS on Netty, with the command line's settings. */
  static Resolver.Builder resolverBuilder(ResolverSettings settings) {
    Resolver.Builder builder = NettyResolver.builder().files(settings.files()).warnings(settings.warnings());
    if (settings.randomizeCase()) {
      builder.transport(NettyDnsTransport.builder().randomizeCase(true).build());
    }
    settings.nameservers().forEach(builder::addNameserver);
    if (settings.timeout() != null) {
      builder.timeout(settings.timeout());
    }
    if (settings.attempts() != 0) {
      builder.attempts(settings.attempts());
    }
    Consumer<QueryTrace> trace = settings.trace();
    if (trace != null) {
      builder.listener(new ResolverListener() {
        @Override
        public void onExchange(QueryTrace exchange) {
          trace.accept(exchange);
        }
      });
    }
    return builder;
  }

  @Override
  public Integer call() {
    if (host == null) {
      throw new ParameterException(spec.commandLine(), "Missing required parameter: 'HOST|-'");
    }
    Format chosen = Format.choose(format, json.json);
    if (chosen == null) {
      throw new ParameterException(spec.commandLine(), "--json and --format=" + format.name().toLowerCase(Locale.ROOT)
          + " contradict each other");
    }
    Hints hints = hints();
    String h = nullIfDash(host);
    String s = nullIfDash(service);
    Session session = new Session(chosen, dns.trace, out, err, source -> true);
    return Lookup.run(factory, session.settings(Session.files(files, dns), dns), session, Asked.lookup(host, service),
        resolver -> resolver.getAddrInfo(h, s, hints), Output::addrInfo);
  }

  Hints hints() {
    int flags = rawFlags;
    flags |= passive ? Linux.AI_PASSIVE : 0;
    flags |= canonName ? Linux.AI_CANONNAME : 0;
    flags |= numericHost ? Linux.AI_NUMERICHOST : 0;
    flags |= numericService ? Linux.AI_NUMERICSERV : 0;
    flags |= addrConfig ? Linux.AI_ADDRCONFIG : 0;
    flags |= v4Mapped ? Linux.AI_V4MAPPED : 0;
    flags |= all ? Linux.AI_ALL : 0;
    flags |= idn ? Linux.AI_IDN : 0;
    flags |= canonIdn ? Linux.AI_CANONIDN : 0;
    return new Hints(family, socketType, protocol, flags);
  }

  static String nullIfDash(String arg) {
    return arg == null || arg.equals("-") ? null : arg;
  }
}
