package dev.addrinfo.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running BIND serving the test zones (see Zones.md), authoritative only. {@link #start()} runs
 * it in a container when a Docker engine is reachable and the local {@code named} otherwise (the
 * system property {@code addrinfo.bind=local|container} forces one); the choice is logged.
 * Local start-up takes well under a second on an idle machine; closing stops the server and
 * deletes its files.
 */
public interface BindServer extends AutoCloseable {

  /** Where to send queries: 127.0.0.1 and a port chosen at start (the server also listens on ::1). */
  InetSocketAddress address();

  /** "local named" or "container ..." - for logs and failure messages. */
  String description();

  @Override
  void close();

  /**
   * How long {@link #start()} waits for the first answer before giving up: far more than named
   * needs, so that a busy machine slows the tests down rather than failing them.
   */
  Duration READY_TIMEOUT = Duration.ofSeconds(30);

  static BindServer start() {
    Logger log = LoggerFactory.getLogger(BindServer.class);
    String forced = System.getProperty("addrinfo.bind", "auto");
    boolean container = switch (forced) {
      case "container" -> true;
      case "local" -> false;
      case "auto" -> DockerCheck.engineReachable();
      default -> throw new IllegalArgumentException(
          "addrinfo.bind must be auto, local or container, not: " + forced);
    };
    BindServer server = container ? ContainerBind.start() : LocalNamed.start();
    log.info("BIND for the tests: {} at {}", server.description(), server.address());
    return server;
  }

  /**
   * Polls with SOA queries until the server answers for every test zone or {@code deadline}
   * (nanoTime) passes: named answers for the zones it has loaded while it still loads the others.
   */
  static void awaitAnswer(InetSocketAddress address, long deadline, Runnable checkAlive) {
    for (Zones.Zone zone : Zones.ALL) {
      awaitZone(address, zone.origin(), deadline, checkAlive);
    }
  }

  private static void awaitZone(InetSocketAddress address, String zone, long deadline, Runnable checkAlive) {
    IOException last = null;
    while (System.nanoTime() < deadline) {
      checkAlive.run();
      try {
        DnsProbe.Answer answer = DnsProbe.query(address, zone, DnsProbe.TYPE_SOA, 200);
        if (answer.rcode() == 0 && answer.answerCount() == 1) {
          return;
        }
      } catch (IOException e) {
        last = e;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for BIND", e);
      }
    }
    throw new IllegalStateException("BIND at " + address + " did not answer an SOA query for "
        + zone + " within " + READY_TIMEOUT.toSeconds() + " s"
        + (last == null ? "" : " (last error: " + last.getMessage() + ")"));
  }
}
