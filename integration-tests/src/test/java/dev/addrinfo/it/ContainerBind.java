package dev.addrinfo.it;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * BIND in a container ({@value #IMAGE}, or the image named by the system property
 * {@code addrinfo.bind.image}) with the test zones copied in. DNS needs the same port for UDP and
 * TCP, which Testcontainers' random mapping does not give, so one free host port is bound for both.
 * Costs an image pull the first time and a second or two per start after that.
 */
final class ContainerBind implements BindServer {

  static final String IMAGE = "internetsystemsconsortium/bind9:9.18";
  private static final String CONF_DIR = "/etc/addrinfo";

  private final GenericContainer<?> container;
  private final InetSocketAddress address;
  private final Path dir;

  private ContainerBind(GenericContainer<?> container, InetSocketAddress address, Path dir) {
    this.container = container;
    this.address = address;
    this.dir = dir;
  }

  @SuppressWarnings("resource") // closed in close(); Testcontainers' Ryuk also reaps it on JVM exit
  static ContainerBind start() {
    int port = FreePort.find();
    Path dir = writeConfig();
    GenericContainer<?> container =
        new GenericContainer<>(DockerImageName.parse(System.getProperty("addrinfo.bind.image", IMAGE)))
            .withCopyFileToContainer(MountableFile.forHostPath(dir), CONF_DIR)
            .withCreateContainerCmdModifier(cmd -> {
              cmd.withEntrypoint("/usr/sbin/named");
              cmd.withCmd("-g", "-c", CONF_DIR + "/named.conf");
              cmd.withExposedPorts(ExposedPort.udp(53), ExposedPort.tcp(53));
              cmd.getHostConfig().withPortBindings(
                  new PortBinding(Ports.Binding.bindPort(port), ExposedPort.udp(53)),
                  new PortBinding(Ports.Binding.bindPort(port), ExposedPort.tcp(53)));
            });
    container.start();
    InetSocketAddress address = new InetSocketAddress(container.getHost(), port);
    ContainerBind server = new ContainerBind(container, address, dir);
    try {
      BindServer.awaitAnswer(address, System.nanoTime() + READY_TIMEOUT.toNanos(), () -> {
        if (!container.isRunning()) {
          throw new IllegalStateException("the BIND container stopped:\n" + container.getLogs());
        }
      });
    } catch (RuntimeException e) {
      String logs = container.getLogs();
      server.close();
      throw new IllegalStateException(e.getMessage() + "; container log:\n" + logs, e);
    }
    return server;
  }

  private static Path writeConfig() {
    try {
      Path dir = Files.createTempDirectory("addrinfo-bind-container-");
      Zones.copyTo(dir.resolve("zones"));
      Files.writeString(dir.resolve("named.conf"),
          NamedConf.render("/tmp", CONF_DIR + "/zones", 53, "any", "any"));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the BIND container's configuration", e);
    }
  }

  @Override
  public InetSocketAddress address() {
    return address;
  }

  @Override
  public String description() {
    return "container " + container.getDockerImageName() + " (" + container.getContainerId() + ")";
  }

  @Override
  public void close() {
    container.stop();
    LocalNamed.deleteTree(dir);
  }
}
