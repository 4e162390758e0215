package dev.addrinfo.cli;

import dev.addrinfo.SystemFiles;
import dev.addrinfo.services.LineProblem;
import dev.addrinfo.spi.QueryTrace;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What the command line asks of the resolver it creates.
 *
 * @param files which files to read
 * @param nameservers name servers to use instead of resolv.conf's (empty: resolv.conf's)
 * @param timeout how long one try waits, instead of resolv.conf's (null: resolv.conf's)
 * @param attempts rounds over the name servers, instead of resolv.conf's (0: resolv.conf's)
 * @param trace where each DNS exchange is reported (null: nowhere)
 * @param warnings where problems with the files go
 * @param randomizeCase DNS 0x20 on the transport ({@code --0x20})
 * @since 0.1
 */
public record ResolverSettings(SystemFiles files, List<InetSocketAddress> nameservers, Duration timeout, int attempts,
    Consumer<QueryTrace> trace, Consumer<LineProblem> warnings, boolean randomizeCase) {
  public ResolverSettings {
    Objects.requireNonNull(files, "files");
    nameservers = List.copyOf(nameservers);
    Objects.requireNonNull(warnings, "warnings");
  }
}
