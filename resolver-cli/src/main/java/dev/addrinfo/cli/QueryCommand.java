package dev.addrinfo.cli;

import dev.addrinfo.ResolverConfig;
import dev.addrinfo.SystemFiles;
import dev.addrinfo.Resolver;
import dev.addrinfo.netty.transport.NettyDnsTransport;
import dev.addrinfo.spi.DnsQuestion;
import dev.addrinfo.spi.DnsResponse;
import dev.addrinfo.spi.DnsTimeoutException;
import dev.addrinfo.spi.QueryOptions;
import dev.addrinfo.spi.RecordType;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code resolve query NAME TYPE}: one DNS question, as the resolver would send it, and the answer
 * records as dig shows them ({@code dig +noall +answer}). The name is taken as absolute (no search
 * list). Servers, timeout and attempts come from resolv.conf or the options; the first response
 * from any server is shown, whatever its rcode, as dig does; only a try with no response moves on
 * to the next server (each try waits the whole timeout, as dig's do).
 */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    exitCodeOnInvalidInput = ResolveCommand.EXIT_USAGE,
    exitCodeOnExecutionException = ResolveCommand.EXIT_SOFTWARE,
    sortOptions = false,
    description = {"Asks the name servers for NAME's records of TYPE and prints the answer records as dig does."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {" 0:a NOERROR response (with or without records)",
        " 2:no response from any server, or an rcode other than NOERROR", "64:usage error", "70:unexpected failure"})
final class QueryCommand implements Callable<Integer> {
  @Mixin
  DnsOptions dns;

  @Mixin
  JsonOption json;

  @Parameters(index = "0", paramLabel = "NAME", description = "Domain name, absolute whether or not it ends in '.'.")
  String name;

  @Parameters(index = "1", paramLabel = "TYPE", converter = TypeConverter.class,
      description = "A, AAAA, CNAME, PTR or SOA (any case).")
  RecordType type;

  @Spec
  CommandSpec spec;

  private final PrintStream out;
  private final PrintStream err;

  QueryCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    DnsQuestion question = question();
    SystemFiles files = Session.files(null, dns);
    String resolvConf = files.resolvConf().toString();
    Session session = new Session(json.json ? Format.JSON : Format.TABLE, dns.trace, out, err,
        source -> source.equals(resolvConf) || source.equals("RES_OPTIONS"));
    Asked asked = Asked.query(question.name(), question.type().name());
    ResolverConfig config;
    try (Resolver resolver = ResolveCommand.resolverBuilder(session.settings(files, dns)).build()) {
      config = resolver.dnsConfig(); // reads resolv.conf: its problems are all reported here
    } finally {
      session.warnings.finish();
    }
    try (NettyDnsTransport t = NettyDnsTransport.builder().randomizeCase(dns.randomizeCase).build()) {
      return ask(t, question, config, session, asked);
    }
  }

  private int ask(NettyDnsTransport transport, DnsQuestion question, ResolverConfig config, Session session,
      Asked asked) {
    Output output = session.output;
    QueryOptions options = new QueryOptions(config.timeout(), config.edns0(), config.useVc(), true, session.trace);
    Throwable last = null;
    boolean allTimedOut = true;
    for (int attempt = 0; attempt < config.attempts(); attempt++) {
      for (InetSocketAddress server : config.nameservers()) {
        DnsResponse response;
        try {
          response = transport.query(question, server, options).toCompletableFuture().join();
        } catch (CompletionException e) {
          last = e.getCause() == null ? e : e.getCause();
          if (last instanceof IllegalArgumentException) {
            throw new ParameterException(spec.commandLine(), "Invalid value for NAME: " + last.getMessage());
          }
          allTimedOut &= last instanceof DnsTimeoutException;
          continue;
        }
        output.records(response.answers());
        if (response.rcode() == DnsResponse.NOERROR) {
          return 0;
        }
        String rcode = TraceLine.rcode(response.rcode());
        output.error(asked, rcode, rcode + " from " + TraceLine.server(server));
        return ResolveCommand.EXIT_RESOLVER_ERROR;
      }
    }
    String why = allTimedOut
        ? "no answer from " + config.nameservers().stream().map(TraceLine::server).collect(Collectors.joining(", "))
            + " in " + config.attempts() + " " + (config.attempts() == 1 ? "try" : "tries") + " of "
            + seconds(config) + " s each"
        : "no answer; last error: " + last.getMessage();
    output.error(asked, "NOANSWER", why);
    return ResolveCommand.EXIT_RESOLVER_ERROR;
  }

  private static String seconds(ResolverConfig config) {
    return BigDecimal.valueOf(config.timeout().toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString();
  }

  private DnsQuestion question() {
    if (name.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Invalid value for NAME: the name is empty");
    }
    return new DnsQuestion(name.endsWith(".") ? name : name + ".", type);
  }

  /** TYPE: one of the record types this resolver reads, in any case. */
  static final class TypeConverter implements ITypeConverter<RecordType> {
    @Override
    public RecordType convert(String value) {
      for (RecordType t : RecordType.values()) {
        if (t.name().equals(value.toUpperCase(Locale.ROOT))) {
          return t;
        }
      }
      throw new TypeConversionException("'" + value + "' is not A, AAAA, CNAME, PTR or SOA");
    }
  }
}
