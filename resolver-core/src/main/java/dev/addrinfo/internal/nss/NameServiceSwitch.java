package dev.addrinfo.internal.nss;

import java.util.Map;

/**
 * The hosts database as glibc's name service switch runs it: the sources this resolver has, by the
 * names nsswitch.conf gives them ({@code files}, {@code dns}), and the rule that decides, after a
 * source's status, whether the next source is asked. A source named on the line that is not here
 * ({@code myhostname}, {@code mdns4_minimal}, a typo) is skipped, as glibc skips a module it cannot
 * load.
 */
public final class NameServiceSwitch {
  private final Map<String, HostSource> sources;

  /** @param dns the {@code dns} source, or {@link HostSource#UNAVAILABLE} without a transport */
  public NameServiceSwitch(HostSource dns) {
    this.sources = Map.of("files", FilesHostSource.INSTANCE, "dns", dns);
  }

  /** The source of that name, or null when this resolver has none. */
  public HostSource source(String name) {
    return sources.get(name);
  }

  /** Whether the switch stops after {@code source} ended with {@code status}. */
  public static boolean stops(NssSource source, NssStatus status) {
    return source.action(status) == NssAction.RETURN;
  }
}
