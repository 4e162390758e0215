package dev.addrinfo.it;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one BIND with the test zones before the first test of a class and stops it after the
 * last: {@code @RegisterExtension static final BindExtension bind = new BindExtension();}, then
 * {@code bind.address()} in tests. See {@link BindServer#start()} for where BIND runs.
 */
public final class BindExtension implements BeforeAllCallback, AfterAllCallback {

  private BindServer server;

  @Override
  public void beforeAll(ExtensionContext context) {
    server = BindServer.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  /** The running server's address; only valid between beforeAll and afterAll. */
  public InetSocketAddress address() {
    return server().address();
  }

  public BindServer server() {
    if (server == null) {
      throw new IllegalStateException("BIND is not running: register BindExtension as a static field");
    }
    return server;
  }
}
