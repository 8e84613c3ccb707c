package dev.userpool.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.userpool.pool.UserPoolId;
import dev.userpool.testkit.endpoint.LocalEndpoint;
import dev.userpool.testkit.endpoint.Main;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.inprocess.SeededRandomness;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The local endpoint on the PostgreSQL store, over the wire: one endpoint (with its own connection pool,
 * as a process has) creates a pool, a client and a user and sets two passwords; it stops, and a new one
 * on the same database finds the pool, the user, the password and the history.
 */
class EndpointRestartTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  record Reply(int status, JsonNode body) {}

  @Test
  void shouldFindPoolsUsersPasswordsAndHistoryAfterTheEndpointRestarts() throws Exception {
    String pool;
    String client;
    try (PostgresStores stores = PostgresStores.connect(TestDatabase.url()); LocalEndpoint endpoint = start(stores)) {
      URI uri = endpoint.uri();
      pool = call(uri, "CreateUserPool", json().put("PoolName", "restarted").set("Policies",
          json().set("PasswordPolicy", json().put("MinimumLength", 8).put("PasswordHistorySize", 3)))).body()
          .path("UserPool").path("Id").asText();
      ObjectNode clientRequest = json().put("UserPoolId", pool).put("ClientName", "app");
      clientRequest.putArray("ExplicitAuthFlows").add("ALLOW_ADMIN_USER_PASSWORD_AUTH").add("ALLOW_REFRESH_TOKEN_AUTH");
      client = call(uri, "CreateUserPoolClient", clientRequest).body().path("UserPoolClient").path("ClientId").asText();
      assertThat(call(uri, "AdminCreateUser", json().put("UserPoolId", pool).put("Username", "jane")
          .put("TemporaryPassword", "Temporary-1x").put("MessageAction", "SUPPRESS")).status()).isEqualTo(200);
      for (String password : new String[]{ "Permanent-1x", "Permanent-2x" }) {
        assertThat(call(uri, "AdminSetUserPassword", json().put("UserPoolId", pool).put("Username", "jane")
            .put("Password", password).put("Permanent", true)).status()).isEqualTo(200);
      }
    }

    try (PostgresStores stores = PostgresStores.connect(TestDatabase.url()); LocalEndpoint endpoint = start(stores)) {
      URI uri = endpoint.uri();

      assertThat(call(uri, "DescribeUserPool", json().put("UserPoolId", pool)).body().path("UserPool").path("Name").asText())
          .isEqualTo("restarted");
      assertThat(call(uri, "AdminGetUser", json().put("UserPoolId", pool).put("Username", "jane")).body().path("UserStatus").asText())
          .isEqualTo("CONFIRMED");
      assertThat(signIn(uri, pool, client, "Permanent-2x").body().path("AuthenticationResult").path("AccessToken").isTextual()).isTrue();
      assertThat(signIn(uri, pool, client, "Permanent-1x").body().path("__type").asText()).isEqualTo("NotAuthorizedException");
      Reply reused = call(uri, "AdminSetUserPassword", json().put("UserPoolId", pool).put("Username", "jane")
          .put("Password", "Temporary-1x").put("Permanent", true));
      assertThat(reused.body().path("__type").asText()).isEqualTo("PasswordHistoryPolicyViolationException");
    }
  }

  /** {@code java -jar userpool-server.jar --store URL}: Main finds this module's StoreProvider and keeps pools here. */
  @Test
  @Timeout(120)
  void shouldKeepThePoolsOfMainStartedWithStoreInPostgres() throws Exception {
    Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "--port", "0", "--store", TestDatabase.url())
        .redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      List<String> printed = new ArrayList<>();
      String line;
      do {
        line = out.readLine();
        printed.add(String.valueOf(line));
      } while (line != null && !line.startsWith("listening on "));
      assertThat(line).as("the process printed where it listens: %s", printed).isNotNull();
      assertThat(printed.get(0)).contains("secure randomness").doesNotContain("seed");
      URI uri = URI.create(line.substring("listening on ".length()).trim());

      String pool = call(uri, "CreateUserPool", json().put("PoolName", "from-main")).body().path("UserPool").path("Id").asText();

      try (PostgresStores stores = PostgresStores.connect(TestDatabase.url())) {
        assertThat(stores.userPools().find(new UserPoolId(pool)).map(p -> p.name()).getOrNull()).isEqualTo("from-main");
      }
    } finally {
      process.destroy();
      process.waitFor(30, TimeUnit.SECONDS);
      process.destroyForcibly();
    }
  }

  private static LocalEndpoint start(PostgresStores stores) throws IOException {
    InProcessCognito cognito = InProcessCognito.builder().store(stores.userPools()).randomness(SeededRandomness.secure()).build();
    return LocalEndpoint.builder().port(0).cognito(cognito).start();
  }

  private static Reply signIn(URI uri, String pool, String client, String password) throws Exception {
    ObjectNode request = json().put("UserPoolId", pool).put("ClientId", client).put("AuthFlow", "ADMIN_USER_PASSWORD_AUTH");
    request.putObject("AuthParameters").put("USERNAME", "jane").put("PASSWORD", password);
    return call(uri, "AdminInitiateAuth", request);
  }

  private static Reply call(URI uri, String operation, ObjectNode body) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/x-amz-json-1.1")
        .header("X-Amz-Target", "AWSCognitoIdentityProviderService." + operation)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), JSON.readTree(response.body()));
  }

  private static ObjectNode json() {
    return JSON.createObjectNode();
  }
}
