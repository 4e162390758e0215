package dev.addrinfo;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the resolver reads its configuration: the same files glibc reads. Tests and tools point
 * these elsewhere; a missing file means what it means to glibc (no hosts entries, no resolv.conf
 * settings, glibc's default {@code hosts: dns [!UNAVAIL=return] files}), except a missing services
 * file, for which the table bundled with services-db stands in (glibc then knows no service names).
 *
 * @since 0.1
 */
public record SystemFiles(Path hosts, Path hostConf, Path resolvConf, Path nsswitchConf, Path gaiConf, Path services) {
  /** The files under /etc. */
  public static final SystemFiles ETC = new SystemFiles(Path.of("/etc/hosts"), Path.of("/etc/host.conf"),
      Path.of("/etc/resolv.conf"), Path.of("/etc/nsswitch.conf"), Path.of("/etc/gai.conf"), Path.of("/etc/services"));

  /**
   * Checks that no path is null; no file is read here.
   *
   * @param hosts the hosts(5) file
   * @param hostConf host.conf(5)
   * @param resolvConf resolv.conf(5)
   * @param nsswitchConf nsswitch.conf(5)
   * @param gaiConf gai.conf(5)
   * @param services the services(5) file
   */
  public SystemFiles {
    Objects.requireNonNull(hosts, "hosts");
    Objects.requireNonNull(hostConf, "hostConf");
    Objects.requireNonNull(resolvConf, "resolvConf");
    Objects.requireNonNull(nsswitchConf, "nsswitchConf");
    Objects.requireNonNull(gaiConf, "gaiConf");
    Objects.requireNonNull(services, "services");
  }

  /**
   * These files with another {@code hosts}.
   *
   * @param p the file to read instead
   * @return new files; this value is unchanged
   */
  public SystemFiles withHosts(Path p) {
    return new SystemFiles(p, hostConf, resolvConf, nsswitchConf, gaiConf, services);
  }

  /**
   * These files with another {@code hostConf}.
   *
   * @param p the file to read instead
   * @return new files; this value is unchanged
   */
  public SystemFiles withHostConf(Path p) {
    return new SystemFiles(hosts, p, resolvConf, nsswitchConf, gaiConf, services);
  }

  /**
   * These files with another {@code resolvConf}.
   *
   * @param p the file to read instead
   * @return new files; this value is unchanged
   */
  public SystemFiles withResolvConf(Path p) {
    return new SystemFiles(hosts, hostConf, p, nsswitchConf, gaiConf, services);
  }

  /**
   * These files with another {@code nsswitchConf}.
   *
   * @param p the file to read instead
   * @return new files; this value is unchanged
   */
  public SystemFiles withNsswitchConf(Path p) {
    return new SystemFiles(hosts, hostConf, resolvConf, p, gaiConf, services);
  }

  /**
   * These files with another {@code gaiConf}.
   *
   * @param p the file to read instead
   * @return new files; this value is unchanged
   */
  public SystemFiles withGaiConf(Path p) {
    return new SystemFiles(hosts, hostConf, resolvConf, nsswitchConf, p, services);
  }

  /**
   * These files with another {@code services}.
   *
   * @param p the file to read instead
   * @return new files; this value is unchanged
   */
  public SystemFiles withServices(Path p) {
    return new SystemFiles(hosts, hostConf, resolvConf, nsswitchConf, gaiConf, p);
  }
}
