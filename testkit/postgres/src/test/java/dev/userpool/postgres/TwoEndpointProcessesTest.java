package dev.userpool.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two endpoint processes on one database, driven over the wire at once: four workers (two per process)
 * create the same usernames, set passwords and sign in. Then, over the wire: exactly one create per
 * username won; every acknowledged password is remembered (setting it again is
 * PasswordHistoryPolicyViolationException, which changes nothing); exactly one acknowledged password
 * signs in; and the status is the one that password's write gives.
 */
class TwoEndpointProcessesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final int USERS = 3;
  private static final int WORKERS = 4;
  private static final int OPERATIONS = 25;
  /** Fewer password writes per user than the history (24) holds, so none is forgotten by design. */
  private static final int MAX_WRITES = 20;

  record Reply(int status, JsonNode body) {
    String error() {
      return body.path("__type").asText();
    }
  }

  record Write(String password, boolean temporary) {}

  private final List<Process> processes = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (Process p : processes) {
      p.getOutputStream().close();
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroy();
      }
    }
  }

  @Test
  void shouldLoseNoAcknowledgedWriteAndCreateEachUserOnceAcrossTwoEndpointProcesses() throws Exception {
    URI[] endpoints = { start(), start() };
    String pool = call(endpoints[0], "CreateUserPool", json().put("PoolName", "two-processes").set("Policies",
        json().set("PasswordPolicy", json().put("MinimumLength", 8).put("PasswordHistorySize", 24)))).body()
        .path("UserPool").path("Id").asText();
    ObjectNode clientRequest = json().put("UserPoolId", pool).put("ClientName", "app");
    clientRequest.putArray("ExplicitAuthFlows").add("ALLOW_ADMIN_USER_PASSWORD_AUTH").add("ALLOW_REFRESH_TOKEN_AUTH");
    String client = call(endpoints[1], "CreateUserPoolClient", clientRequest).body().path("UserPoolClient").path("ClientId").asText();

    Map<String, List<Write>> acknowledged = new ConcurrentHashMap<>();
    Map<String, AtomicInteger> creates = new ConcurrentHashMap<>();
    Map<String, AtomicInteger> sets = new ConcurrentHashMap<>();
    List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
    for (int u = 0; u < USERS; u++) {
      acknowledged.put("user" + u, Collections.synchronizedList(new ArrayList<>()));
      creates.put("user" + u, new AtomicInteger());
      sets.put("user" + u, new AtomicInteger(1));
    }
    ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < WORKERS; w++) {
      int worker = w;
      URI uri = endpoints[w % 2];
      done.add(workers.submit(() -> {
        Random random = new Random(worker);
        for (int u = 0; u < USERS; u++) {
          String username = "user" + ((u + worker) % USERS);
          String temporary = "Temp-" + worker + "-" + username + "-A1";
          Reply created = call(uri, "AdminCreateUser", json().put("UserPoolId", pool).put("Username", username)
              .put("TemporaryPassword", temporary).put("MessageAction", "SUPPRESS"));
          if (created.status() == 200) {
            creates.get(username).incrementAndGet();
            acknowledged.get(username).add(new Write(temporary, true));
          } else if (!created.error().equals("UsernameExistsException")) {
            unexpected.add("create: " + created.body());
          }
        }
        for (int i = 0; i < OPERATIONS; i++) {
          String username = "user" + random.nextInt(USERS);
          if (random.nextBoolean() && sets.get(username).incrementAndGet() <= MAX_WRITES) {
            boolean temporary = random.nextInt(4) == 0;
            String password = "Pass-" + worker + "-" + i + "-A1";
            Reply set = call(uri, "AdminSetUserPassword", json().put("UserPoolId", pool).put("Username", username)
                .put("Password", password).put("Permanent", !temporary));
            if (set.status() == 200) {
              acknowledged.get(username).add(new Write(password, temporary));
            } else {
              unexpected.add("set: " + set.body());
            }
          } else {
            List<Write> known = List.copyOf(acknowledged.get(username));
            String guess = known.isEmpty() ? "Nothing-A1" : known.get(random.nextInt(known.size())).password();
            Reply signIn = signIn(uri, pool, client, username, guess);
            if (signIn.status() != 200 && !signIn.error().equals("NotAuthorizedException")) {
              unexpected.add("sign-in: " + signIn.body());
            }
          }
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get(5, TimeUnit.MINUTES);
    }
    workers.shutdown();

    assertThat(unexpected).isEmpty();
    for (String username : acknowledged.keySet()) {
      assertThat(creates.get(username)).as("creates of %s that won", username).hasValue(1);
      List<Write> writes = acknowledged.get(username);
      assertThat(writes.size()).as("fewer writes than the history holds").isLessThan(24);
      // Wrong passwords count towards lockout (issue 14), so the check tries the newest write first and
      // stops at the first that signs in: the newest acknowledged write must be the current password.
      List<Write> current = new ArrayList<>();
      for (int i = writes.size() - 1; i >= 0 && current.isEmpty(); i--) {
        if (signIn(endpoints[0], pool, client, username, writes.get(i).password()).status() == 200) {
          current.add(writes.get(i));
        }
      }
      String status = call(endpoints[1], "AdminGetUser", json().put("UserPoolId", pool).put("Username", username))
          .body().path("UserStatus").asText();
      if (!current.isEmpty()) {
        assertThat(status).isEqualTo(current.get(0).temporary() ? "FORCE_CHANGE_PASSWORD" : "CONFIRMED");
      }
      for (Write write : writes) {
        Reply again = call(endpoints[1], "AdminSetUserPassword", json().put("UserPoolId", pool).put("Username", username)
            .put("Password", write.password()).put("Permanent", true));
        assertThat(again.error()).as("%s's password is remembered", username).isEqualTo("PasswordHistoryPolicyViolationException");
      }
    }
  }

  private URI start() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        EndpointProcess.class.getName(), TestDatabase.url()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    processes.add(p);
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    assertThat(line).as("the endpoint process says where it listens").startsWith("listening on ");
    return URI.create(line.substring("listening on ".length()));
  }

  private static Reply signIn(URI uri, String pool, String client, String username, String password) {
    ObjectNode request = json().put("UserPoolId", pool).put("ClientId", client).put("AuthFlow", "ADMIN_USER_PASSWORD_AUTH");
    request.putObject("AuthParameters").put("USERNAME", username).put("PASSWORD", password);
    return call(uri, "AdminInitiateAuth", request);
  }

  private static Reply call(URI uri, String operation, ObjectNode body) {
    try {
      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri)
          .header("Content-Type", "application/x-amz-json-1.1")
          .header("X-Amz-Target", "AWSCognitoIdentityProviderService." + operation)
          .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), JSON.readTree(response.body()));
    } catch (Exception e) {
      throw new IllegalStateException(operation + " failed", e);
    }
  }

  private static ObjectNode json() {
    return JSON.createObjectNode();
  }
}
