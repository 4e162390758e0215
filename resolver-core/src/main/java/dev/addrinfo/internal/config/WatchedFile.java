package dev.addrinfo.internal.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A parsed configuration file that follows the file: {@link #get()} re-reads and re-parses it when
 * its modification time, size or file key (inode) has changed, as glibc does for resolv.conf,
 * nsswitch.conf and hosts. The file is looked at no more than once per check interval of the
 * injected clock; between checks {@code get()} is one volatile read and one clock read, with no
 * lock and no file system call. When a check is due, one caller stats the file (and reads it if it
 * changed) while concurrent callers go on with the previous value.
 *
 * <p>A missing file is parsed as null text; so is a file that cannot be read, whose error goes to
 * the error consumer and never to the caller. A change that keeps size and modification time (two
 * writes within the file system's time granularity) is not seen, as with glibc.
 *
 * @param <T> the parsed value, immutable
 */
public final class WatchedFile<T> {
  private record Stamp(FileTime modified, long size, Object fileKey) {
    static final Stamp MISSING = new Stamp(null, -1, null);
  }

  private record Snapshot<T>(T value, Stamp stamp, long nextCheckMillis) {}

  private final Path path;
  private final Function<String, T> parser;
  private final InstantSource clock;
  private final Duration checkInterval;
  private final Consumer<IOException> errors;
  private final AtomicBoolean checking = new AtomicBoolean();
  private volatile Snapshot<T> snapshot;

  /** Watches path, reporting I/O errors to the platform logger. */
  public WatchedFile(Path path, Function<String, T> parser, InstantSource clock, Duration checkInterval) {
    this(path, parser, clock, checkInterval, e -> System.getLogger(WatchedFile.class.getName())
        .log(System.Logger.Level.WARNING, "cannot read " + path + ", using no file: " + e));
  }

  public WatchedFile(Path path, Function<String, T> parser, InstantSource clock, Duration checkInterval,
      Consumer<IOException> errors) {
    this.path = Objects.requireNonNull(path, "path");
    this.parser = Objects.requireNonNull(parser, "parser");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.checkInterval = Objects.requireNonNull(checkInterval, "checkInterval");
    this.errors = Objects.requireNonNull(errors, "errors");
    if (checkInterval.isNegative()) {
      throw new IllegalArgumentException("check interval must not be negative: " + checkInterval);
    }
  }

  /** The value parsed from the file as it was at the last check. */
  public T get() {
    Snapshot<T> s = snapshot;
    if (s == null) {
      return firstLoad();
    }
    long now = clock.millis();
    if (now < s.nextCheckMillis() || !checking.compareAndSet(false, true)) {
      return s.value();
    }
    try {
      Snapshot<T> fresh = check(snapshot, now);
      snapshot = fresh;
      return fresh.value();
    } finally {
      checking.set(false);
    }
  }

  private synchronized T firstLoad() {
    if (snapshot == null) {
      snapshot = check(null, clock.millis());
    }
    return snapshot.value();
  }

  private Snapshot<T> check(Snapshot<T> previous, long now) {
    long next = now + checkInterval.toMillis();
    Stamp stamp = stamp();
    if (previous != null && previous.stamp().equals(stamp)) {
      return new Snapshot<>(previous.value(), stamp, next);
    }
    String text = null;
    if (stamp != Stamp.MISSING) {
      try {
        text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
      } catch (NoSuchFileException | NotDirectoryException e) {
        stamp = Stamp.MISSING;
      } catch (IOException e) {
        errors.accept(e);
      }
    }
    return new Snapshot<>(parser.apply(text), stamp, next);
  }

  private Stamp stamp() {
    try {
      BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
      return new Stamp(a.lastModifiedTime(), a.size(), a.fileKey());
    } catch (NoSuchFileException | NotDirectoryException e) {
      return Stamp.MISSING;
    } catch (IOException e) {
      errors.accept(e);
      return Stamp.MISSING;
    }
  }
}
