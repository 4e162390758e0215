package dev.addrinfo.testing.leak;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class after which Netty reports a leak: a buffer, or any other resource Netty tracks,
 * dropped without being released. Registered in META-INF/services, so every test class of a module
 * with test-support on its test class path gets it when {@code junit.jupiter.extensions.autodetection.enabled}
 * is true (the parent pom sets it for surefire). Netty's detector runs at paranoid level.
 *
 * <p>A leak is seen only once its buffer has been garbage-collected, so a report may surface after a
 * later class than the one that leaked; the report's access records name the code. Costs one or two
 * full collections (tens of ms) per test class, and nothing in a JVM where Netty never ran.
 */
public final class NettyLeakCheck implements AfterAllCallback {
  private static final long CANARY_WAIT_NANOS = TimeUnit.SECONDS.toNanos(10);

  static {
    LeakReports.install();
  }

  @Override
  public void afterAll(ExtensionContext context) throws InterruptedException {
    if (!LeakReports.nettyUsed()) {
      return;
    }
    List<String> leaks = LeakReports.drain(CANARY_WAIT_NANOS);
    if (!leaks.isEmpty()) {
      throw new AssertionError(leaks.size() + " Netty leak report(s) after " + context.getDisplayName() + ":\n"
          + String.join("\n\n", leaks));
    }
  }
}
