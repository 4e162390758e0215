package dev.addrinfo.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Shell lines for the DNS servers a {@link GlibcNamespace} script runs: BIND with the test zones,
 * and Unbound or dnsmasq in front of it. Each server runs in the foreground of a background job,
 * logs to a file in the script's directory, is added to {@code $PIDS} (which the script's exit
 * trap stops) and is awaited with {@code dig} (an SOA answer for each zone it must serve) for up
 * to 30 s; if it dies or never answers, the script fails with its log.
 */
final class NamespaceDaemons {

  private NamespaceDaemons() {}

  /** Defines {@code await_dns NAME PID LOG PORT DIG-OPTION ZONE}; needed once before any server. */
  static String prelude() {
    Path dig = NamespaceSupport.onPath("dig");
    if (dig == null) {
      throw new IllegalStateException("dig is needed to await DNS servers in the namespace; install it "
          + "with 'apt-get install -y bind9-dnsutils'");
    }
    return "await_dns() {\n"
        + "  i=0\n"
        + "  until [ -n \"$(" + ShellQuote.word(dig.toString()) + " $5 +short +time=1 +tries=1 -p $4"
        + " @127.0.0.1 $6 SOA 2>/dev/null)\" ]; do\n"
        + "    i=$((i+1))\n"
        + "    if [ $i -gt 600 ] || ! kill -0 $2 2>/dev/null; then\n"
        + "      echo \"$1 in the namespace did not answer for $6 on port $4; its log:\" >&2; cat \"$3\" >&2;"
        + " exit 73\n"
        + "    fi\n"
        + "    sleep 0.05\n"
        + "  done\n"
        + "}\n"
        // A recursive server that answers dig has once refused glibc's first lookups (EAI_AGAIN in
        // 3 ms, nothing in its log), so the cases also wait until glibc itself, through the
        // namespace's resolv.conf, gets an answer.
        // Short tries, and a deadline on the clock: the namespace's resolv.conf waits 5 s a try.
        + "await_glibc() {\n"
        + "  end=$(( $(date +%s) + 30 ))\n"
        + "  until RES_OPTIONS='timeout:1 attempts:1' getent ahosts $4 > /dev/null 2>&1; do\n"
        + "    if [ $(date +%s) -gt $end ] || ! kill -0 $2 2>/dev/null; then\n"
        + "      echo \"$1 in the namespace gave glibc no address for $4; its log:\" >&2; cat \"$3\" >&2;"
        + " exit 74\n"
        + "    fi\n"
        + "    sleep 0.05\n"
        + "  done\n"
        + "}\n";
  }

  /** BIND, authoritative for the test zones, on {@code listen4} and {@code listen6} at {@code port}. */
  static String bind(Path dir, String listen4, int port, String listen6) throws IOException {
    Path named = LocalNamed.executable();
    Path bindDir = Files.createDirectories(dir.resolve("named"));
    Path zones = Zones.copyTo(bindDir.resolve("zones"));
    Files.writeString(bindDir.resolve("named.conf"), NamedConf.render(bindDir, zones, port, listen4, listen6));
    // named loads its zones one by one after it starts answering: wait for every one of them.
    return background("named", ShellQuote.word(named.toString()) + " -g -c \"$D/named/named.conf\"",
        "$D/named/log", port, "+norec", Zones.ALL.stream().map(Zones.Zone::origin).toList());
  }

  /**
   * Unbound on port 53 of 127.0.0.1 and ::1, with every test zone a stub zone served by BIND at
   * 127.0.0.1:{@code backendPort}. Its defaults stay (cache, QNAME minimisation, minimal
   * responses) except where they would make answers depend on the query or on the machine's load:
   * records are not rotated, a slow first answer from BIND does not mark it down, and the RFC
   * 6761/6303 local zones that cover the test zones (test., the documentation reverse zones) are
   * switched off so that BIND answers for them.
   */
  static String unbound(Path dir, int backendPort) throws IOException {
    Path unbound = required("unbound", "unbound");
    Path conf = dir.resolve("unbound.conf");
    StringBuilder text = new StringBuilder("server:\n")
        .append("  interface: 127.0.0.1\n  interface: ::1\n  port: 53\n")
        .append("  do-daemonize: no\n  username: \"\"\n  chroot: \"\"\n  pidfile: \"\"\n")
        .append("  directory: \"").append(dir).append("\"\n")
        .append("  use-syslog: no\n  logfile: \"\"\n  verbosity: 1\n  num-threads: 1\n")
        // Unbound refuses to ask loopback addresses unless told; BIND is on one.
        .append("  do-not-query-localhost: no\n")
        // No trust anchor: the test zones are unsigned, and validation is not under test.
        .append("  module-config: \"iterator\"\n")
        // Why an answer was SERVFAIL, for the report of a case that differs.
        .append("  log-servfail: yes\n")
        .append("  rrset-roundrobin: no\n")
        // On a busy machine BIND may take longer than the 376 ms Unbound gives a new server; after
        // a few such timeouts Unbound would mark it down and answer SERVFAIL at once for minutes.
        .append("  unknown-server-time-limit: 3000\n")
        .append("  infra-keep-probing: yes\n")
        .append("  local-zone: \"test.\" nodefault\n")
        .append("  local-zone: \"2.0.192.in-addr.arpa.\" nodefault\n")
        .append("  local-zone: \"8.b.d.0.1.0.0.2.ip6.arpa.\" nodefault\n");
    for (Zones.Zone zone : Zones.ALL) {
      text.append("stub-zone:\n  name: \"").append(zone.origin()).append("\"\n")
          .append("  stub-addr: 127.0.0.1@").append(backendPort).append('\n');
    }
    Files.writeString(conf, text);
    return background("unbound", ShellQuote.word(unbound.toString()) + " -d -c \"$D/unbound.conf\"",
        "$D/unbound.log", 53, "+rec", List.of(Zones.PROBE_ZONE)) + awaitGlibc("unbound", "$D/unbound.log");
  }

  /**
   * dnsmasq on port 53 of 127.0.0.1 and ::1, forwarding everything to BIND at
   * 127.0.0.1:{@code backendPort}, with no other source of answers (no /etc/hosts, no resolv.conf,
   * no configuration file) and no cache: dnsmasq rotates the records it serves from its cache, so
   * two lookups of one name would see two orders (its truncation, RA bit and forwarding stay).
   * Every query is logged, for the report of a case that differs.
   */
  static String dnsmasq(Path dir, int backendPort) {
    Path dnsmasq = required("dnsmasq", "dnsmasq-base");
    String command = ShellQuote.word(dnsmasq.toString())
        + " --keep-in-foreground --conf-file=/dev/null --no-resolv --no-hosts --no-poll"
        + " --server=127.0.0.1#" + backendPort + " --cache-size=0"
        + " --listen-address=127.0.0.1,::1 --bind-interfaces --port=53"
        + " --user=root --pid-file= --log-facility=- --log-queries";
    return background("dnsmasq", command, "$D/dnsmasq.log", 53, "+rec", List.of(Zones.PROBE_ZONE))
        + awaitGlibc("dnsmasq", "$D/dnsmasq.log");
  }

  /** Waits until glibc (getent, with the namespace's /etc) gets the probe zone's address through {@code name}. */
  private static String awaitGlibc(String name, String log) {
    return "await_glibc " + name + " $P \"" + log + "\" " + ShellQuote.word(Zones.PROBE_ZONE) + "\n";
  }

  private static String background(String name, String command, String log, int port, String digOption,
      List<String> zones) {
    StringBuilder sh = new StringBuilder(command).append(" > \"").append(log).append("\" 2>&1 &\n")
        .append("P=$!\nPIDS=\"$PIDS $P\"\n");
    for (String zone : zones) {
      sh.append("await_dns ").append(name).append(" $P \"").append(log).append("\" ").append(port)
          .append(' ').append(digOption).append(' ').append(ShellQuote.word(zone)).append('\n');
    }
    return sh.toString();
  }

  private static Path required(String program, String debianPackage) {
    Path path = NamespaceSupport.onPath(program);
    if (path == null) {
      throw new IllegalStateException(program + " is needed for the comparison behind it; install it "
          + "with 'apt-get install -y " + debianPackage + "'");
    }
    return path;
  }
}
