package dev.userpool.testkit.spring;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.token.WellKnown;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The in-process mode's only HTTP: the pool's public keys ({@code /<poolId>/.well-known/jwks.json}) on a free port
 * of 127.0.0.1, for the resource server's {@code jwk-set-uri} (the tokens carry AWS's issuer, so there is no
 * discovery to serve). On the JDK's own
 * HTTP server, so the in-process mode needs nothing of Netty (Spring Boot 3.5 manages Netty 4.1, the local endpoint
 * runs on 4.2). Anything else is answered 404.
 */
final class KeysServer implements AutoCloseable {

  private final HttpServer server;

  private KeysServer(HttpServer server) {
    this.server = server;
  }

  static KeysServer start(TestPool pool) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("@AutoConfigureCognito: no free port on 127.0.0.1 for the pool's keys", e);
    }
    String prefix = "/" + pool.id().value();
    server.createContext("/", exchange -> {
      try (exchange) {
        String path = exchange.getRequestURI().getPath();
        if (!"GET".equals(exchange.getRequestMethod())) {
          answer(exchange, 405, "{}");
        } else if (path.equals(prefix + WellKnown.JWKS_PATH)) {
          answer(exchange, 200, pool.jwks());
        } else {
          answer(exchange, 404, "{}");
        }
      }
    });
    server.start();
    return new KeysServer(server);
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** {@code http://127.0.0.1:<port>}. */
  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
