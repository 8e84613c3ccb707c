package dev.userpool.testkit.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.userpool.testkit.inprocess.Mailbox;
import dev.userpool.testkit.inprocess.TimeTravel;
import dev.userpool.testkit.sdk.ScenarioTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * The {@link LocalEndpoint}'s test control, called over HTTP: moves the endpoint's clock
 * ({@link TimeTravel}) and reads what it would have sent users ({@link Mailbox}), so that
 * {@link dev.userpool.testkit.sdk.CognitoScenarios} and an application's own tests can drive an endpoint
 * in another process as they drive the in-process client.
 *
 * <pre>{@code
 * EndpointControl control = EndpointControl.of(URI.create("http://127.0.0.1:9229"));
 * ScenarioTarget fake = control.fake(sdkClientPointedAtTheEndpoint);
 * control.advance(Duration.ofDays(8));
 * }</pre>
 *
 * <p>Thread-safe. Never puts a returned temporary password or code into an exception message.
 */
public final class EndpointControl implements TimeTravel, Mailbox {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final URI endpoint;
  private final HttpClient http;
  private final ObjectMapper mapper = new ObjectMapper();

  private EndpointControl(URI endpoint) {
    this.endpoint = endpoint;
    this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  }

  /**
   * The test control of the endpoint at {@code endpoint}, for example {@code http://127.0.0.1:9229}.
   *
   * @throws NullPointerException if {@code endpoint} is null
   */
  public static EndpointControl of(URI endpoint) {
    return new EndpointControl(Objects.requireNonNull(endpoint, "endpoint is null"));
  }

  /**
   * A {@link ScenarioTarget} of the endpoint: {@code client} (an SDK client whose endpoint override is this
   * endpoint) with this control's time travel and mailbox.
   *
   * @throws NullPointerException if {@code client} is null
   */
  public ScenarioTarget fake(CognitoIdentityProviderClient client) {
    return new ScenarioTarget(client, this, this);
  }

  /**
   * Moves the endpoint's clock forward (to the second; a fraction of a second is dropped).
   *
   * @throws IllegalArgumentException if {@code by} is negative
   * @throws IllegalStateException if the endpoint refuses
   * @throws UncheckedIOException if the endpoint cannot be reached
   */
  @Override
  public void advance(Duration by) {
    if (Objects.requireNonNull(by, "by is null").isNegative()) {
      throw new IllegalArgumentException("a clock only moves forward: " + by);
    }
    ObjectNode body = mapper.createObjectNode();
    body.put("Seconds", by.getSeconds());
    call("AdvanceClock", body);
  }

  @Override
  public Optional<String> temporaryPassword(String userPoolId, String username) {
    return text(call("LastTemporaryPassword", user(userPoolId, username)), "TemporaryPassword");
  }

  @Override
  public Optional<String> code(String userPoolId, String username) {
    return text(call("LastCode", user(userPoolId, username)), "Code");
  }

  @Override
  public Optional<String> verificationCode(String userPoolId, String username, String attributeName) {
    ObjectNode body = user(userPoolId, username);
    body.put("AttributeName", Objects.requireNonNull(attributeName, "attributeName is null"));
    return text(call("LastCode", body), "Code");
  }

  private ObjectNode user(String userPoolId, String username) {
    ObjectNode body = mapper.createObjectNode();
    body.put("UserPoolId", Objects.requireNonNull(userPoolId, "userPoolId is null"));
    body.put("Username", Objects.requireNonNull(username, "username is null"));
    return body;
  }

  private static Optional<String> text(JsonNode response, String member) {
    JsonNode value = response.get(member);
    return value != null && value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
  }

  private JsonNode call(String operation, ObjectNode body) {
    try {
      HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/"))
          .timeout(TIMEOUT)
          .header("Content-Type", LocalEndpoint.CONTENT_TYPE)
          .header("X-Amz-Target", TestControl.TARGET_PREFIX + operation)
          .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body)))
          .build();
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      JsonNode json = mapper.readTree(response.body());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(operation + " refused with HTTP " + response.statusCode() + ": " + json.path("__type").asText()
            + ": " + json.path("message").asText());
      }
      return json;
    } catch (IOException e) {
      throw new UncheckedIOException(operation + " at " + endpoint + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(operation + " interrupted", e);
    }
  }

  @Override
  public String toString() {
    return "EndpointControl[" + endpoint + "]";
  }
}
