package dev.userpool.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.userpool.testkit.endpoint.Main;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two endpoints started as the server jar starts them ({@link Main} with {@code --store URL}), each its own
 * process, on one database (issue 28): a user signed in on either is served by both; a refresh token revoked
 * through either, and a global sign-out through either, hold on both; a code sent by one is read through the
 * other's test control; time moved through one has moved on both.
 */
@Timeout(180)
class TwoNodesShareEverythingTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  record Reply(int status, JsonNode body) {
    String error() {
      return body.path("__type").asText() + ": " + body.path("message").asText();
    }
  }

  private static final List<Process> PROCESSES = new ArrayList<>();
  private static URI a;
  private static URI b;
  private String pool;
  private String client;

  @BeforeAll
  static void startTwoNodes() throws Exception {
    TestDatabase.execute("UPDATE test_clock SET offset_nanos = 0");
    a = start();
    b = start();
  }

  @BeforeEach
  void signUp() {
    ObjectNode poolRequest = json().put("PoolName", "two-nodes");
    poolRequest.putArray("AutoVerifiedAttributes").add("email");
    pool = call(a, "CreateUserPool", poolRequest).body().path("UserPool").path("Id").asText();
    ObjectNode clientRequest = json().put("UserPoolId", pool).put("ClientName", "app");
    clientRequest.putArray("ExplicitAuthFlows").add("ALLOW_USER_PASSWORD_AUTH").add("ALLOW_REFRESH_TOKEN_AUTH");
    client = call(b, "CreateUserPoolClient", clientRequest).body().path("UserPoolClient").path("ClientId").asText();
    ObjectNode signUp = json().put("ClientId", client).put("Username", "jane").put("Password", "Passw0rd!");
    signUp.putArray("UserAttributes").addObject().put("Name", "email").put("Value", "jane@example.com");
    assertThat(call(a, "SignUp", signUp).status()).isEqualTo(200);
  }

  @AfterAll
  static void stop() throws Exception {
    for (Process p : PROCESSES) {
      p.destroy();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
    TestDatabase.execute("UPDATE test_clock SET offset_nanos = 0");
  }

  @Test
  void shouldReadThroughOneNodeTheCodeTheOtherSentAndServeAndRevokeTokensOnBoth() throws Exception {
    Reply code = control(b, "LastCode", json().put("UserPoolId", pool).put("Username", "jane"));
    assertThat(code.body().path("Code").asText()).as("the code node A sent, read through node B").matches("\\d{6}");
    assertThat(call(b, "ConfirmSignUp", json().put("ClientId", client).put("Username", "jane")
        .put("ConfirmationCode", code.body().path("Code").asText())).status()).isEqualTo(200);

    JsonNode first = signIn(a);
    assertThat(getUser(b, first).status()).as("signed in on A, served by B").isEqualTo(200);
    assertThat(families()).as("the registry is in the database").isEqualTo(1);

    assertThat(call(b, "RevokeToken", json().put("ClientId", client).put("Token", first.path("RefreshToken").asText())).status())
        .isEqualTo(200);
    assertThat(refresh(a, first).error()).isEqualTo("NotAuthorizedException: Refresh Token has been revoked");
    assertThat(getUser(a, first).error()).isEqualTo("NotAuthorizedException: Access Token has been revoked");
    assertThat(getUser(b, first).error()).isEqualTo("NotAuthorizedException: Access Token has been revoked");

    JsonNode onA = signIn(a);
    JsonNode onB = signIn(b);
    assertThat(call(b, "GlobalSignOut", json().put("AccessToken", onB.path("AccessToken").asText())).status()).isEqualTo(200);
    assertThat(getUser(a, onA).error()).as("A's tokens, signed out through B")
        .isEqualTo("NotAuthorizedException: Access Token has been revoked");
    assertThat(refresh(a, onA).error()).isEqualTo("NotAuthorizedException: Refresh Token has been revoked");

    JsonNode again = signIn(b);
    assertThat(call(a, "AdminUserGlobalSignOut", json().put("UserPoolId", pool).put("Username", "jane")).status()).isEqualTo(200);
    assertThat(getUser(b, again).error()).isEqualTo("NotAuthorizedException: Access Token has been revoked");
  }

  @Test
  void shouldMoveTimeOnBothNodesThroughEither() throws Exception {
    assertThat(call(a, "AdminConfirmSignUp", json().put("UserPoolId", pool).put("Username", "jane")).status()).isEqualTo(200);
    JsonNode tokens = signIn(a);
    String before = control(a, "AdvanceClock", json()).body().path("Now").asText();

    String after = control(b, "AdvanceClock", json().put("Minutes", 61)).body().path("Now").asText();

    assertThat(control(a, "AdvanceClock", json()).body().path("Now").asText()).as("A's time, moved through B").isEqualTo(after)
        .isNotEqualTo(before);
    assertThat(getUser(a, tokens).error()).isEqualTo("NotAuthorizedException: Access Token has expired");
    assertThat(getUser(b, tokens).error()).isEqualTo("NotAuthorizedException: Access Token has expired");
    assertThat(refresh(a, tokens).status()).isEqualTo(200);
  }

  private JsonNode signIn(URI node) {
    ObjectNode request = json().put("ClientId", client).put("AuthFlow", "USER_PASSWORD_AUTH");
    request.putObject("AuthParameters").put("USERNAME", "jane").put("PASSWORD", "Passw0rd!");
    Reply reply = call(node, "InitiateAuth", request);
    assertThat(reply.status()).as("%s", reply.body()).isEqualTo(200);
    return reply.body().path("AuthenticationResult");
  }

  private Reply refresh(URI node, JsonNode tokens) {
    ObjectNode request = json().put("ClientId", client).put("AuthFlow", "REFRESH_TOKEN_AUTH");
    request.putObject("AuthParameters").put("REFRESH_TOKEN", tokens.path("RefreshToken").asText());
    return call(node, "InitiateAuth", request);
  }

  private static Reply getUser(URI node, JsonNode tokens) {
    return call(node, "GetUser", json().put("AccessToken", tokens.path("AccessToken").asText()));
  }

  private long families() throws Exception {
    try (Connection c = TestDatabase.stores().dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT count(*) FROM token_family WHERE pool_id = ?")) {
      s.setString(1, pool);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static URI start() throws Exception {
    Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "--port", "0", "--no-warmup", "--clock", "fixed", "--store",
        TestDatabase.url())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    PROCESSES.add(process);
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    do {
      line = out.readLine();
    } while (line != null && !line.startsWith("listening on "));
    assertThat(line).as("the node says where it listens").isNotNull();
    return URI.create(line.substring("listening on ".length()).trim());
  }

  private static Reply control(URI node, String operation, ObjectNode body) {
    return post(node, "UserpoolTestControl." + operation, body);
  }

  private static Reply call(URI node, String operation, ObjectNode body) {
    return post(node, "AWSCognitoIdentityProviderService." + operation, body);
  }

  private static Reply post(URI node, String target, ObjectNode body) {
    try {
      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(node).header("Content-Type", "application/x-amz-json-1.1")
          .header("X-Amz-Target", target).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
          HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), JSON.readTree(response.body()));
    } catch (Exception e) {
      throw new IllegalStateException(target + " failed", e);
    }
  }

  private static ObjectNode json() {
    return JSON.createObjectNode();
  }
}
