package dev.addrinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resolve.jar is run by the comparison only if it holds exactly this build's classes. */
class ResolveJarTest {

  @TempDir
  Path dir;

  private Path jar(Map<String, byte[]> entries) throws IOException {
    Path jar = Files.createTempFile(dir, "resolve-", ".jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new JarEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return jar;
  }

  private static Map<String, byte[]> build() throws IOException {
    Map<String, byte[]> entries = new TreeMap<>(ResolveJar.moduleContents());
    entries.put("META-INF/services/anything", new byte[] {1});
    entries.put("picocli/CommandLine.class", new byte[] {2});
    return entries;
  }

  @Test
  void aJarOfThisBuildsModulesPasses() throws IOException {
    Path jar = jar(build());
    assertEquals("", ResolveJar.problem(jar));
    assertEquals(jar, ResolveJar.verify(jar));
  }

  @Test
  void aClassThatChangedSinceTheJarWasBuiltIsNamed() throws IOException {
    Map<String, byte[]> entries = build();
    entries.put("dev/addrinfo/netty/NettyResolver.class", new byte[] {(byte) 0xCA, (byte) 0xFE});
    Path jar = jar(entries);
    assertEquals("dev/addrinfo/netty/NettyResolver.class differs from the build's", ResolveJar.problem(jar));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ResolveJar.verify(jar));
    assertTrue(e.getMessage().contains("mvn -B verify"), e.getMessage());
  }

  @Test
  void aClassAddedSinceTheJarWasBuiltIsNamed() throws IOException {
    Map<String, byte[]> entries = build();
    entries.remove("dev/addrinfo/AddrInfo.class");
    assertEquals("dev/addrinfo/AddrInfo.class is missing from it", ResolveJar.problem(jar(entries)));
  }

  @Test
  void aClassDeletedSinceTheJarWasBuiltIsNamed() throws IOException {
    Map<String, byte[]> entries = build();
    entries.put("dev/addrinfo/internal/Gone.class", new byte[] {3});
    assertEquals("dev/addrinfo/internal/Gone.class is in it but in none of the modules' output",
        ResolveJar.problem(jar(entries)));
  }

  @Test
  void aFileThatIsNoJarIsReported() throws IOException {
    Path notAJar = Files.writeString(dir.resolve("resolve.jar"), "not a jar");
    assertTrue(ResolveJar.problem(notAJar).startsWith("it cannot be read"), ResolveJar.problem(notAJar));
  }
}
