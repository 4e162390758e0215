package dev.addrinfo.internal.ifaddr;

import java.io.IOException;
import java.net.Inet6Address;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The prefixes of Linux's IPv6 routes, from {@code /proc/net/ipv6_route}, which lists the routes of
 * every table (main, local, and those of policy rules and VRFs), to answer one question cheaply:
 * is there no route at all that could carry a packet to a destination? Then the kernel's route
 * lookup can only fail (ENETUNREACH), and a source-address probe, whose failure costs a system call
 * and an exception, need not be made. That is the everyday case of hosts with IPv6 on loopback or
 * link-local only, where every AAAA answer would otherwise cost a failing probe.
 *
 * <p>Each table's "null" entry (::/0, metric 0xffffffff, reject, on {@code lo}), which is how the
 * kernel shows a table's empty default, covers nothing; every other route covers its prefix, the
 * source-specific ones ({@code from}) and reject or blackhole routes included (a blackhole route
 * lets a connect succeed), so that the answer is only "no route" when the kernel's is too.
 */
public final class Ipv6Routes {
  private static final Path IPV6_ROUTE = Path.of("/proc/net/ipv6_route");
  private static final int RTF_REJECT = 0x0200;
  private static final long NULL_METRIC = 0xffff_ffffL;
  /** A host with more routes than this (a router's full table) is not worth parsing every second. */
  static final int MAX_ROUTES = 4096;

  private final byte[][] prefixes;
  private final int[] lengths;

  private Ipv6Routes(List<byte[]> prefixes, List<Integer> lengths) {
    this.prefixes = prefixes.toArray(new byte[0][]);
    this.lengths = lengths.stream().mapToInt(Integer::intValue).toArray();
  }

  /** This host's routes, or null when they cannot be read or are too many to be worth it. */
  public static Ipv6Routes read() {
    try {
      return Files.isReadable(IPV6_ROUTE) ? parse(Files.readString(IPV6_ROUTE)) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The routes in {@code text} (the file's format: destination, its prefix length, source, its
   * prefix length, next hop, metric, reference count, use count, flags, in hex, then the device),
   * or null when a line cannot be read (a format this code does not know) or there are more than
   * {@value #MAX_ROUTES}.
   */
  public static Ipv6Routes parse(String text) {
    List<byte[]> prefixes = new ArrayList<>();
    List<Integer> lengths = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.trim().split("\\s+");
      if (f.length < 10 || f[0].length() != 32) {
        return null;
      }
      try {
        byte[] destination = hex(f[0]);
        int length = Integer.parseInt(f[1], 16);
        long metric = Long.parseLong(f[5], 16);
        int flags = (int) Long.parseLong(f[8], 16);
        boolean nullEntry = length == 0 && metric == NULL_METRIC && (flags & RTF_REJECT) != 0 && f[9].equals("lo");
        if (length > 128) {
          return null;
        }
        if (!nullEntry) {
          prefixes.add(destination);
          lengths.add(length);
        }
      } catch (NumberFormatException e) {
        return null;
      }
      if (prefixes.size() > MAX_ROUTES) {
        return null;
      }
    }
    return new Ipv6Routes(prefixes, lengths);
  }

  /** How many prefixes {@link #covers} checks. */
  public int size() {
    return prefixes.length;
  }

  /** Whether some route's prefix holds {@code destination}; false means the kernel has no route to it. */
  public boolean covers(Inet6Address destination) {
    byte[] d = destination.getAddress();
    for (int i = 0; i < prefixes.length; i++) {
      if (matches(prefixes[i], lengths[i], d)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(byte[] prefix, int length, byte[] address) {
    int whole = length / 8;
    for (int i = 0; i < whole; i++) {
      if (prefix[i] != address[i]) {
        return false;
      }
    }
    int rest = length % 8;
    if (rest == 0) {
      return true;
    }
    int mask = (0xff << (8 - rest)) & 0xff;
    return (prefix[whole] & mask) == (address[whole] & mask);
  }

  private static byte[] hex(String s) {
    byte[] out = new byte[16];
    for (int i = 0; i < 16; i++) {
      out[i] = (byte) Integer.parseInt(s, 2 * i, 2 * i + 2, 16);
    }
    return out;
  }
}
