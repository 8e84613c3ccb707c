package dev.userpool.trigger;

import dev.userpool.user.UserStatus;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * What a user migration function's response says (AWS developer guide, "Migrate user Lambda trigger",
 * user-pool-lambda-migrate-user.md): {@code userAttributes} ("This field is required": without any, the user is not
 * migrated and the caller gets the unknown user's error, the library's reading), {@code finalUserStatus}
 * ({@code CONFIRMED}, the default, or {@code RESET_REQUIRED}), {@code messageAction} ({@code SUPPRESS}),
 * {@code desiredDeliveryMediums} ({@code EMAIL}, {@code SMS}) and {@code forceAliasCreation}. A member of another type
 * or value makes the answer invalid ({@code InvalidLambdaResponseException}).
 *
 * @param userAttributes the attributes to store
 * @param finalUserStatus the migrated user's status at sign-in
 * @param suppressMessage whether {@code messageAction} is {@code SUPPRESS}
 * @param desiredDeliveryMediums where a welcome message would go
 * @param forceAliasCreation whether an alias another user has moves to this one
 */
public record MigrationAnswer(Map<String, String> userAttributes, UserStatus finalUserStatus, boolean suppressMessage,
    Seq<String> desiredDeliveryMediums, boolean forceAliasCreation) {

  /** The statuses {@code finalUserStatus} may name. */
  public static final Seq<UserStatus> FINAL_STATUSES = List.of(UserStatus.CONFIRMED, UserStatus.RESET_REQUIRED);

  /** The values {@code desiredDeliveryMediums} may hold. */
  public static final Seq<String> MEDIUMS = List.of("EMAIL", "SMS");

  /** The response as Cognito sends it: every member {@code null}. */
  public static Json.Obj unanswered() {
    Json none = new Json.Null();
    return Json.Obj.empty().with("userAttributes", none).with("finalUserStatus", none).with("messageAction", none)
        .with("desiredDeliveryMediums", none).with("forceAliasCreation", none);
  }

  /** No migration: no attributes (the user stays unknown). */
  public static final MigrationAnswer NONE = new MigrationAnswer(LinkedHashMap.empty(), UserStatus.CONFIRMED, false, List.empty(), false);

  /** A user migrated CONFIRMED with {@code userAttributes}, no message sent. */
  public static MigrationAnswer confirmed(Map<String, String> userAttributes) {
    return new MigrationAnswer(userAttributes, UserStatus.CONFIRMED, true, List.empty(), false);
  }

  /** The response as a function answers it. */
  public Json.Obj toJson() {
    return Json.Obj.empty().with("userAttributes", userAttributes.isEmpty() ? new Json.Null() : Json.strings(userAttributes))
        .with("finalUserStatus", Json.text(finalUserStatus.name()))
        .with("messageAction", suppressMessage ? Json.text("SUPPRESS") : new Json.Null())
        .with("desiredDeliveryMediums", Json.texts(desiredDeliveryMediums)).with("forceAliasCreation", Json.bool(forceAliasCreation));
  }

  /** Whether the function migrates the user: it returned attributes. */
  public boolean migrates() {
    return !userAttributes.isEmpty();
  }

  /** The answer in a function's response, or InvalidLambdaResponse. */
  public static Either<TriggerFailure, MigrationAnswer> read(Json answer) {
    return Responses.response(answer).flatMap(r -> Responses.members(r, "userAttributes").flatMap(attributes -> {
      if (!attributes.values().forAll(Json.Text.class::isInstance)) {
        return Either.left(TriggerFailure.invalidResponse());
      }
      Map<String, String> values = attributes.mapValues(v -> ((Json.Text) v).value());
      return Responses.text(r, "finalUserStatus").flatMap(status -> Responses.text(r, "messageAction")
          .flatMap(action -> Responses.texts(r, "desiredDeliveryMediums").flatMap(mediums -> Responses.flag(r, "forceAliasCreation")
              .flatMap(force -> answer(values, status, action, mediums, force)))));
    }));
  }

  private static Either<TriggerFailure, MigrationAnswer> answer(Map<String, String> attributes, Option<String> status,
      Option<String> action, Seq<String> mediums, boolean force) {
    Option<UserStatus> finalStatus = status.map(s -> FINAL_STATUSES.find(f -> f.name().equals(s)).getOrNull());
    if (finalStatus.exists(s -> s == null) || action.exists(a -> !a.equals("SUPPRESS")) || !mediums.forAll(MEDIUMS::contains)) {
      return Either.left(TriggerFailure.invalidResponse());
    }
    return Either.right(new MigrationAnswer(attributes, finalStatus.getOrElse(UserStatus.CONFIRMED), action.isDefined(), mediums, force));
  }

  @Override
  public String toString() {
    return "MigrationAnswer[" + userAttributes.keySet() + ", " + finalUserStatus + "]";
  }
}
