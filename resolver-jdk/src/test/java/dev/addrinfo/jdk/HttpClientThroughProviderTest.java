package dev.addrinfo.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JDK's {@link HttpClient}, unchanged, reaches the JDK's HTTP server on 127.0.0.1 by a name
 * that only BIND knows ({@code loopback-http} in Zones.md): the client resolves it through the
 * provider, as every library in the JVM would.
 */
@ExtendWith(ProviderBind.class)
class HttpClientThroughProviderTest {

  /** Far longer than a request to this machine takes; a busy machine slows the test rather than failing it. */
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private HttpServer server;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = ("hello " + exchange.getRequestHeaders().getFirst("Host")).getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {ProviderBind.BIND_ONLY_NAME, "loopback-http"})
  void httpClientReachesALoopbackServerByANameOnlyBindKnows(String host) throws Exception {
    String authority = host + ":" + server.getAddress().getPort();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + authority + "/")).timeout(TIMEOUT).build();
    try (HttpClient client = HttpClient.newBuilder()
        .proxy(HttpClient.Builder.NO_PROXY)
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(TIMEOUT)
        .build()) {

      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

      assertEquals(200, response.statusCode());
      assertEquals("hello " + authority, response.body());
    }
  }
}
