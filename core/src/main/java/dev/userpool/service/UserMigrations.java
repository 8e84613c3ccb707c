package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.Operation;
import dev.userpool.password.Password;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.Trigger;
import dev.userpool.pool.UserPool;
import dev.userpool.trigger.Json;
import dev.userpool.trigger.MigrationAnswer;
import dev.userpool.trigger.TriggerSource;
import dev.userpool.user.Attributes;
import dev.userpool.user.Migration;
import dev.userpool.user.UserStatus;
import dev.userpool.user.Username;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The user migration trigger (AWS developer guide, "Migrate user Lambda trigger" and "Importing users with a user
 * migration Lambda trigger"): when a USER_PASSWORD_AUTH or ADMIN_USER_PASSWORD_AUTH sign-in
 * ({@code UserMigration_Authentication}, with the password typed) or a ForgotPassword
 * ({@code UserMigration_ForgotPassword}) names a user the pool does not have (by username or alias), and the pool has
 * the trigger, the function is asked; the user it returns is created, and the operation then goes on as for any user
 * (the sign-in checks the password and issues tokens; ForgotPassword sends the reset code to the verified contact).
 * USER_SRP_AUTH never migrates: "the SDK does not send the password to the server in the SRP authentication flow"
 * (same guide); nor does anything else. The function's error is {@code UserMigration failed with error <its message>.}
 * and an answer without attributes leaves the user unknown: the operation gets its unknown user's error. Either way
 * nothing is stored.
 */
final class UserMigrations {

  private final TriggerInvocation invocation;
  private final WriteEngine engine;

  UserMigrations(TriggerInvocation invocation, WriteEngine engine) {
    this.invocation = Objects.requireNonNull(invocation, "invocation is null");
    this.engine = Objects.requireNonNull(engine, "engine is null");
  }

  /**
   * Before a password sign-in looks up {@code username}: the user migrated if the pool does not have it.
   *
   * @param validationData the request's ClientMetadata, which the event carries as {@code validationData} (the guide:
   *        "You can pass this data to your Lambda function by using the ClientMetadata parameter in the InitiateAuth
   *        and AdminInitiateAuth API actions")
   * @return whether a user was migrated, or the function's failure
   */
  Either<CognitoError, Boolean> beforeSignIn(Operation op, UserPool pool, AppClient client, String username, Password password,
      Map<String, String> validationData) {
    return migrate(op, pool, client, username, TriggerSource.UserMigration_Authentication, Option.some(password), validationData,
        LinkedHashMap.empty());
  }

  /** Before ForgotPassword looks up {@code username}, with the request's ClientMetadata. */
  Either<CognitoError, Boolean> beforeForgotPassword(UserPool pool, AppClient client, String username, Map<String, String> clientMetadata) {
    return migrate(Operation.FORGOT_PASSWORD, pool, client, username, TriggerSource.UserMigration_ForgotPassword, Option.none(),
        LinkedHashMap.empty(), clientMetadata);
  }

  private Either<CognitoError, Boolean> migrate(Operation op, UserPool pool, AppClient client, String username, TriggerSource source,
      Option<Password> password, Map<String, String> validationData, Map<String, String> clientMetadata) {
    if (!TriggerInvocation.configured(pool, Trigger.USER_MIGRATION)
        || engine.existing(pool, username, new CognitoError.InternalError()).isRight()) {
      return Either.right(false);
    }
    Json.Obj request = password.map(p -> Json.Obj.empty().with("password", Json.text(p.reveal()))).getOrElse(Json.Obj.empty())
        .with("validationData", validationData.isEmpty() ? new Json.Null() : Json.strings(validationData));
    request = TriggerInvocation.withClientMetadata(request, clientMetadata);
    return invocation.run(pool, source, Option.some(client), username, request, MigrationAnswer.unanswered(), MigrationAnswer::read,
        (MigrationAnswer) null, "1").flatMap(
            answer -> answer == null || !answer.migrates()
                ? Either.right(false)
                : engine.write(op, pool, ctx -> Either.right(Step.save(Migration.migrate(new Username(username), password,
                    Attributes.of(answer.userAttributes().toList()),
                    password.isEmpty() ? UserStatus.RESET_REQUIRED : answer.finalUserStatus(),
                    ctx), true))));
  }

  @Override
  public String toString() {
    return "UserMigrations";
  }
}
