package dev.addrinfo.cli;

import dev.addrinfo.SystemFiles;
import dev.addrinfo.spi.QueryTrace;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What the command line asks of the resolver it creates: which files to read, which name servers
 * to use instead of resolv.conf's (empty: resolv.conf's), and where to report each DNS exchange
 * (null: nowhere).
 *
 * @since 0.1
 */
public record ResolverSettings(SystemFiles files, List<InetSocketAddress> nameservers, Consumer<QueryTrace> trace) {
  public ResolverSettings {
    Objects.requireNonNull(files, "files");
    nameservers = List.copyOf(nameservers);
  }
}
