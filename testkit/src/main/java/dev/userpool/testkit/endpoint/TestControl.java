package dev.userpool.testkit.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.inprocess.Mailbox;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The endpoint's test-only operations, under the target prefix {@value #TARGET_PREFIX}; see
 * {@link LocalEndpoint} for their requests and responses. Their members are named as AWS names its own
 * ({@code Days}, {@code UserPoolId}, {@code Username}; answers {@code Now}, {@code TemporaryPassword},
 * {@code Code}), and they answer errors as every other target does: a pool that does not exist is
 * {@code ResourceNotFoundException}. Unlike Cognito's operations they are strict: a member they do not
 * know is refused, so a typo ({@code "Day"}) fails loudly instead of doing nothing.
 */
final class TestControl {

  /** The {@code X-Amz-Target} prefix of the test-control operations. */
  static final String TARGET_PREFIX = "UserpoolTestControl.";

  /** AdvanceClock's members, each a whole non-negative number. */
  private static final Map<String, Duration> UNITS = Map.of(
      "Days", Duration.ofDays(1), "Hours", Duration.ofHours(1), "Minutes", Duration.ofMinutes(1), "Seconds", Duration.ofSeconds(1));
  private static final Set<String> MAILBOX_MEMBERS = Set.of("UserPoolId", "Username");
  /** The latest instant AdvanceClock moves to: past it, dates lose their four-digit years and token expiries overflow. */
  static final Instant LATEST = ControllableClock.LATEST;

  private final InProcessCognito cognito;
  private final Mailbox mailbox;

  TestControl(InProcessCognito cognito) {
    this.cognito = Objects.requireNonNull(cognito, "cognito is null");
    this.mailbox = cognito.mailbox();
  }

  /** The operations' names, sorted. */
  static List<String> names() {
    return List.of("AdvanceClock", "LastCode", "LastTemporaryPassword");
  }

  /**
   * Runs test-control operation {@code name}.
   *
   * @throws WireError for an unknown operation or bad input
   */
  ObjectNode call(String name, ObjectNode body) {
    switch (name) {
      case "AdvanceClock" :
        return advanceClock(body);
      case "LastTemporaryPassword" :
        onlyMembers(body, MAILBOX_MEMBERS);
        return secret("TemporaryPassword", mailbox.temporaryPassword(existingPool(body), text(body, "Username")));
      case "LastCode" :
        onlyMembers(body, MAILBOX_MEMBERS);
        return secret("Code", mailbox.code(existingPool(body), text(body, "Username")));
      default :
        throw WireError.unknownOperation("Unknown operation: the test control has " + String.join(", ", names()) + ".");
    }
  }

  private ObjectNode advanceClock(ObjectNode body) {
    onlyMembers(body, UNITS.keySet());
    Duration by = Duration.ZERO;
    try {
      for (Map.Entry<String, Duration> unit : UNITS.entrySet()) {
        JsonNode value = body.get(unit.getKey());
        if (value == null || value.isNull()) {
          continue;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
          throw WireError.invalidParameter("'" + unit.getKey() + "' must be a whole number of at least 0.");
        }
        by = by.plus(unit.getValue().multipliedBy(value.longValue()));
      }
      cognito.clock().advance(by); // refuses a move past LATEST, leaving the clock
    } catch (ArithmeticException | DateTimeException | IllegalArgumentException e) {
      throw WireError.invalidParameter("The clock cannot move past " + LATEST + ".");
    }
    ObjectNode response = JsonNodeFactory.instance.objectNode();
    response.put("Now", cognito.clock().instant().toString());
    return response;
  }

  /** The request's UserPoolId, once it names a pool of the endpoint; as Cognito's operations answer, otherwise. */
  private String existingPool(ObjectNode body) {
    String id = text(body, "UserPoolId");
    if (cognito.store().list().find(p -> p.id().value().equals(id)).isEmpty()) {
      throw new WireError("ResourceNotFoundException", "User pool " + id + " does not exist.", 400);
    }
    return id;
  }

  private static ObjectNode secret(String member, Optional<String> value) {
    ObjectNode response = JsonNodeFactory.instance.objectNode();
    value.ifPresent(v -> response.put(member, v));
    return response;
  }

  private static String text(ObjectNode body, String member) {
    JsonNode value = body.get(member);
    if (value == null || !value.isTextual() || value.textValue().isEmpty()) {
      throw WireError.invalidParameter("'" + member + "' must be a non-empty string.");
    }
    return value.textValue();
  }

  private static void onlyMembers(ObjectNode body, Set<String> known) {
    for (Map.Entry<String, JsonNode> member : body.properties()) {
      if (!known.contains(member.getKey())) {
        throw WireError.invalidParameter("Unknown member; the members are " + new TreeSet<>(known) + ".");
      }
    }
  }
}
