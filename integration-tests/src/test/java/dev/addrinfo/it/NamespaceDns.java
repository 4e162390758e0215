package dev.addrinfo.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What answers DNS inside a {@link GlibcNamespace}. Users' resolv.conf points at a recursive server
 * (a router's dnsmasq, a local Unbound), not at an authoritative one, and each of those rewrites
 * answers in its own way (whole CNAME chains, its own truncation, RA set, answers from its cache),
 * so the comparison runs behind each of them as well as against BIND directly.
 */
public enum NamespaceDns {
  /** No DNS server at all: file-only cases. */
  NONE("no DNS server", ""),
  /** BIND, authoritative for the test zones, on 127.0.0.1:53 and [::1]:53. */
  BIND("BIND on port 53", ""),
  /** Unbound on 127.0.0.1:53 and [::1]:53, recursing to BIND on 127.0.0.1:{@value #BACKEND_PORT}. */
  UNBOUND("Unbound in front of BIND", " behind Unbound"),
  /** dnsmasq on 127.0.0.1:53 and [::1]:53, forwarding to BIND on 127.0.0.1:{@value #BACKEND_PORT}. */
  DNSMASQ("dnsmasq in front of BIND", " behind dnsmasq");

  /** Where BIND listens when a recursive server sits in front of it on port 53. */
  public static final int BACKEND_PORT = 5300;

  private final String description;
  private final String testNameSuffix;

  NamespaceDns(String description, String testNameSuffix) {
    this.description = description;
    this.testNameSuffix = testNameSuffix;
  }

  public String description() {
    return description;
  }

  /** The servers' log files, relative to the namespace's directory. */
  List<String> logFiles() {
    return switch (this) {
      case NONE -> List.of();
      case BIND -> List.of("named/log");
      case UNBOUND -> List.of("named/log", "unbound.log");
      case DNSMASQ -> List.of("named/log", "dnsmasq.log");
    };
  }

  /** Added to a case's name in test reports where one class runs the same cases behind several servers. */
  String testNameSuffix() {
    return testNameSuffix;
  }

  /**
   * Shell lines that start the servers in {@code dir}, stop them when the script exits, and wait
   * until port 53 answers for the test zones; "" for {@link #NONE}.
   */
  String startScript(Path dir) throws IOException {
    return this == NONE ? "" : NamespaceDaemons.prelude() + servers(dir);
  }

  private String servers(Path dir) throws IOException {
    return switch (this) {
      case NONE -> "";
      case BIND -> NamespaceDaemons.bind(dir, "127.0.0.1", 53, "::1");
      case UNBOUND -> NamespaceDaemons.bind(dir, "127.0.0.1", BACKEND_PORT, "none")
          + NamespaceDaemons.unbound(dir, BACKEND_PORT);
      case DNSMASQ -> NamespaceDaemons.bind(dir, "127.0.0.1", BACKEND_PORT, "none")
          + NamespaceDaemons.dnsmasq(dir, BACKEND_PORT);
    };
  }
}
