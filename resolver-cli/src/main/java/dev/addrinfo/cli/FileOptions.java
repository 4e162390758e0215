package dev.addrinfo.cli;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The files a getaddrinfo or getnameinfo lookup reads instead of /etc's. A file named here must be
 * readable: one that is not is a usage error naming it and why, where a missing system file is
 * what glibc tolerates (and so does the resolver).
 */
final class FileOptions implements SharedOptions {
  @Option(names = "--hosts", paramLabel = "FILE", converter = ReadableFile.class,
      description = "Hosts file instead of /etc/hosts.")
  Path hosts;

  @Option(names = "--services", paramLabel = "FILE", converter = ReadableFile.class,
      description = "Services file instead of /etc/services.")
  Path services;

  @Option(names = "--nsswitch-conf", paramLabel = "FILE", converter = ReadableFile.class,
      description = "Name-service switch instead of /etc/nsswitch.conf (its hosts: line).")
  Path nsswitchConf;

  @Option(names = "--gai-conf", paramLabel = "FILE", converter = ReadableFile.class,
      description = "Address sorting policy instead of /etc/gai.conf.")
  Path gaiConf;

  /**
   * A path that can be opened for reading, and is not a directory; otherwise the reason in
   * strerror's words (the resolver would quietly read the file as missing).
   */
  static final class ReadableFile implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      Path path;
      try {
        path = Path.of(value);
      } catch (InvalidPathException e) {
        throw new TypeConversionException("'" + value + "' is not a file name: " + e.getReason());
      }
      String problem = problem(path);
      if (problem != null) {
        throw new TypeConversionException("cannot read '" + value + "': " + problem);
      }
      return path;
    }

    /** Why the file cannot be read, or null when it can. Opens it, reads nothing. */
    static String problem(Path path) {
      if (Files.isDirectory(path)) {
        return "Is a directory";
      }
      try (SeekableByteChannel channel = Files.newByteChannel(path)) {
        return null;
      } catch (NoSuchFileException e) {
        return "No such file or directory";
      } catch (AccessDeniedException e) {
        return "Permission denied";
      } catch (FileSystemException e) {
        return e.getReason() != null ? e.getReason() : e.getMessage();
      } catch (IOException e) {
        return e.getMessage();
      }
    }
  }
}
