package dev.addrinfo.internal.numeric;

import java.io.IOException;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@link ScopeIds} answered by the JDK's view of the host's interfaces, and on Linux by sysfs for the
 * interfaces the JDK cannot see: it lists only interfaces that hold an address, while
 * if_nametoindex(3) knows every one (an "ifb0" that is down resolves in glibc). sysfs shows the
 * network namespace it was mounted in, which is the process's own unless /sys is stale after
 * unshare(1).
 */
final class SystemScopeIds implements ScopeIds {
  static final SystemScopeIds INSTANCE = new SystemScopeIds(Path.of("/sys/class/net"));

  private final Path sysClassNet;

  /** @param sysClassNet sysfs's class/net directory, one folder per interface with an "ifindex" file */
  SystemScopeIds(Path sysClassNet) {
    this.sysClassNet = sysClassNet;
  }

  @Override
  public OptionalInt indexOf(String interfaceName) {
    if (!isPlainName(interfaceName)) {
      return OptionalInt.empty();
    }
    try {
      NetworkInterface nif = NetworkInterface.getByName(interfaceName);
      if (nif != null && nif.getIndex() > 0) {
        return OptionalInt.of(nif.getIndex());
      }
    } catch (SocketException e) {
      // fall through to sysfs
    }
    int index = readIndex(sysClassNet.resolve(interfaceName));
    return index > 0 ? OptionalInt.of(index) : OptionalInt.empty();
  }

  @Override
  public Optional<String> nameOf(int index) {
    if (index <= 0) {
      return Optional.empty();
    }
    try {
      NetworkInterface nif = NetworkInterface.getByIndex(index);
      if (nif != null) {
        return Optional.of(nif.getName());
      }
    } catch (SocketException e) {
      // fall through to sysfs
    }
    try (DirectoryStream<Path> interfaces = Files.newDirectoryStream(sysClassNet)) {
      for (Path dir : interfaces) {
        if (readIndex(dir) == index) {
          return Optional.of(dir.getFileName().toString());
        }
      }
    } catch (IOException | SecurityException e) {
      // no sysfs (not Linux, or not mounted): the JDK's answer stands
    }
    return Optional.empty();
  }

  /** A name the kernel could hold, and that cannot walk out of the sysfs directory. */
  private static boolean isPlainName(String name) {
    if (name.isEmpty() || name.length() > 15 || name.equals(".") || name.equals("..")) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '/' || c == ':' || c == '\0' || Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private static int readIndex(Path interfaceDir) {
    try {
      return Integer.parseInt(Files.readString(interfaceDir.resolve("ifindex")).strip());
    } catch (IOException | NumberFormatException | SecurityException e) {
      return -1;
    }
  }

  @Override
  public String toString() {
    return "ScopeIds.system()";
  }
}
