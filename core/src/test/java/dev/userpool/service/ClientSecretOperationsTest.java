package dev.userpool.service;

import static dev.userpool.support.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ClientSecret;
import dev.userpool.pool.UserPool;
import dev.userpool.srp.SrpTestClient;
import dev.userpool.support.Fixtures;
import dev.userpool.support.MutableClock;
import dev.userpool.support.SimpleUserPools;
import dev.userpool.user.ConfirmationCode;
import io.vavr.control.Either;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation that names an app client with a secret needs SECRET_HASH for its username: without it,
 * "Client <id> is configured for secret but secret was not received"; with another hash, "Unable to verify
 * secret hash for client <id>"; with the right one, the operation goes on. A refusal changes nothing.
 */
class ClientSecretOperationsTest {

  private static final String SESSION = "s".repeat(40);

  private final SimpleUserPools store = new SimpleUserPools();
  private final UserPoolService service = UserPoolService.builder().pools(store).hasher(Fixtures.HASHER).randomness(Fixtures.seeded(5))
      .codes(() -> ConfirmationCode.of("123456")).clock(new MutableClock(Fixtures.T0)).build();
  private final UserPool pool = service.poolConfiguration().createUserPool(Requests.CreateUserPool.named("secrets")).get();
  private final AppClient client = service.poolConfiguration()
      .createUserPoolClient(new Requests.CreateUserPoolClient(pool.id().value(), "app",
          List.of("ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH"), null, null, true))
      .get();
  private final String clientId = client.clientId().value();
  private final ClientSecret secret = client.clientSecret().get();

  ClientSecretOperationsTest() {
    service.adminCreateUser(new Requests.AdminCreateUser(pool.id().value(), "jane", null, null, "SUPPRESS")).get();
    service.adminSetUserPassword(new Requests.AdminSetUserPassword(pool.id().value(), "jane", Fixtures.PASSWORD, true)).get();
  }

  /** An operation on user jane with the given SECRET_HASH (null: none). */
  private record Call(String name, Function<ClientSecretOperationsTest, Function<String, Either<CognitoError, ?>>> call) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Map<String, String> with(String secretHash, Map<String, String> parameters) {
    Map<String, String> all = new HashMap<>(parameters);
    if (secretHash != null) {
      all.put("SECRET_HASH", secretHash);
    }
    return all;
  }

  static Stream<Arguments> calls() {
    String srpA = new SrpTestClient("x", BigInteger.TEN).srpA();
    return Stream.of(
        new Call("SignUp", t -> h -> t.service.signUps().signUp(new Requests.SignUp(t.clientId, "jane", Fixtures.PASSWORD, null, h))),
        new Call("ConfirmSignUp", t -> h -> t.service.signUps().confirmSignUp(new Requests.ConfirmSignUp(t.clientId, "jane", "123456", h))),
        new Call("ForgotPassword", t -> h -> t.service.signUps().forgotPassword(new Requests.ForgotPassword(t.clientId, "jane", h))),
        new Call("ConfirmForgotPassword",
            t -> h -> t.service.signUps().confirmForgotPassword(new Requests.ConfirmForgotPassword(t.clientId, "jane",
                "123456", Fixtures.OTHER_PASSWORD, h))),
        new Call("ResendConfirmationCode",
            t -> h -> t.service.signUps().resendConfirmationCode(new Requests.ResendConfirmationCode(t.clientId, "jane", h))),
        new Call("USER_PASSWORD_AUTH",
            t -> h -> t.service.signIns().initiateAuth(new Requests.InitiateAuth(t.clientId, "USER_PASSWORD_AUTH",
                with(h, Map.of("USERNAME", "jane", "PASSWORD", Fixtures.PASSWORD))))),
        new Call("USER_SRP_AUTH", t -> h -> t.service.signIns().initiateAuth(new Requests.InitiateAuth(t.clientId, "USER_SRP_AUTH",
            with(h, Map.of("USERNAME", "jane", "SRP_A", srpA))))),
        new Call("NEW_PASSWORD_REQUIRED",
            t -> h -> t.service.signIns().respondToAuthChallenge(new Requests.RespondToAuthChallenge(t.clientId,
                "NEW_PASSWORD_REQUIRED", SESSION, with(h, Map.of("USERNAME", "jane", "NEW_PASSWORD", Fixtures.OTHER_PASSWORD))))),
        new Call("PASSWORD_VERIFIER", t -> h -> t.service.signIns().respondToAuthChallenge(new Requests.RespondToAuthChallenge(t.clientId,
            "PASSWORD_VERIFIER", SESSION, with(h, Map.of("USERNAME", "jane", "PASSWORD_CLAIM_SIGNATURE", "c2ln",
                "PASSWORD_CLAIM_SECRET_BLOCK", "YmxvY2s=", "TIMESTAMP", "Thu Jan 1 00:00:00 UTC 2026"))))))
        .map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("calls")
  void shouldRefuseAMissingSecretHashAndChangeNothing(Call call) {
    var before = store.snapshot();

    var outcome = call.call().apply(this).apply(null);

    assertThat(message(outcome))
        .isEqualTo("NotAuthorizedException: Client " + clientId + " is configured for secret but secret was not received");
    assertThat(store.snapshot()).isEqualTo(before);
  }

  @ParameterizedTest
  @MethodSource("calls")
  void shouldRefuseAnotherUsersOrClientsHashAndChangeNothing(Call call) {
    var before = store.snapshot();

    var otherUser = call.call().apply(this).apply(secret.secretHash("john", client.clientId()));
    var notBase64 = call.call().apply(this).apply("%%%");

    String expected = "NotAuthorizedException: Unable to verify secret hash for client " + clientId;
    assertThat(message(otherUser)).isEqualTo(expected);
    assertThat(message(notBase64)).isEqualTo(expected);
    assertThat(store.snapshot()).isEqualTo(before);
  }

  @ParameterizedTest
  @MethodSource("calls")
  void shouldGoOnWithTheRightHash(Call call) {
    var outcome = call.call().apply(this).apply(secret.secretHash("jane", client.clientId()));

    assertThat(outcome.isLeft() ? message(outcome) : "success").doesNotContain("secret");
  }
}
