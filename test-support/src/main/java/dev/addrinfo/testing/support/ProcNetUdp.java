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
 * The local ports of the IPv4 UDP sockets connected to a given server, from /proc/net/udp: the ports
 * an off-path forger who learned them through a side channel would aim at. Every row of the table is
 * read (all sockets of the network namespace), about a millisecond for a few hundred.
 */
public final class ProcNetUdp {
  private static final Path UDP = Path.of("/proc/net/udp");

  private ProcNetUdp() {}

  public static boolean available() {
    return Files.isReadable(UDP);
  }

  /** Local ports of UDP sockets on 127.0.0.1 whose remote end is {@code server} (IPv4). */
  public static Set<Integer> portsConnectedTo(InetSocketAddress server) {
    String remote = hexAddress(server);
    Set<Integer> ports = new LinkedHashSet<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(UDP);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String line : lines.subList(1, lines.size())) {
      // "  sl  local_address rem_address   st ...", addresses as HEXIP:HEXPORT, IP in host byte order
      String[] f = line.trim().split("\\s+");
      if (f.length > 2 && f[2].equalsIgnoreCase(remote)) {
        ports.add(Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16));
      }
    }
    return ports;
  }

  private static String hexAddress(InetSocketAddress a) {
    byte[] b = a.getAddress().getAddress();
    if (b.length != 4) {
      throw new IllegalArgumentException("IPv4 servers only (/proc/net/udp): " + a);
    }
    // Linux prints the 32-bit address as a little-endian word on x86 and arm64.
    return String.format("%02X%02X%02X%02X:%04X", b[3] & 0xff, b[2] & 0xff, b[1] & 0xff, b[0] & 0xff, a.getPort());
  }
}
