package dev.addrinfo.testing.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The local ports of the UDP sockets connected to a given IPv4 server, from /proc/net/udp and
 * /proc/net/udp6 (a dual-stack socket connected to an IPv4 address is listed there, the address
 * IPv4-mapped): the ports an off-path forger who learned them through a side channel would aim at.
 * Every row is read (all sockets of the network namespace), about a millisecond for a few hundred.
 */
public final class ProcNetUdp {
  private static final Path UDP = Path.of("/proc/net/udp");
  private static final Path UDP6 = Path.of("/proc/net/udp6");

  private ProcNetUdp() {}

  public static boolean available() {
    return Files.isReadable(UDP);
  }

  /** Local ports of UDP sockets whose remote end is {@code server} (an IPv4 address). */
  public static Set<Integer> portsConnectedTo(InetSocketAddress server) {
    byte[] b = server.getAddress().getAddress();
    if (b.length != 4) {
      throw new IllegalArgumentException("IPv4 servers only: " + server);
    }
    // Linux prints each 32-bit word of an address in host byte order: little-endian on x86 and arm64.
    String word = String.format("%02X%02X%02X%02X", b[3] & 0xff, b[2] & 0xff, b[1] & 0xff, b[0] & 0xff);
    String port = String.format(":%04X", server.getPort());
    Set<Integer> ports = new LinkedHashSet<>();
    collect(UDP, word + port, ports);
    collect(UDP6, "0000000000000000FFFF0000" + word + port, ports);
    return ports;
  }

  private static void collect(Path table, String remote, Set<Integer> ports) {
    if (!Files.isReadable(table)) {
      return;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String line : lines.subList(1, lines.size())) {
      // "  sl  local_address rem_address   st ...", each address HEXIP:HEXPORT
      String[] f = line.trim().split("\\s+");
      if (f.length > 2 && f[2].equalsIgnoreCase(remote)) {
        ports.add(Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16));
      }
    }
  }
}
