package dev.addrinfo.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One side of a comparison: how to turn a case's arguments (the {@code resolve} command's
 * syntax) into a command line. {@link #fromSystemProperty()} picks the Java side: the
 * {@code resolve.jar} built by resolver-cli, or with {@code -Daddrinfo.compare.java=glibc} the
 * C program again, which proves the harness itself.
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

  /** {@code java -jar resolve.jar --json ARGS}, with --json after "reverse" for the subcommand. */
  static Side javaCli(Path jar) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new Side() {
      @Override
      public String name() {
        return "resolve.jar";
      }

      @Override
      public List<String> command(List<String> args) {
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString()));
        boolean reverse = !args.isEmpty() && args.get(0).equals("reverse");
        if (reverse) {
          command.add("reverse");
        }
        command.add("--json");
        command.addAll(reverse ? args.subList(1, args.size()) : args);
        return command;
      }
    };
  }

  /** The Java side chosen by {@code addrinfo.compare.java}: "glibc", or a jar path. */
  static Side fromSystemProperty() {
    String chosen = System.getProperty("addrinfo.compare.java", "../resolver-cli/target/resolve.jar");
    if (chosen.equals("glibc")) {
      return glibc();
    }
    Path jar = Path.of(chosen).toAbsolutePath().normalize();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " does not exist: build resolver-cli first "
          + "(mvn verify from the root packages it before these tests run), point "
          + "-Daddrinfo.compare.java at the jar, or use -Daddrinfo.compare.java=glibc");
    }
    return javaCli(jar);
  }
}
