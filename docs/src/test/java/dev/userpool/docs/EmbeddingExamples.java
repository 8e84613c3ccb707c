package dev.userpool.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.password.Password;
import dev.userpool.password.Pbkdf2PasswordHasher;
import dev.userpool.password.Randomness;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.user.Attributes;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.Context;
import dev.userpool.user.MessageAction;
import dev.userpool.user.PasswordKind;
import dev.userpool.user.Transition;
import dev.userpool.user.User;
import dev.userpool.user.UserEvent;
import dev.userpool.user.UserStatus;
import dev.userpool.user.Username;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import net.jqwik.api.Example;

class EmbeddingExamples {

  @Example
  void aFakeLoadsDecidesAndSaves() {
    // tag::embed-core[]
    // The fake's own storage and ports; the library only decides.
    ConcurrentMap<String, User> users = new ConcurrentHashMap<>();
    Randomness randomness = new SecureRandom()::nextBytes;
    UserPool pool = UserPool.builder().id(new UserPoolId("us-east-1_Example1")).name("app")
        .creationDate(Instant.EPOCH).lastModifiedDate(Instant.EPOCH).build(); // Cognito's default policy
    Context ctx = new Context(Instant.now(), pool, Pbkdf2PasswordHasher.withDefaultCost(), randomness,
        () -> ConfirmationCode.sixDigits(randomness));

    // AdminCreateUser: a new FORCE_CHANGE_PASSWORD user with a generated temporary password.
    Transition created = User.adminCreateUser(new Username("jane"), Option.none(), Attributes.empty(),
        Option.some(MessageAction.SUPPRESS), ctx).get();
    users.putIfAbsent("jane", created.after());

    // AdminSetUserPassword: load, decide, save (only if nobody changed the user in between).
    User loaded = users.get("jane");
    Either<CognitoError, Transition> decided = loaded.adminSetUserPassword(Password.of("Correct-H0rse-Battery"), PasswordKind.PERMANENT,
        ctx);
    decided.forEach(t -> assertThat(users.replace("jane", loaded, t.after())).isTrue());

    assertThat(users.get("jane").status()).isEqualTo(UserStatus.CONFIRMED);
    assertThat(decided.get().event()).isInstanceOf(UserEvent.PasswordSet.class);

    // A refusal is only an error: nothing to save, the user is unchanged.
    Either<CognitoError, Transition> refused = users.get("jane").adminSetUserPassword(Password.of("short"), PasswordKind.PERMANENT, ctx);
    assertThat(refused.getLeft().message()).isEqualTo("Password does not conform to policy: Password not long enough");
    // end::embed-core[]
  }
}
