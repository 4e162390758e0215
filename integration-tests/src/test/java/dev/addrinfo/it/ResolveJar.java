package dev.addrinfo.it;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The {@code resolve.jar} the comparison runs: proof that it is the one this build made, and JVM
 * options that start it about three times faster.
 *
 * <p>A comparison against a jar left over from an older build would pass or fail for the wrong
 * code, so {@link #verify} requires every class and resource of the four modules it is made of
 * (services-db, resolver-core, resolver-netty, resolver-cli), as this test run sees them on its
 * class path (the reactor's output), to be in the jar byte for byte, and the jar to hold no
 * {@code dev/addrinfo} entry that the modules lack. Reading the jar takes about 100 ms, once.
 *
 * <p>{@link #jvmOptions} makes a class-data-sharing archive of the jar's classes once per test JVM
 * (about 2 s) and runs the client compiler only: a DNS case then takes about 0.4 s instead of
 * 1.3 s on a busy two-core machine. Neither changes what the program does.
 */
final class ResolveJar {

  /** One class of each module whose output must be in the jar. */
  private static final List<String> MODULE_CLASSES = List.of(
      "dev.addrinfo.services.ServicesDb",
      "dev.addrinfo.AddrInfo",
      "dev.addrinfo.netty.NettyResolver",
      "dev.addrinfo.cli.ResolveCommand");

  private static final Map<Path, String> VERIFIED = new HashMap<>();
  private static final Map<Path, List<String>> OPTIONS = new HashMap<>();

  private ResolveJar() {}

  /**
   * Returns {@code jar} if it holds exactly the modules' current output; otherwise fails naming the
   * first class that differs and how to rebuild.
   */
  static synchronized Path verify(Path jar) {
    String problem = VERIFIED.computeIfAbsent(jar, ResolveJar::problem);
    if (!problem.isEmpty()) {
      throw new IllegalStateException(jar + " is not the resolve.jar of this build: " + problem
          + ". Run the whole build from the root ('mvn -B verify'), which packages resolver-cli "
          + "before integration-tests runs, or point -Daddrinfo.compare.java at a jar to use as it is");
    }
    return jar;
  }

  /** Why {@link #verify} fails for {@code jar}, or "". */
  static String problem(Path jar) {
    try (JarFile file = new JarFile(jar.toFile())) {
      TreeSet<String> ours = new TreeSet<>();
      file.stream().map(JarEntry::getName)
          .filter(name -> name.startsWith("dev/addrinfo/") && !name.endsWith("/"))
          .forEach(ours::add);
      for (Map.Entry<String, byte[]> entry : moduleContents().entrySet()) {
        String name = entry.getKey();
        JarEntry inJar = file.getJarEntry(name);
        if (inJar == null) {
          return name + " is missing from it";
        }
        try (InputStream in = file.getInputStream(inJar)) {
          if (!Arrays.equals(entry.getValue(), in.readAllBytes())) {
            return name + " differs from the build's";
          }
        }
        ours.remove(name);
      }
      return ours.isEmpty() ? "" : ours.first() + " is in it but in none of the modules' output";
    } catch (IOException e) {
      return "it cannot be read (" + e.getMessage() + ")";
    }
  }

  /** Every class and resource of the jar's four modules, as this JVM's class path has them. */
  static Map<String, byte[]> moduleContents() throws IOException {
    Map<String, byte[]> all = new TreeMap<>();
    for (String className : MODULE_CLASSES) {
      all.putAll(contents(classPathRoot(className)));
    }
    return all;
  }

  /** The directory or jar on this JVM's class path that {@code className} was loaded from. */
  private static Path classPathRoot(String className) {
    try {
      return Path.of(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (ClassNotFoundException | URISyntaxException e) {
      throw new IllegalStateException("cannot find where " + className + " comes from", e);
    }
  }

  /**
   * Every file under a class-path root except META-INF (manifests, merged service files) and the
   * module descriptor, which resolver-cli's shading leaves out (one jar holds one module at most).
   */
  private static Map<String, byte[]> contents(Path root) throws IOException {
    Map<String, byte[]> contents = new HashMap<>();
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
          String name = root.relativize(f).toString().replace('\\', '/');
          if (!name.startsWith("META-INF/") && !name.equals("module-info.class")) {
            contents.put(name, Files.readAllBytes(f));
          }
        }
      }
      return contents;
    }
    try (JarFile file = new JarFile(root.toFile())) {
      for (JarEntry e : (Iterable<JarEntry>) file.stream()::iterator) {
        if (!e.isDirectory() && !e.getName().startsWith("META-INF/") && !e.getName().equals("module-info.class")) {
          try (InputStream in = file.getInputStream(e)) {
            contents.put(e.getName(), in.readAllBytes());
          }
        }
      }
    }
    return contents;
  }

  /**
   * Options for {@code java ... -jar jar}: the client compiler, the serial collector, and a shared
   * archive of the jar's classes when one could be made (without it the program only starts slower).
   */
  static synchronized List<String> jvmOptions(Path jar) {
    return OPTIONS.computeIfAbsent(jar, ResolveJar::makeOptions);
  }

  private static List<String> makeOptions(Path jar) {
    List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    try {
      Path dir = Files.createTempDirectory("addrinfo-cds-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> LocalNamed.deleteTree(dir)));
      Path archive = dir.resolve("resolve.jsa");
      Path empty = Files.writeString(dir.resolve("empty"), "");
      // A lookup that loads the DNS path too: its only server is a closed port, which refuses at once.
      List<String> dump = new ArrayList<>(List.of(java(), "-XX:ArchiveClassesAtExit=" + archive));
      dump.addAll(options);
      dump.addAll(List.of("-jar", jar.toString(), "--json", "--hosts=" + empty, "--resolv-conf=" + empty,
          "--nameserver=127.0.0.1:" + closedUdpPort(), "cds-probe.invalid", "80"));
      Process p = new ProcessBuilder(dump).redirectErrorStream(true)
          .redirectOutput(dir.resolve("dump.log").toFile()).start();
      if (p.waitFor(120, TimeUnit.SECONDS) && Files.isRegularFile(archive)) {
        options.add("-XX:SharedArchiveFile=" + archive);
      } else {
        p.destroyForcibly();
      }
    } catch (IOException e) {
      // No archive: the program runs the same, only slower to start.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return List.copyOf(options);
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int closedUdpPort() throws IOException {
    try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
      return probe.getLocalPort();
    }
  }
}
