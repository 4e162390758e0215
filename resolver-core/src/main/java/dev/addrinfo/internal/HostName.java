package dev.addrinfo.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** gethostname() without the JDK's InetAddress.getLocalHost(), which may ask DNS. */
final class HostName {
  private HostName() {}

  static String read() {
    try {
      return Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.US_ASCII).trim();
    } catch (IOException | RuntimeException e) {
      String env = System.getenv("HOSTNAME");
      return env == null ? "" : env;
    }
  }

  /** The part after the first dot, or null. */
  static String domainOf(String hostName) {
    int dot = hostName == null ? -1 : hostName.indexOf('.');
    return dot < 0 || dot == hostName.length() - 1 ? null : hostName.substring(dot + 1);
  }
}
