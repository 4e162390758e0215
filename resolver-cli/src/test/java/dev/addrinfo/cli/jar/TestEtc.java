package dev.addrinfo.cli.jar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Configuration files for one test run in a temporary directory, so that no answer depends on
 * this machine's /etc: hosts (empty), services, nsswitch.conf ("hosts: files dns"), gai.conf
 * (empty: the default policy), resolv.conf (no search list, one try of one second), each
 * replaceable; {@link #args} names them all and the server on the command line.
 */
final class TestEtc {
  final Path dir;

  TestEtc(Path dir) {
    this.dir = dir;
    write("hosts", "");
    write("services", "smtp 25/tcp\nhttp 80/tcp\nhttp 80/udp\n");
    write("nsswitch.conf", "hosts: files dns\n");
    write("gai.conf", "");
    write("resolv.conf", "options timeout:1 attempts:1\n");
  }

  TestEtc write(String name, String text) {
    try {
      Files.writeString(dir.resolve(name), text);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path path(String name) {
    return dir.resolve(name);
  }

  /** The file options, {@code --nameserver=server} when not null, then {@code more}. */
  String[] args(ZoneServer server, String... more) {
    List<String> args = new ArrayList<>(List.of("--hosts=" + path("hosts"), "--services=" + path("services"),
        "--nsswitch-conf=" + path("nsswitch.conf"), "--gai-conf=" + path("gai.conf"),
        "--resolv-conf=" + path("resolv.conf")));
    if (server != null) {
      args.add("--nameserver=" + server.address());
    }
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  /** The DNS options only (for query, which reads no other file). */
  String[] dnsArgs(ZoneServer server, String... more) {
    List<String> args = new ArrayList<>(List.of("--resolv-conf=" + path("resolv.conf")));
    if (server != null) {
      args.add("--nameserver=" + server.address());
    }
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }
}
