package dev.addrinfo.it;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Finds a port that is free for both UDP and TCP on 127.0.0.1 (and on ::1 where the host has it),
 * since a DNS server needs all of them. Another process may still take it before {@code named}
 * binds; the caller detects that and tries again.
 */
final class FreePort {

  private FreePort() {}

  static int find() {
    for (int attempt = 0; attempt < 50; attempt++) {
      int port;
      try (ServerSocket tcp4 = new ServerSocket()) {
        tcp4.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        port = tcp4.getLocalPort();
      } catch (IOException e) {
        throw new IllegalStateException("cannot bind any TCP port on 127.0.0.1", e);
      }
      if (udpFree("127.0.0.1", port) && udpFree("::1", port) && tcpFree("::1", port)) {
        return port;
      }
    }
    throw new IllegalStateException("no port free for UDP and TCP on 127.0.0.1 and ::1 in 50 tries");
  }

  private static boolean udpFree(String host, int port) {
    try (DatagramSocket socket = new DatagramSocket(null)) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
      return true;
    } catch (IOException e) {
      return !hasAddress(host);
    }
  }

  private static boolean tcpFree(String host, int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
      return true;
    } catch (IOException e) {
      return !hasAddress(host);
    }
  }

  /** A host without IPv6 cannot bind ::1 at all; that says nothing about the port. */
  private static boolean hasAddress(String host) {
    try (DatagramSocket socket = new DatagramSocket(null)) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
