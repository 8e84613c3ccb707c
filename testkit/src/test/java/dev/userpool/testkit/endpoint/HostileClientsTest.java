package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clients that are slow, greedy or broken on purpose: none of them may cost another client its answer,
 * and each gets an AWS-shaped answer or a clean close (end of stream), never the server's own page or a
 * reset. Each endpoint here has one worker, so anything that held a worker would show.
 */
class HostileClientsTest {

  private static final Duration LONG = Duration.ofSeconds(60);

  @Test
  @Timeout(60)
  void shouldServeOthersWhileSlowClientsDripTheirHeadersAndBodies() throws IOException {
    try (LocalEndpoint endpoint = Wire.start(LocalEndpoint.builder().threads(1).requestTimeout(LONG))) {
      List<Socket> slow = new ArrayList<>();
      try {
        for (int i = 0; i < 8; i++) {
          Wire.slowClient(endpoint.uri(), i, slow);
        }
        for (int round = 0; round < 3; round++) {
          for (Socket socket : slow) {
            socket.getOutputStream().write('x');
            socket.getOutputStream().flush();
          }
          // The one worker is free: the slow clients' requests are not whole, so no thread waits on them.
          Wire.stillServes(endpoint.uri());
        }
      } finally {
        for (Socket socket : slow) {
          socket.close();
        }
      }
    }
  }

  @Test
  @Timeout(60)
  void shouldRefuseALargeDeclaredBodyWithoutAWorkerAndCloseCleanly() throws IOException {
    try (LocalEndpoint endpoint = Wire.start(LocalEndpoint.builder().threads(1).requestTimeout(LONG));
        Socket greedy = new Socket("127.0.0.1", endpoint.port())) {
      greedy.setSoTimeout(20_000);
      OutputStream out = greedy.getOutputStream();
      out.write(Wire.head(endpoint.uri(), Wire.COGNITO + "DescribeUserPool", 64L * 1024 * 1024).getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[256 * 1024]);
      out.flush();

      Wire.Reply reply = Wire.readReply(greedy.getInputStream()).isError(413, "RequestEntityTooLargeException");
      Wire.stillServes(endpoint.uri());
      out.write(new byte[64 * 1024]); // the client goes on sending: the server discards it
      out.flush();

      assertThat(reply.header("Connection")).isEqualToIgnoringCase("close");
      assertThat(greedy.getInputStream().read()).as("a clean end of stream, not a reset").isEqualTo(-1);
    }
  }

  @Test
  @Timeout(60)
  void shouldAnswerTooManyRequestsWhenTheQueueIsFullAndKeepTheConnection() throws Exception {
    try (LocalEndpoint endpoint = Wire.start(LocalEndpoint.builder().threads(1).queueCapacity(1))) {
      CountDownLatch entered = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      endpoint.addGetRoute(path -> {
        if (!"/hold".equals(path)) {
          return Optional.empty();
        }
        entered.countDown();
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return Optional.of(Reply.ok("application/json", "{}".getBytes(StandardCharsets.US_ASCII)));
      });
      ExecutorService holders = Executors.newFixedThreadPool(2);
      try (Socket kept = new Socket("127.0.0.1", endpoint.port())) {
        kept.setSoTimeout(20_000);
        exchange(kept, endpoint.uri(), "{\"PoolName\":\"before\"}").status();
        Future<Integer> first = holders.submit(() -> hold(endpoint.uri()));
        assertThat(entered.await(20, TimeUnit.SECONDS)).isTrue();
        Future<Integer> second = holders.submit(() -> hold(endpoint.uri()));
        while (endpoint.workers().getQueue().isEmpty()) {
          Thread.sleep(5);
        }

        Wire.Reply throttled = exchange(kept, endpoint.uri(), "{\"PoolName\":\"throttled\"}").isError(400, "TooManyRequestsException");
        release.countDown();

        assertThat(throttled.header("Connection")).isNull();
        assertThat(first.get(20, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(second.get(20, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(exchange(kept, endpoint.uri(), "{\"PoolName\":\"after\"}").status()).as("the same connection serves on").isEqualTo(200);
      } finally {
        release.countDown();
        holders.shutdownNow();
      }
    }
  }

  @Test
  @Timeout(60)
  void shouldAnswerAConnectionBeyondTheMostWith503AndClose() throws IOException {
    try (LocalEndpoint endpoint = Wire.start(LocalEndpoint.builder().maxConnections(1));
        Socket first = new Socket("127.0.0.1", endpoint.port());
        Socket second = new Socket("127.0.0.1", endpoint.port())) {
      first.setSoTimeout(20_000);
      second.setSoTimeout(20_000);
      assertThat(exchange(first, endpoint.uri(), "{\"PoolName\":\"first\"}").status()).isEqualTo(200);

      exchange(second, endpoint.uri(), "{\"PoolName\":\"second\"}").isError(503, "ServiceUnavailableException");

      assertThat(second.getInputStream().read()).isEqualTo(-1);
      assertThat(exchange(first, endpoint.uri(), "{\"PoolName\":\"again\"}").status()).isEqualTo(200);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "GARBAGE\r\n\r\n",
      "\u0001\u0002\u0003 / HTTP/1.1\r\nHost: x\r\n\r\n",
      "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n{}",
      "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n{}",
      "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
      "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
      "POST / HTTP/1.1\r\nHost: x\r\nX-Big: LONGHEADER\r\n\r\n",
      "POST /LONGLINE HTTP/1.1\r\nHost: x\r\n\r\n",
  })
  @Timeout(60)
  void shouldAnswerAMalformedRequestAwsShapedThenCloseCleanly(String request) throws IOException {
    try (LocalEndpoint endpoint = Wire.start(); Socket socket = new Socket("127.0.0.1", endpoint.port())) {
      socket.setSoTimeout(20_000);
      String raw = request.replace("LONGHEADER", "h".repeat(20_000)).replace("LONGLINE", "p".repeat(20_000));
      socket.getOutputStream().write(raw.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();

      Wire.Reply reply = Wire.readReply(socket.getInputStream()).isError(400, "BadRequestException");

      assertThat(reply.message()).startsWith("Malformed HTTP request").doesNotContain("hhhh").doesNotContain("pppp").doesNotContain("abc");
      assertThat(socket.getInputStream().read()).isEqualTo(-1);
      Wire.stillServes(endpoint.uri());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = { "x", "*", "example.com:80", "ftp://127.0.0.1/" })
  void shouldAnswerATargetThatIsNotAPathWithBadRequest(String target) throws IOException {
    try (LocalEndpoint endpoint = Wire.start()) {
      String request = "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: " + Wire.COGNITO + "CreateUserPool\r\n"
          + "Content-Length: 2\r\n\r\n{}";

      Wire.Reply reply = Wire.raw(endpoint.uri(), request.getBytes(StandardCharsets.US_ASCII)).isError(400, "BadRequestException");

      assertThat(reply.message()).doesNotContain(target);
    }
  }

  @Test
  void shouldServeTheAbsoluteFormOfTheTarget() throws IOException {
    try (LocalEndpoint endpoint = Wire.start()) {
      String body = "{\"PoolName\":\"absolute\"}";
      String request = "POST http://127.0.0.1:" + endpoint.port() + "/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: " + Wire.COGNITO
          + "CreateUserPool\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;

      Wire.Reply reply = Wire.raw(endpoint.uri(), request.getBytes(StandardCharsets.US_ASCII));

      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }
  }

  @Test
  @Timeout(60)
  void shouldAnswerPipelinedRequestsInOrder() throws IOException {
    try (LocalEndpoint endpoint = Wire.start(LocalEndpoint.builder().threads(4));
        Socket socket = new Socket("127.0.0.1", endpoint.port())) {
      socket.setSoTimeout(20_000);
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < 20; i++) {
        String body = i % 5 == 4 ? "{oops" : "{\"PoolName\":\"p" + i + "\"}";
        all.append(Wire.head(endpoint.uri(), Wire.COGNITO + "CreateUserPool", body.length())).append(body);
      }
      socket.getOutputStream().write(all.toString().getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();

      InputStream in = socket.getInputStream();
      for (int i = 0; i < 20; i++) {
        Wire.Reply reply = Wire.readReply(in);
        if (i % 5 == 4) {
          reply.isError(400, "SerializationException");
        } else {
          assertThat(reply.json().path("UserPool").path("Name").asText()).isEqualTo("p" + i);
        }
      }
    }
  }

  @Test
  @Timeout(60)
  void shouldAnswerPipelinedRequestsBeforeAnOversizedOneThenItsRefusal() throws IOException {
    try (LocalEndpoint endpoint = Wire.start(LocalEndpoint.builder().maxBodyBytes(1000));
        Socket socket = new Socket("127.0.0.1", endpoint.port())) {
      socket.setSoTimeout(20_000);
      String good = "{\"PoolName\":\"first\"}";
      String all = Wire.head(endpoint.uri(), Wire.COGNITO + "CreateUserPool", good.length()) + good
          + Wire.head(endpoint.uri(), Wire.COGNITO + "CreateUserPool", 5000) + "{\"PoolName\":";
      socket.getOutputStream().write(all.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();

      Wire.Reply first = Wire.readReply(socket.getInputStream());
      Wire.Reply refused = Wire.readReply(socket.getInputStream()).isError(413, "RequestEntityTooLargeException");

      assertThat(first.json().path("UserPool").path("Name").asText()).isEqualTo("first");
      assertThat(refused.header("Connection")).isEqualToIgnoringCase("close");
      assertThat(socket.getInputStream().read()).isEqualTo(-1);
    }
  }

  @Test
  void shouldAnswerHealthForReadinessChecks() {
    try (LocalEndpoint endpoint = Wire.start()) {
      Wire.Reply reply = Wire.send(HttpRequest.newBuilder(endpoint.uri().resolve("/health")).GET().build());

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.header("Content-Type")).isEqualTo("application/json");
      assertThat(reply.json().path("status").asText()).isEqualTo("ok");
      Wire.send(HttpRequest.newBuilder(endpoint.uri().resolve("/health"))
          .POST(HttpRequest.BodyPublishers.ofString("{}")).build()).isError(404, "NotFoundException");
    }
  }

  @Test
  void shouldServeAPoolsKeysThroughTheGetRoutes() {
    try (LocalEndpoint endpoint = Wire.start()) {
      String pool = Wire.cognito(endpoint.uri(), "CreateUserPool", "{\"PoolName\":\"keys\"}").json().path("UserPool").path("Id").asText();

      Wire.Reply keys = Wire.send(HttpRequest.newBuilder(endpoint.uri().resolve("/" + pool + "/.well-known/jwks.json")).GET().build());

      assertThat(keys.status()).isEqualTo(200);
      assertThat(keys.header("Content-Type")).isEqualTo("application/json");
      assertThat(keys.json().path("keys").isArray()).isTrue();
      assertThat(keys.json().path("keys").size()).isPositive();
      Wire.send(HttpRequest.newBuilder(endpoint.uri().resolve("/us-east-1_NoSuchPool/.well-known/jwks.json")).GET().build())
          .isError(404, "NotFoundException");
    }
  }

  @Test
  void shouldSetNoSystemProperty() {
    try (LocalEndpoint endpoint = Wire.start()) {
      Wire.stillServes(endpoint.uri());

      assertThat(System.getProperties().stringPropertyNames()).noneMatch(name -> name.startsWith("sun.net.httpserver."));
    }
  }

  /** One CreateUserPool-shaped POST on a kept connection, and its answer. */
  private static Wire.Reply exchange(Socket socket, URI uri, String body) throws IOException {
    socket.getOutputStream()
        .write((Wire.head(uri, Wire.COGNITO + "CreateUserPool", body.length()) + body).getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    return Wire.readReply(socket.getInputStream());
  }

  private static int hold(URI uri) {
    return Wire.send(HttpRequest.newBuilder(uri.resolve("/hold")).GET().build()).status();
  }
}
