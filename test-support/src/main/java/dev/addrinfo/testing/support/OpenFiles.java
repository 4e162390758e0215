package dev.addrinfo.testing.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This process's open file descriptors, from /proc/self/fd (Linux), and how many of them are
 * sockets. Each call lists the directory: about 50 microseconds for a few hundred descriptors.
 */
public final class OpenFiles {
  private static final Path FD = Path.of("/proc/self/fd");

  private OpenFiles() {}

  /** Whether /proc/self/fd can be read here. */
  public static boolean available() {
    return Files.isDirectory(FD);
  }

  /** Open descriptors that are sockets (their link reads "socket:[inode]"). */
  public static int sockets() {
    int n = 0;
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(FD)) {
      for (Path fd : fds) {
        try {
          if (Files.readSymbolicLink(fd).toString().startsWith("socket:")) {
            n++;
          }
        } catch (IOException closedMeanwhile) {
          // the descriptor of the listing itself, or one closed since: not open now
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }
}
