package dev.addrinfo.it;

import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.DockerClientFactory;

/**
 * Whether a Docker engine is reachable, answered quickly when plainly not: Testcontainers' own
 * probe tries several strategies and can take seconds, so it is consulted only when something
 * points at an engine (DOCKER_HOST, a socket, or a Testcontainers configuration file).
 */
final class DockerCheck {

  private DockerCheck() {}

  static boolean engineReachable() {
    String home = System.getProperty("user.home", "/");
    boolean hint = System.getenv("DOCKER_HOST") != null
        || Files.exists(Path.of("/var/run/docker.sock"))
        || Files.exists(Path.of(home, ".docker/run/docker.sock"))
        || Files.exists(Path.of(home, ".testcontainers.properties"));
    return hint && DockerClientFactory.instance().isDockerAvailable();
  }
}
