package dev.addrinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library as a modular application uses it: a consumer module that requires
 * {@code dev.addrinfo.netty} compiles and runs on the module path alone (the descriptors name every
 * module they need), and one that reaches into {@code dev.addrinfo.internal} does not compile.
 */
class ModulePathTest {
  @TempDir
  Path dir;

  /** The library's own modules and Netty's, as the build put them on this test's class path. */
  private static String modulePath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.contains("test-classes") && !e.endsWith("-tests.jar"))
        .filter(e -> e.matches(".*(services-db|resolver-core|resolver-netty)[/-].*") || e.contains("/io/netty/"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private Path consumer(String mainBody) throws IOException {
    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("consumer"));
    Files.writeString(src.resolve("module-info.java"), "module consumer { requires dev.addrinfo.netty; }\n");
    Files.writeString(src.resolve("consumer/Main.java"), "package consumer;\n"
        + "public class Main {\n  public static void main(String[] args) throws Exception {\n" + mainBody + "\n  }\n}\n");
    return src;
  }

  private String compile(Path src, Path out) throws IOException {
    List<String> args = new ArrayList<>(List.of("--release", "17", "--module-path", modulePath(), "-d", out.toString()));
    try (Stream<Path> files = Files.walk(src)) {
      files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = ToolProvider.getSystemJavaCompiler().run(null, null, new PrintStream(err, true, StandardCharsets.UTF_8),
        args.toArray(String[]::new));
    String text = err.toString(StandardCharsets.UTF_8);
    return rc == 0 ? "" : text.isEmpty() ? "javac exited " + rc : text;
  }

  @Test
  void aConsumerModuleResolvesThroughTheModulePathAlone() throws Exception {
    Path out = dir.resolve("out");
    String errors = compile(consumer(
        "    try (dev.addrinfo.Resolver r = dev.addrinfo.netty.NettyResolver.system()) {\n"
        + "      var hints = dev.addrinfo.Hints.builder().socketType(dev.addrinfo.Linux.SOCK_STREAM)"
        + ".flags(dev.addrinfo.Linux.AI_NUMERICHOST).build();\n"
        + "      for (var a : r.getAddrInfo(\"127.1\", \"80\", hints).join()) {\n"
        + "        System.out.println(dev.addrinfo.NumericAddresses.toString(a.address().getAddress()) + \" \""
        + " + a.address().getPort());\n"
        + "      }\n"
        + "    }"), out);
    assertEquals("", errors);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "--module-path", out + File.pathSeparator + modulePath(),
        "-m", "consumer/consumer.Main").redirectErrorStream(true).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the consumer did not finish in 60 s");
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), output);
    assertEquals("127.0.0.1 80", output.strip());
  }

  @Test
  void theInternalPackagesAreClosedToOtherModules() throws Exception {
    String errors = compile(consumer("    System.out.println(dev.addrinfo.internal.Engine.class);"), dir.resolve("out"));
    assertFalse(errors.isEmpty(), "a reference to dev.addrinfo.internal compiled");
    assertTrue(errors.contains("package dev.addrinfo.internal is not visible"), errors);
  }
}
