package dev.userpool.testkit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.userpool.testkit.inprocess.Mailbox;
import dev.userpool.testkit.inprocess.TimeTravel;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The test-control protocol, as the kit speaks it to any endpoint (README, "For emulator authors"): AWS JSON
 * 1.1 requests to the endpoint's root with {@code X-Amz-Target: UserpoolTestControl.<Operation>}:
 * {@code AdvanceClock {"Seconds": n}} moves the clock forward; {@code LastCode {"UserPoolId", "Username"}}
 * and {@code LastTemporaryPassword {"UserPoolId", "Username"}} answer {@code {"Code": "..."}} and
 * {@code {"TemporaryPassword": "..."}} (an empty object when nothing was sent) or
 * {@code ResourceNotFoundException} for an unknown pool.
 *
 * <p>{@link #probe} asks once whether the endpoint answers each; a capability it lacks makes the rules
 * that need it {@link NotApplicable}. Never puts a code or password in a message.
 */
final class RemoteControl implements TimeTravel, Mailbox {

  /** The {@code X-Amz-Target} prefix of the test-control operations. */
  static final String TARGET_PREFIX = "UserpoolTestControl.";
  private static final String NO_CLOCK = "the endpoint does not answer UserpoolTestControl.AdvanceClock: its clock cannot be moved";
  private static final String NO_MAILBOX = "the endpoint does not answer UserpoolTestControl.LastCode: what it sent cannot be read";

  private final URI endpoint;
  private final Duration callLimit;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();
  private boolean clock;
  private boolean mailbox;

  private RemoteControl(URI endpoint, Duration callLimit) {
    this.endpoint = endpoint;
    this.callLimit = callLimit;
    this.http = HttpClient.newBuilder().connectTimeout(callLimit).build();
  }

  /** The control of {@code endpoint}, after asking which operations it answers. */
  static RemoteControl probe(URI endpoint, Duration callLimit) {
    RemoteControl control = new RemoteControl(Objects.requireNonNull(endpoint, "endpoint is null"), callLimit);
    control.clock = control.answers("AdvanceClock", "{\"Seconds\":0}", false);
    control.mailbox = control.answers("LastCode", "{\"UserPoolId\":\"us-east-1_ConformanceProbe0\",\"Username\":\"probe\"}", true);
    return control;
  }

  /** The endpoint measured. */
  URI endpoint() {
    return endpoint;
  }

  /** The time limit of a call. */
  Duration callLimit() {
    return callLimit;
  }

  /** Whether AdvanceClock answered the probe. */
  boolean movesClock() {
    return clock;
  }

  /** Whether LastCode answered the probe. */
  boolean readsMailbox() {
    return mailbox;
  }

  @Override
  public void advance(Duration by) {
    if (!clock) {
      throw new NotApplicable(NO_CLOCK);
    }
    ObjectNode body = json.createObjectNode().put("Seconds", by.toSeconds());
    Reply reply = send("AdvanceClock", body.toString());
    if (reply.status != 200) {
      throw new AssertionError("UserpoolTestControl.AdvanceClock answered HTTP " + reply.status + " " + reply.type());
    }
  }

  @Override
  public Optional<String> temporaryPassword(String userPoolId, String username) {
    return read("LastTemporaryPassword", user(userPoolId, username), "TemporaryPassword");
  }

  @Override
  public Optional<String> code(String userPoolId, String username) {
    return read("LastCode", user(userPoolId, username), "Code");
  }

  @Override
  public Optional<String> verificationCode(String userPoolId, String username, String attributeName) {
    return read("LastCode", user(userPoolId, username).put("AttributeName", attributeName), "Code");
  }

  private ObjectNode user(String userPoolId, String username) {
    return json.createObjectNode().put("UserPoolId", userPoolId).put("Username", username);
  }

  private Optional<String> read(String operation, ObjectNode body, String member) {
    if (!mailbox) {
      throw new NotApplicable(NO_MAILBOX);
    }
    Reply reply = send(operation, body.toString());
    if (reply.status != 200) {
      throw new AssertionError("UserpoolTestControl." + operation + " answered HTTP " + reply.status + " " + reply.type());
    }
    JsonNode value = reply.body.get(member);
    return value != null && value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
  }

  /**
   * Whether {@code operation} answers 200 with a JSON object or, for a pool that does not exist ({@code unknownPool}),
   * exactly ResourceNotFoundException: an endpoint that answers every target alike (200 with whatever it serves at its
   * root) does not pass.
   */
  private boolean answers(String operation, String body, boolean unknownPool) {
    try {
      Reply reply = send(operation, body);
      return unknownPool
          ? reply.status == 400 && reply.type().endsWith("ResourceNotFoundException")
          : reply.status == 200 && reply.body.isObject();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private Reply send(String operation, String body) {
    HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/")).timeout(callLimit)
        .header("Content-Type", "application/x-amz-json-1.1").header("X-Amz-Target", TARGET_PREFIX + operation)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      JsonNode parsed;
      try {
        parsed = json.readTree(response.body());
      } catch (IOException e) {
        parsed = null; // not JSON: an endpoint that does not know the target may answer anything
      }
      return new Reply(response.statusCode(), parsed == null ? json.missingNode() : parsed);
    } catch (IOException e) {
      throw new IllegalStateException("UserpoolTestControl." + operation + " at " + endpoint + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private record Reply(int status, JsonNode body) {
    String type() {
      return body.path("__type").asText("");
    }
  }
}
