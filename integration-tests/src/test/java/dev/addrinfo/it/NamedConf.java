package dev.addrinfo.it;

import java.nio.file.Path;

/**
 * Writes the {@code named.conf} shared by every way this module starts BIND: authoritative only,
 * the test zones, answers in zone-file order so that glibc and addrinfo see the same order on
 * every query, and minimal responses so that message sizes are those documented in Zones.md.
 */
final class NamedConf {

  private NamedConf() {}

  /**
   * @param workDir   named's working directory (it writes key files there)
   * @param zoneDir   where the zone files are, as named will see the path
   * @param port      the port to listen on, UDP and TCP
   * @param listenV4  an address match list for IPv4, e.g. {@code 127.0.0.1} or {@code any}
   * @param listenV6  an address match list for IPv6, e.g. {@code ::1} or {@code none}
   */
  static String render(String workDir, String zoneDir, int port, String listenV4, String listenV6) {
    StringBuilder conf = new StringBuilder();
    conf.append("options {\n")
        .append("  directory \"").append(workDir).append("\";\n")
        .append("  pid-file none;\n")
        .append("  listen-on port ").append(port).append(" { ").append(listenV4).append("; };\n")
        .append("  listen-on-v6 port ").append(port).append(" { ").append(listenV6).append("; };\n")
        .append("  recursion no;\n")
        .append("  dnssec-validation no;\n")
        .append("  notify no;\n")
        .append("  minimal-responses yes;\n")
        // The default order varies between queries; the comparison needs both sides to see one order.
        .append("  rrset-order { order none; };\n")
        .append("};\n");
    for (Zones.Zone zone : Zones.ALL) {
      conf.append("zone \"").append(zone.origin()).append("\" { type primary; file \"")
          .append(zoneDir).append('/').append(zone.file()).append("\"; };\n");
    }
    return conf.toString();
  }

  static String render(Path workDir, Path zoneDir, int port, String listenV4, String listenV6) {
    return render(workDir.toString(), zoneDir.toString(), port, listenV4, listenV6);
  }
}
