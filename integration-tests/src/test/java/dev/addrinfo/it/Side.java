package dev.addrinfo.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One side of a comparison: how to turn a case's arguments (the {@code resolve} command's
 * syntax) into a command line. {@link #fromSystemProperty()} picks the Java side: the
 * {@code resolve.jar} this build made (checked by {@link ResolveJar#verify}), another jar named by
 * {@code -Daddrinfo.compare.java=PATH} (used as it is), or with {@code -Daddrinfo.compare.java=glibc}
 * the C program again, which proves the harness itself.
 */
public interface Side {

  String name();

  List<String> command(List<String> args);

  /** glibc, through gai.c. */
  static Side glibc() {
    Path gai = GaiProgram.binary();
    return new Side() {
      @Override
      public String name() {
        return "glibc";
      }

      @Override
      public List<String> command(List<String> args) {
        List<String> command = new ArrayList<>(List.of(gai.toString()));
        command.addAll(args);
        return command;
      }
    };
  }

  /**
   * {@code java OPTIONS -jar resolve.jar --json ARGS}, with --json after "reverse" for the
   * subcommand; OPTIONS only make it start faster ({@link ResolveJar#jvmOptions}).
   */
  static Side javaCli(Path jar) {
    return javaCli(jar, List.of());
  }

  /** As {@link #javaCli(Path)}, with {@code resolveOptions} (such as {@code --0x20}) after {@code --json}. */
  static Side javaCli(Path jar, List<String> resolveOptions) {
    List<String> java = new ArrayList<>(List.of(ResolveJar.java()));
    java.addAll(ResolveJar.jvmOptions(jar));
    return new Side() {
      @Override
      public String name() {
        return resolveOptions.isEmpty() ? "resolve.jar" : "resolve.jar " + String.join(" ", resolveOptions);
      }

      @Override
      public List<String> command(List<String> args) {
        List<String> command = new ArrayList<>(java);
        command.add("-jar");
        command.add(jar.toString());
        boolean reverse = !args.isEmpty() && args.get(0).equals("reverse");
        if (reverse) {
          command.add("reverse");
        }
        command.add("--json");
        command.addAll(resolveOptions);
        command.addAll(reverse ? args.subList(1, args.size()) : args);
        return command;
      }
    };
  }

  /**
   * The Java side chosen by {@code addrinfo.compare.java}: "glibc", a jar path, or by default
   * resolver-cli's {@code target/resolve.jar}, which must be this build's.
   */
  static Side fromSystemProperty() {
    return fromSystemProperty(List.of());
  }

  /** As {@link #fromSystemProperty()}, the Java side run with {@code resolveOptions} (glibc takes none). */
  static Side fromSystemProperty(List<String> resolveOptions) {
    String chosen = System.getProperty("addrinfo.compare.java");
    if ("glibc".equals(chosen)) {
      return glibc();
    }
    Path jar = Path.of(chosen == null ? "../resolver-cli/target/resolve.jar" : chosen)
        .toAbsolutePath().normalize();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " does not exist: build resolver-cli first "
          + "(mvn verify from the root packages it before these tests run), point "
          + "-Daddrinfo.compare.java at the jar, or use -Daddrinfo.compare.java=glibc");
    }
    return javaCli(chosen == null ? ResolveJar.verify(jar) : jar, resolveOptions);
  }
}
