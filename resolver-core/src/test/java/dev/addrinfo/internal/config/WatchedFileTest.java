package dev.addrinfo.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchedFileTest {
  @TempDir Path dir;

  /** A clock that moves only when told to. */
  static final class FakeClock implements InstantSource {
    Instant now = Instant.parse("2025-01-01T00:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }
  }

  private final FakeClock clock = new FakeClock();
  private final AtomicInteger parses = new AtomicInteger();
  private final List<IOException> errors = new ArrayList<>();

  /** Parses to a fresh object each time so identity shows whether the file was re-parsed. */
  private WatchedFile<Holder> watch(Path file) {
    return new WatchedFile<>(file, text -> {
      parses.incrementAndGet();
      return new Holder(text);
    }, clock, Duration.ofSeconds(5), errors::add);
  }

  record Holder(String text) {}

  private static void write(Path file, String text, int secondsAfterEpoch) throws IOException {
    Files.writeString(file, text);
    // Set the time explicitly: two writes within one clock tick of the file system must still differ.
    Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_000L + secondsAfterEpoch * 1000L));
  }

  @Test
  void rewrittenFileIsReadAfterTheCheckInterval() throws IOException {
    Path file = dir.resolve("hosts");
    write(file, "one", 0);
    WatchedFile<Holder> watched = watch(file);
    assertEquals("one", watched.get().text());
    write(file, "two!", 1);
    assertEquals("one", watched.get().text(), "not checked again before the interval");
    clock.advance(Duration.ofSeconds(5));
    assertEquals("two!", watched.get().text());
    assertEquals(2, parses.get());
  }

  @Test
  void unchangedFileKeepsTheSameInstance() throws IOException {
    Path file = dir.resolve("resolv.conf");
    write(file, "nameserver 127.0.0.1\n", 0);
    WatchedFile<Holder> watched = watch(file);
    Holder first = watched.get();
    for (int i = 0; i < 3; i++) {
      clock.advance(Duration.ofSeconds(10));
      assertSame(first, watched.get());
    }
    assertEquals(1, parses.get());
  }

  @Test
  void sameSizeSameTimeButNewInodeIsSeen() throws IOException {
    Path file = dir.resolve("hosts");
    write(file, "aaa", 0);
    WatchedFile<Holder> watched = watch(file);
    Holder first = watched.get();
    Path replacement = dir.resolve("hosts.new");
    write(replacement, "bbb", 0);
    Files.move(replacement, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    clock.advance(Duration.ofSeconds(5));
    Holder second = watched.get();
    assertNotSame(first, second);
    assertEquals("bbb", second.text());
  }

  @Test
  void deletedFileIsParsedAsNullAndReappearsWhenWrittenAgain() throws IOException {
    Path file = dir.resolve("host.conf");
    write(file, "multi on\n", 0);
    WatchedFile<Holder> watched = watch(file);
    assertEquals("multi on\n", watched.get().text());
    Files.delete(file);
    clock.advance(Duration.ofSeconds(5));
    assertNull(watched.get().text());
    Holder missing = watched.get();
    clock.advance(Duration.ofSeconds(5));
    assertSame(missing, watched.get(), "still missing: not parsed again");
    write(file, "multi off\n", 2);
    clock.advance(Duration.ofSeconds(5));
    assertEquals("multi off\n", watched.get().text());
    assertTrue(errors.isEmpty());
  }

  @Test
  void fileMissingFromTheStartIsParsedAsNull() {
    WatchedFile<Holder> watched = watch(dir.resolve("nsswitch.conf"));
    assertNull(watched.get().text());
    assertTrue(errors.isEmpty());
  }

  @Test
  void unreadableFileIsReportedAndParsedAsNull() {
    // A directory where a file is expected: stat works, reading fails with an I/O error.
    WatchedFile<Holder> watched = watch(dir);
    assertNull(watched.get().text());
    assertEquals(1, errors.size());
  }

  @Test
  void worksWithTheRealParsers() throws IOException {
    Path file = dir.resolve("hosts");
    write(file, "192.0.2.1 a\n", 0);
    WatchedFile<HostsFile> hosts = new WatchedFile<>(file, text -> HostsFile.parse(text, file.toString(), p -> { }),
        clock, Duration.ofSeconds(5));
    assertEquals(1, hosts.get().byName("a").size());
    Files.delete(file);
    clock.advance(Duration.ofSeconds(5));
    assertSame(HostsFile.EMPTY, hosts.get());
  }
}
