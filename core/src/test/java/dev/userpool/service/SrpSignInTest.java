package dev.userpool.service;

import static dev.userpool.support.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.password.Password;
import dev.userpool.pool.UserPool;
import dev.userpool.srp.SrpTestClient;
import dev.userpool.srp.SrpTimestamp;
import dev.userpool.support.Fixtures;
import dev.userpool.support.MutableClock;
import dev.userpool.support.SimpleUserPools;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import io.vavr.control.Either;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** USER_SRP_AUTH through the service: InitiateAuth or AdminInitiateAuth, then the PASSWORD_VERIFIER answer. */
class SrpSignInTest {

  private final SimpleUserPools store = new SimpleUserPools();
  private final MutableClock clock = new MutableClock(Fixtures.T0);
  private final UserPoolService service = UserPoolService.builder().pools(store).hasher(Fixtures.HASHER).randomness(Fixtures.seeded(3))
      .codes(() -> ConfirmationCode.of("123456")).clock(clock).build();
  private final UserPool pool = service.poolConfiguration().createUserPool(Requests.CreateUserPool.named("srp")).get();
  private final SrpTestClient srp = new SrpTestClient(pool.id().poolName(), new BigInteger("a1".repeat(64), 16));

  private String client(String existence, String... flows) {
    return service.poolConfiguration()
        .createUserPoolClient(new Requests.CreateUserPoolClient(pool.id().value(), "app", List.of(flows), existence, null, null))
        .get().clientId().value();
  }

  private void user(String username, String password, boolean permanent) {
    service.adminCreateUser(new Requests.AdminCreateUser(pool.id().value(), username, null, null, "SUPPRESS")).get();
    service.adminSetUserPassword(new Requests.AdminSetUserPassword(pool.id().value(), username, password, permanent)).get();
  }

  private User stored(String username) {
    return service.adminGetUser(new Requests.AdminGetUser(pool.id().value(), username)).get();
  }

  private Either<CognitoError, Results.SignIn> initiate(String clientId, String username) {
    return service.signIns()
        .initiateAuth(new Requests.InitiateAuth(clientId, "USER_SRP_AUTH", Map.of("USERNAME", username, "SRP_A", srp.srpA())));
  }

  private Map<String, String> answer(Results.PasswordVerifier challenge, String password) {
    Map<String, String> p = challenge.challengeParameters();
    String timestamp = SrpTimestamp.format(clock.instant());
    return new HashMap<>(Map.of("USERNAME", p.get("USERNAME"), "TIMESTAMP", timestamp, "PASSWORD_CLAIM_SECRET_BLOCK", p.get("SECRET_BLOCK"),
        "PASSWORD_CLAIM_SIGNATURE",
        srp.signature(p.get("USER_ID_FOR_SRP"), Password.of(password), p.get("SALT"), p.get("SRP_B"), p.get("SECRET_BLOCK"), timestamp)));
  }

  private Either<CognitoError, Results.SignIn> respond(String clientId, Results.PasswordVerifier challenge, Map<String, String> answer) {
    return service.signIns().respondToAuthChallenge(new Requests.RespondToAuthChallenge(clientId, "PASSWORD_VERIFIER",
        challenge.initiation().session().reveal(), answer));
  }

  private static Results.PasswordVerifier verifier(Either<CognitoError, Results.SignIn> outcome) {
    return outcome.get().fold(a -> null, n -> null, v -> v, m -> null, c -> null);
  }

  private static String kind(Either<CognitoError, Results.SignIn> outcome) {
    return outcome.isLeft()
        ? message(outcome)
        : outcome.get().fold(a -> "tokens", n -> "NEW_PASSWORD_REQUIRED", v -> "PASSWORD_VERIFIER",
            m -> m.step().name(), c -> c.challengeName());
  }

  @Test
  void shouldSignInWithTheRightPasswordAndSaveTheExchangeInBetween() {
    String clientId = client(null, "ALLOW_USER_SRP_AUTH");
    user("jane", Fixtures.PASSWORD, true);

    var challenge = verifier(initiate(clientId, "jane"));

    assertThat(challenge.challengeParameters()).containsOnlyKeys("SALT", "SECRET_BLOCK", "SRP_B", "USERNAME", "USER_ID_FOR_SRP")
        .containsEntry("USERNAME", "jane").containsEntry("USER_ID_FOR_SRP", "jane");
    assertThat(stored("jane").srpExchange()).isNotEmpty();
    var signedIn = respond(clientId, challenge, answer(challenge, Fixtures.PASSWORD));
    assertThat(kind(signedIn)).isEqualTo("tokens");
    assertThat(stored("jane").srpExchange()).isEmpty();
  }

  @Test
  void shouldSignInThroughTheAdminOperations() {
    String clientId = client(null, "ALLOW_USER_SRP_AUTH");
    user("jane", Fixtures.PASSWORD, true);

    var challenge = verifier(
        service.signIns().adminInitiateAuth(new Requests.AdminInitiateAuth(pool.id().value(), clientId, "USER_SRP_AUTH",
            Map.of("USERNAME", "jane", "SRP_A", srp.srpA()))));
    var signedIn = service.signIns().adminRespondToAuthChallenge(new Requests.AdminRespondToAuthChallenge(pool.id().value(), clientId,
        "PASSWORD_VERIFIER", challenge.initiation().session().reveal(), answer(challenge, Fixtures.PASSWORD)));

    assertThat(kind(signedIn)).isEqualTo("tokens");
  }

  @Test
  void shouldRefuseAWrongPasswordAndCountIt() {
    String clientId = client(null, "ALLOW_USER_SRP_AUTH");
    user("jane", Fixtures.PASSWORD, true);

    var challenge = verifier(initiate(clientId, "jane"));
    var refused = respond(clientId, challenge, answer(challenge, Fixtures.OTHER_PASSWORD));

    assertThat(kind(refused)).isEqualTo("NotAuthorizedException: Incorrect username or password.");
    assertThat(stored("jane").failedSignIns()).isNotEmpty();
  }

  @Test
  void shouldAskATemporaryPasswordsHolderForANewOne() {
    String clientId = client(null, "ALLOW_USER_SRP_AUTH");
    user("jane", Fixtures.PASSWORD, false);

    var challenge = verifier(initiate(clientId, "jane"));

    assertThat(stored("jane").status()).isEqualTo(UserStatus.FORCE_CHANGE_PASSWORD);
    assertThat(kind(respond(clientId, challenge, answer(challenge, Fixtures.PASSWORD)))).isEqualTo("NEW_PASSWORD_REQUIRED");
  }

  @Test
  void shouldRefuseAClientWithoutTheFlow() {
    String clientId = client(null, "ALLOW_USER_PASSWORD_AUTH");
    user("jane", Fixtures.PASSWORD, true);

    assertThat(kind(initiate(clientId, "jane"))).isEqualTo("InvalidParameterException: Auth flow not enabled for this client");
  }

  @Test
  void shouldTellOrHideAnUnknownUserAtInitiation() {
    String telling = client("LEGACY", "ALLOW_USER_SRP_AUTH");
    String hiding = client("ENABLED", "ALLOW_USER_SRP_AUTH");

    assertThat(kind(initiate(telling, "nobody"))).isEqualTo("UserNotFoundException: User does not exist.");
    assertThat(kind(initiate(hiding, "nobody"))).isEqualTo("NotAuthorizedException: Incorrect username or password.");
  }

  @Test
  void shouldRequireSrpA() {
    String clientId = client(null, "ALLOW_USER_SRP_AUTH");

    var outcome = service.signIns().initiateAuth(new Requests.InitiateAuth(clientId, "USER_SRP_AUTH", Map.of("USERNAME", "jane")));

    assertThat(kind(outcome)).isEqualTo("InvalidParameterException: Missing required parameter SRP_A");
  }

  @ParameterizedTest
  @ValueSource(strings = { "USERNAME", "PASSWORD_CLAIM_SIGNATURE", "PASSWORD_CLAIM_SECRET_BLOCK", "TIMESTAMP" })
  void shouldRequireEachAnswerParameterByName(String left) {
    String clientId = client(null, "ALLOW_USER_SRP_AUTH");
    user("jane", Fixtures.PASSWORD, true);
    var challenge = verifier(initiate(clientId, "jane"));
    Map<String, String> answer = answer(challenge, Fixtures.PASSWORD);
    answer.remove(left);

    assertThat(kind(respond(clientId, challenge, answer))).isEqualTo("InvalidParameterException: Missing required parameter " + left);
    assertThat(stored("jane").srpExchange()).isNotEmpty();
  }

  @Test
  void shouldTellOrHideAnUnknownUserAtTheAnswer() {
    String telling = client("LEGACY", "ALLOW_USER_SRP_AUTH");
    String hiding = client("ENABLED", "ALLOW_USER_SRP_AUTH");
    user("jane", Fixtures.PASSWORD, true);
    var challenge = verifier(initiate(telling, "jane"));
    Map<String, String> answer = answer(challenge, Fixtures.PASSWORD);
    answer.put("USERNAME", "nobody");

    assertThat(kind(respond(telling, challenge, answer))).isEqualTo("UserNotFoundException: User does not exist.");
    assertThat(kind(respond(hiding, challenge, answer))).isEqualTo("NotAuthorizedException: Invalid session for the user.");
  }
}
