package dev.userpool.testkit.endpoint;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.userpool.trigger.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/**
 * A small Lambda runner for tests: the Lambda Invoke API ({@code POST /2015-03-31/functions/<name>/invocations}) over
 * Java handlers, as {@code sam local start-lambda} serves it for real functions. A handler that throws answers as Lambda
 * does for a function error: 200 with {@code X-Amz-Function-Error: Unhandled} and {@code {"errorMessage": ...}}; an
 * unknown function is 404 {@code ResourceNotFoundException}.
 */
final class LambdaRunner implements AutoCloseable {

  private static final String PREFIX = "/2015-03-31/functions/";
  private static final String SUFFIX = "/invocations";

  private final HttpServer server;
  private final Map<String, UnaryOperator<String>> handlers = new ConcurrentHashMap<>();
  private final List<String> received = new CopyOnWriteArrayList<>();

  private LambdaRunner(HttpServer server) {
    this.server = server;
  }

  static LambdaRunner start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    LambdaRunner runner = new LambdaRunner(server);
    server.createContext("/", runner::answer);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
    return runner;
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Registers the function {@code name} (the ARN's last part, as local runners name functions): payload in, payload out. */
  void function(String name, UnaryOperator<String> handler) {
    handlers.put(name, handler);
  }

  /** The payloads received, oldest first. */
  List<String> received() {
    return received;
  }

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (!"POST".equals(exchange.getRequestMethod()) || !path.startsWith(PREFIX) || !path.endsWith(SUFFIX)) {
      send(exchange, 404, Map.of("x-amzn-ErrorType", "UnknownOperationException"), "{\"message\":\"no such route\"}");
      return;
    }
    String name = URLDecoder.decode(path.substring(PREFIX.length(), path.length() - SUFFIX.length()), StandardCharsets.UTF_8);
    name = name.substring(name.lastIndexOf(':') + 1);
    received.add(body);
    UnaryOperator<String> handler = handlers.get(name);
    if (handler == null) {
      send(exchange, 404, Map.of("x-amzn-ErrorType", "ResourceNotFoundException"),
          "{\"Type\":\"User\",\"message\":\"Function not found: " + name + "\"}");
      return;
    }
    String out;
    try {
      out = handler.apply(body);
    } catch (RuntimeException e) {
      send(exchange, 200, Map.of("X-Amz-Function-Error", "Unhandled"), Json.Obj.empty()
          .with("errorType", Json.text("Error")).with("errorMessage", Json.text(e.getMessage())).render());
      return;
    }
    send(exchange, 200, Map.of(), out);
  }

  private static void send(HttpExchange exchange, int status, Map<String, String> headers, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
