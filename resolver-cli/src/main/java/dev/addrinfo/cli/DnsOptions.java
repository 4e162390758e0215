package dev.addrinfo.cli;

import dev.addrinfo.ResolverConfig;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Where DNS questions go and how long they wait, and whether each exchange is shown. */
final class DnsOptions implements SharedOptions {
  @Option(names = "--resolv-conf", paramLabel = "FILE", converter = FileOptions.ReadableFile.class,
      description = "Resolver configuration instead of /etc/resolv.conf.")
  Path resolvConf;

  @Option(names = "--nameserver", paramLabel = "IP[:PORT]", converter = NameserverConverter.class,
      description = "Name server to use instead of resolv.conf's (repeatable); IPv6 as [::1]:5353 or ::1.")
  List<InetSocketAddress> nameservers = new ArrayList<>();

  @Option(names = "--timeout", paramLabel = "SECONDS", converter = TimeoutConverter.class,
      description = "Seconds each try waits for an answer, 1 to 30 (resolv.conf's timeout:, 5 by default).")
  Duration timeout;

  @Option(names = "--attempts", paramLabel = "N", converter = AttemptsConverter.class,
      description = "Rounds over all name servers, 1 to 5 (resolv.conf's attempts:, 2 by default).")
  int attempts;

  @Option(names = "--trace", description = "Print every DNS exchange: to stderr, or with --json as JSON on stdout.")
  boolean trace;

  @Option(names = "--0x20", description = "DNS 0x20: each letter of a UDP question in a random case, which the "
      + "answer must copy (glibc does not do this).")
  boolean randomizeCase;

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

  /** Whole seconds in glibc's range for {@code timeout:}, 1 to 30. */
  static final class TimeoutConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      if (value.matches("[0-9]{1,2}")) {
        int n = Integer.parseInt(value);
        if (n >= 1 && n <= ResolverConfig.MAX_TIMEOUT.toSeconds()) {
          return Duration.ofSeconds(n);
        }
      }
      throw new TypeConversionException("'" + value + "' is not a number of seconds from 1 to "
          + ResolverConfig.MAX_TIMEOUT.toSeconds());
    }
  }

  /** A whole number in glibc's range for {@code attempts:}. */
  static final class AttemptsConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      if (value.matches("[0-9]{1,2}")) {
        int n = Integer.parseInt(value);
        if (n >= 1 && n <= ResolverConfig.MAX_ATTEMPTS) {
          return n;
        }
      }
      throw new TypeConversionException("'" + value + "' is not a number from 1 to " + ResolverConfig.MAX_ATTEMPTS);
    }
  }
}
