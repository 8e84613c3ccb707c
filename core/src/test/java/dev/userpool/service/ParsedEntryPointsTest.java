package dev.userpool.service;

import static dev.userpool.support.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.error.Operation;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.support.Fixtures;
import dev.userpool.support.MutableClock;
import dev.userpool.support.SimpleUserPools;
import dev.userpool.user.ConfirmationCode;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * What only the parsed entry points do (the ones the SDK client and the endpoint call): creation under an id
 * the caller chose, and one command type serving a user operation and its admin twin. That each parsed entry
 * point otherwise answers as its raw one is a property of {@link BadInputProperties}.
 */
class ParsedEntryPointsTest {

  private final SimpleUserPools store = new SimpleUserPools();

  private UserPoolService service(Operation refused) {
    return UserPoolService.builder().pools(store).hasher(Fixtures.HASHER).randomness(Fixtures.seeded(11))
        .codes(() -> ConfirmationCode.of("123456")).clock(new MutableClock(Fixtures.T0)).rateLimits(op -> op != refused).build();
  }

  private final UserPoolService service = service(null);

  private static Commands.CreateUserPool named(String name) {
    return Commands.parse(Requests.CreateUserPool.named(name)).get();
  }

  private static Commands.CreateUserPoolClient clientOf(UserPool pool) {
    return Commands.parse(new Requests.CreateUserPoolClient(pool.id().value(), "app",
        List.of("ALLOW_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH"), null, null, null)).get();
  }

  @Test
  void shouldCreateAPoolUnderTheChosenIdOnce() {
    UserPoolId id = new UserPoolId("eu-west-1_Chosen123");

    UserPool first = service.poolConfiguration().createUserPool(named("first"), id).get();
    var second = service.poolConfiguration().createUserPool(named("second"), id);

    assertThat(first.id()).isEqualTo(id);
    assertThat(first.name()).isEqualTo("first");
    assertThat(message(second)).isEqualTo("InvalidParameterException: User pool eu-west-1_Chosen123 already exists.");
    assertThat(store.find(id).get().name()).isEqualTo("first");
  }

  @Test
  void shouldCreateAClientUnderTheChosenIdOnceAcrossPools() {
    UserPool pool = service.poolConfiguration().createUserPool(named("one")).get();
    UserPool other = service.poolConfiguration().createUserPool(named("two")).get();
    ClientId id = new ClientId("chosenclient1234");

    AppClient first = service.poolConfiguration().createUserPoolClient(clientOf(pool), id).get();
    var again = service.poolConfiguration().createUserPoolClient(clientOf(other), id);

    assertThat(first.clientId()).isEqualTo(id);
    assertThat(store.findByClient(id).get().id()).isEqualTo(pool.id());
    assertThat(message(again)).isEqualTo("InvalidParameterException: User pool client chosenclient1234 already exists.");
    assertThat(store.find(other.id()).get().clients()).isEmpty();
  }

  /**
   * A service refusing only {@code userOp} refuses the user form and serves the admin form, and the other way
   * round; {@code served} is what the served form answers (nobody signed up).
   */
  private <C> void assertLimitedAsItself(Operation userOp, Operation adminOp, BiFunction<UserPoolService, C, Either<CognitoError, ?>> call,
      C user, C admin, String served) {
    UserPoolService noAdmin = service(adminOp);
    UserPoolService noUser = service(userOp);

    assertThat(message(call.apply(noAdmin, admin))).isEqualTo("TooManyRequestsException: Rate exceeded");
    assertThat(message(call.apply(noAdmin, user))).isEqualTo(served);
    assertThat(message(call.apply(noUser, user))).isEqualTo("TooManyRequestsException: Rate exceeded");
    assertThat(message(call.apply(noUser, admin))).isEqualTo(served);
  }

  @Test
  void shouldRateLimitASignInAsTheOperationItIs() {
    UserPool pool = service.poolConfiguration().createUserPool(named("limits")).get();
    ClientId clientId = service.poolConfiguration().createUserPoolClient(clientOf(pool)).get().clientId();
    Map<String, String> parameters = Map.of("USERNAME", "jane", "PASSWORD", Fixtures.PASSWORD);

    assertLimitedAsItself(Operation.INITIATE_AUTH, Operation.ADMIN_INITIATE_AUTH, (svc, x) -> svc.signIns().initiateAuth(x),
        new Commands.InitiateAuth(Option.none(), clientId, AuthFlowType.USER_PASSWORD_AUTH, parameters),
        new Commands.InitiateAuth(Option.some(pool.id()), clientId, AuthFlowType.ADMIN_USER_PASSWORD_AUTH, parameters),
        "UserNotFoundException: User does not exist.");
  }

  @Test
  void shouldRateLimitAChallengeAnswerAsTheOperationItIs() {
    UserPool pool = service.poolConfiguration().createUserPool(named("limits")).get();
    ClientId clientId = service.poolConfiguration().createUserPoolClient(clientOf(pool)).get().clientId();
    Map<String, String> responses = Map.of("USERNAME", "jane", "NEW_PASSWORD", Fixtures.OTHER_PASSWORD);

    assertLimitedAsItself(Operation.RESPOND_TO_AUTH_CHALLENGE, Operation.ADMIN_RESPOND_TO_AUTH_CHALLENGE,
        (svc, x) -> svc.signIns().respondToAuthChallenge(x),
        new Commands.RespondToAuthChallenge(Option.none(), clientId, ChallengeNameType.NEW_PASSWORD_REQUIRED, Option.none(), responses),
        new Commands.RespondToAuthChallenge(Option.some(pool.id()), clientId, ChallengeNameType.NEW_PASSWORD_REQUIRED, Option.none(),
            responses),
        "NotAuthorizedException: Invalid session for the user.");
  }
}
