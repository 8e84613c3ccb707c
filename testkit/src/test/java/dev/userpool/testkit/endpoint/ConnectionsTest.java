package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;

/**
 * Connections: slow and dropped clients, many clients at once, shutdown. The slow-client tests give
 * the endpoint a request timeout of 3 seconds (10 by default).
 */
class ConnectionsTest {

  /** The request timeout these tests set. */
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);
  /** The request timeout plus some slack for a busy machine. */
  private static final long CLOSED_WITHIN_MILLIS = REQUEST_TIMEOUT.toMillis() + 8000;

  @Test
  @Timeout(60)
  void shouldCloseAClientThatNeverFinishesItsHeadersAndKeepServing() throws IOException {
    try (LocalEndpoint endpoint = Wire.start(LocalEndpoint.builder().requestTimeout(REQUEST_TIMEOUT));
        Socket slow = new Socket("127.0.0.1", endpoint.port())) {
      slow.getOutputStream().write("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Tar".getBytes(StandardCharsets.US_ASCII));
      slow.getOutputStream().flush();

      Wire.stillServes(endpoint.uri());
      assertClosedByServer(slow);
      Wire.stillServes(endpoint.uri());
    }
  }

  @Test
  @Timeout(60)
  void shouldCloseAClientThatNeverFinishesItsBodyAndKeepServing() throws IOException {
    try (LocalEndpoint endpoint = Wire.start(LocalEndpoint.builder().threads(1).requestTimeout(REQUEST_TIMEOUT));
        Socket slow = new Socket("127.0.0.1", endpoint.port())) {
      slow.getOutputStream().write((Wire.head(endpoint.uri(), Wire.COGNITO + "DescribeUserPool", 100) + "{\"UserPoolId\"")
          .getBytes(StandardCharsets.US_ASCII));
      slow.getOutputStream().flush();

      // Its only worker is stuck reading that body until the timeout frees it; then it serves again.
      assertClosedByServer(slow);
      Wire.stillServes(endpoint.uri());
    }
  }

  @Test
  @Timeout(60)
  void shouldShrugOffClientsThatHangUpMidRequest() throws IOException {
    try (LocalEndpoint endpoint = Wire.start(LocalEndpoint.builder().threads(2))) {
      for (int i = 0; i < 20; i++) {
        try (Socket dropped = new Socket("127.0.0.1", endpoint.port())) {
          OutputStream out = dropped.getOutputStream();
          out.write(
              (Wire.head(endpoint.uri(), Wire.COGNITO + "CreateUserPool", 1000) + "{\"PoolName\":").getBytes(StandardCharsets.US_ASCII));
          out.flush();
        }
        try (Socket early = new Socket("127.0.0.1", endpoint.port())) {
          early.getOutputStream().write("POST".getBytes(StandardCharsets.US_ASCII));
        }
      }
      Wire.stillServes(endpoint.uri());
    }
  }

  @Test
  @Timeout(60)
  void shouldAnswerSeveralRequestsOnOneKeptAliveConnection() throws IOException {
    try (LocalEndpoint endpoint = Wire.start(); Socket socket = new Socket("127.0.0.1", endpoint.port())) {
      socket.setSoTimeout(10_000);
      for (int i = 0; i < 3; i++) {
        String body = "{\"PoolName\":\"p" + i + "\"}";
        socket.getOutputStream().write((Wire.head(endpoint.uri(), Wire.COGNITO + "CreateUserPool", body.length()) + body)
            .getBytes(StandardCharsets.US_ASCII));
        assertThat(Wire.readReply(socket.getInputStream()).status()).isEqualTo(200);
        String bad = "{oops";
        socket.getOutputStream().write((Wire.head(endpoint.uri(), Wire.COGNITO + "CreateUserPool", bad.length()) + bad)
            .getBytes(StandardCharsets.US_ASCII));
        Wire.readReply(socket.getInputStream()).isError(400, "SerializationException");
      }
    }
  }

  @Test
  @Timeout(120)
  void shouldServeManyConcurrentClientsWithoutLosingAnything() throws Exception {
    int clients = 16;
    int usersEach = 10;
    try (LocalEndpoint endpoint = Wire.start(LocalEndpoint.builder().threads(4));
        CognitoIdentityProviderClient admin = Wire.sdk(endpoint.uri())) {
      String pool = admin.createUserPool(b -> b.poolName("busy")).userPool().id();
      String client = admin.createUserPoolClient(b -> b.userPoolId(pool).clientName("web")
          .explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")).userPoolClient().clientId();
      ExecutorService threads = Executors.newFixedThreadPool(clients);
      try {
        List<Future<List<String>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
          int number = c;
          results.add(threads.submit(() -> {
            List<String> tokens = new ArrayList<>();
            try (CognitoIdentityProviderClient sdk = Wire.sdk(endpoint.uri())) {
              for (int u = 0; u < usersEach; u++) {
                String username = "user-" + number + "-" + u;
                sdk.adminCreateUser(b -> b.userPoolId(pool).username(username).messageAction("SUPPRESS"));
                sdk.adminSetUserPassword(b -> b.userPoolId(pool).username(username).password("Blue-Harbor-42!").permanent(true));
                AuthenticationResultType result = sdk.initiateAuth(b -> b.clientId(client).authFlow("USER_PASSWORD_AUTH")
                    .authParameters(Map.of("USERNAME", username, "PASSWORD", "Blue-Harbor-42!"))).authenticationResult();
                tokens.add(result.accessToken());
                // A bad request between good ones, from the same client.
                assertThat(Wire.cognito(endpoint.uri(), "AdminGetUser", "{\"UserPoolId\":").status()).isEqualTo(400);
              }
            }
            return tokens;
          }));
        }
        List<String> tokens = new ArrayList<>();
        for (Future<List<String>> result : results) {
          tokens.addAll(result.get(100, TimeUnit.SECONDS));
        }
        assertThat(tokens).hasSize(clients * usersEach).doesNotHaveDuplicates();
        assertThat(admin.describeUserPool(b -> b.userPoolId(pool)).userPool().estimatedNumberOfUsers()).isEqualTo(clients * usersEach);
        assertThat(admin.getUser(b -> b.accessToken(tokens.get(tokens.size() - 1))).username()).startsWith("user-");
      } finally {
        threads.shutdownNow();
      }
    }
  }

  @Test
  @Timeout(60)
  void shouldReleaseThePortOnCloseAndAnswerNothingAfterwards() throws IOException {
    LocalEndpoint endpoint = Wire.start();
    URI uri = endpoint.uri();
    Wire.stillServes(uri);

    endpoint.close();
    endpoint.close();

    assertThatThrownBy(() -> new Socket("127.0.0.1", uri.getPort()).close()).isInstanceOf(ConnectException.class);
    try (LocalEndpoint again = Wire.start(LocalEndpoint.builder().port(0))) {
      Wire.stillServes(again.uri());
    }
  }

  @Test
  @Timeout(60)
  void shouldLetARequestInFlightFinishWithinTheGrace() throws Exception {
    LocalEndpoint endpoint = LocalEndpoint.builder().port(0).shutdownGrace(Duration.ofSeconds(10)).start();
    try (Socket socket = new Socket("127.0.0.1", endpoint.port())) {
      socket.setSoTimeout(20_000);
      String body = "{\"PoolName\":\"late\"}";
      OutputStream out = socket.getOutputStream();
      out.write((Wire.head(endpoint.uri(), Wire.COGNITO + "CreateUserPool", body.length()) + body.substring(0, 5))
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread.sleep(300); // the request is in flight: its handler waits for the rest of the body
      Thread closer = new Thread(endpoint::close);
      closer.start();
      Thread.sleep(300);
      out.write(body.substring(5).getBytes(StandardCharsets.US_ASCII));
      out.flush();

      Wire.Reply reply = Wire.readReply(socket.getInputStream());

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.json().path("UserPool").path("Name").asText()).isEqualTo("late");
      closer.join(15_000);
      assertThat(closer.isAlive()).isFalse();
    } finally {
      endpoint.close();
    }
  }

  /** That the server closes {@code socket} (end of stream or reset) within the request timeout. */
  private static void assertClosedByServer(Socket socket) throws IOException {
    socket.setSoTimeout((int) CLOSED_WITHIN_MILLIS);
    long start = System.nanoTime();
    InputStream in = socket.getInputStream();
    try {
      assertThat(in.read()).as("the server should close the connection, not answer").isEqualTo(-1);
    } catch (SocketException e) {
      // reset by the server: closed as well
    }
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(CLOSED_WITHIN_MILLIS);
  }
}
