package dev.addrinfo.jdk.user;

import java.net.InetAddress;
import java.net.spi.InetAddressResolverProvider;
import java.util.Arrays;
import java.util.ServiceLoader;

/**
 * A program that knows nothing of addrinfo. It prints which resolver provider the JDK finds (and
 * whether from a named module or the class path), then
 * for each argument one line: a host name resolved with {@link InetAddress#getAllByName}
 * ({@code resolved HOST [..]} or {@code failed HOST exception}), or for {@code reverse:ADDRESS} the
 * address's {@link InetAddress#getHostName} ({@code name ADDRESS NAME}); last the threads whose
 * names start with "addrinfo". It returns from main without System.exit, so that its JVM exits only
 * if every thread still running is a daemon. Run in JVMs of their own by the tests of
 * {@code dev.addrinfo.jdk}; in a package of its own, since on the module path that package is the
 * module's.
 */
public final class ResolveMain {
  private ResolveMain() {}

  public static void main(String[] args) {
    System.out.println("provider " + ServiceLoader.load(InetAddressResolverProvider.class).findFirst()
        .map(p -> p.name() + " from " + (p.getClass().getModule().isNamed()
            ? "module " + p.getClass().getModule().getName() : "the class path"))
        .orElse("none"));
    for (String arg : args) {
      if (arg.startsWith("reverse:")) {
        String literal = arg.substring("reverse:".length());
        try {
          InetAddress address = InetAddress.getByAddress(InetAddress.getByName(literal).getAddress());
          System.out.println("name " + literal + " " + address.getHostName());
        } catch (Exception e) {
          System.out.println("failed " + arg + " " + e);
        }
        continue;
      }
      try {
        System.out.println("resolved " + arg + " " + Arrays.toString(InetAddress.getAllByName(arg)));
      } catch (Exception e) {
        System.out.println("failed " + arg + " " + e);
      }
    }
    Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("addrinfo"))
        .forEach(t -> System.out.println("thread " + t.getName() + " daemon=" + t.isDaemon()));
  }
}
