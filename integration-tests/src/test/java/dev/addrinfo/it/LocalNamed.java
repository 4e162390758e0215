package dev.addrinfo.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The host's {@code named} binary, run in the foreground ({@code -g}) from its own temporary
 * directory, listening on 127.0.0.1 and ::1 on a free port. A shutdown hook stops it if the JVM
 * exits without {@link #close()}. Its log is kept in {@code named.log} in that directory until close.
 */
final class LocalNamed implements BindServer {

  private static final List<Path> SEARCH = List.of(
      Path.of("/usr/sbin"), Path.of("/usr/local/sbin"), Path.of("/sbin"));

  private final Process process;
  private final Path dir;
  private final InetSocketAddress address;
  private final Thread hook;

  private LocalNamed(Process process, Path dir, InetSocketAddress address) {
    this.process = process;
    this.dir = dir;
    this.address = address;
    this.hook = new Thread(process::destroyForcibly, "stop-named");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  static LocalNamed start() {
    Path named = executable();
    for (int attempt = 1; ; attempt++) {
      LocalNamed server = startOnce(named, FreePort.find());
      // Another process can take the port between FreePort and named's bind; named then keeps
      // running without that socket, so the log is the only place that says so.
      if (!server.log().contains("address in use") || attempt == 3) {
        return server;
      }
      server.close();
    }
  }

  /** The {@code named} binary on PATH or in the usual sbin directories, or a clear failure. */
  static Path executable() {
    return executable(System.getenv().getOrDefault("PATH", ""), SEARCH);
  }

  static Path executable(String pathVariable, List<Path> search) {
    Stream<Path> path = Stream.of(pathVariable.split(":")).filter(p -> !p.isEmpty()).map(Path::of);
    return Stream.concat(path, search.stream())
        .map(dir -> dir.resolve("named"))
        .filter(Files::isExecutable)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("BIND's 'named' was not found on PATH or in "
            + search + " and no Docker engine is reachable; install it with "
            + "'apt-get install -y bind9 bind9-dnsutils'"));
  }

  private static LocalNamed startOnce(Path named, int port) {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    try {
      Path dir = Files.createTempDirectory("addrinfo-named-");
      Path zones = Zones.copyTo(dir.resolve("zones"));
      Path conf = dir.resolve("named.conf");
      Files.writeString(conf, NamedConf.render(dir, zones, port, "127.0.0.1", "::1"));
      Process process = new ProcessBuilder(named.toString(), "-g", "-c", conf.toString())
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve("named.log").toFile())
          .start();
      LocalNamed server = new LocalNamed(process, dir,
          new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
      try {
        BindServer.awaitAnswer(server.address, deadline, server::checkAlive);
      } catch (RuntimeException e) {
        String log = server.log();
        server.close();
        throw new IllegalStateException(e.getMessage() + "; named's log:\n" + log, e);
      }
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + named, e);
    }
  }

  private void checkAlive() {
    if (!process.isAlive()) {
      throw new IllegalStateException("named exited with status " + process.exitValue());
    }
  }

  String log() {
    try {
      return Files.readString(dir.resolve("named.log"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public InetSocketAddress address() {
    return address;
  }

  @Override
  public String description() {
    return "local named (pid " + process.pid() + ", dir " + dir + ")";
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the hook is running or will run; nothing left to undo
    }
    deleteTree(dir);
  }

  static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary directory is harmless
    }
  }
}
