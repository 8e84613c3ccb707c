package dev.userpool.service;

import static dev.userpool.support.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.error.Operation;
import dev.userpool.group.Group;
import dev.userpool.group.GroupName;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPool;
import dev.userpool.port.StoreConflict;
import dev.userpool.port.UserPools;
import dev.userpool.port.Users;
import dev.userpool.support.FakeSigner;
import dev.userpool.support.Fixtures;
import dev.userpool.support.ForwardingUserPools;
import dev.userpool.support.MutableClock;
import dev.userpool.support.SimpleGroups;
import dev.userpool.support.SimpleTokenFamilies;
import dev.userpool.support.SimpleUserPools;
import dev.userpool.token.Issuer;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Naming;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The operations that present a token, as Cognito checks them: shapes, then pool and client or token, then the operation. */
class TokenOperationsTest {

  private static final String POOL_ID = "us-east-1_TEST";
  private static final String CLIENT_ID = Fixtures.CLIENT_ID.value();

  private final SimpleUserPools pools = new SimpleUserPools();
  private final SimpleGroups groups = new SimpleGroups();
  private final MutableClock clock = new MutableClock(Fixtures.T0);
  private final AtomicBoolean limited = new AtomicBoolean();
  private final UserPoolService service = UserPoolService.builder()
      .pools(pools)
      .hasher(Fixtures.HASHER)
      .randomness(Fixtures.seeded(1))
      .codes(() -> ConfirmationCode.of("123456"))
      .clock(clock)
      .build();
  private final TokenService tokens = new TokenService(pools, groups, new SimpleTokenFamilies(), new FakeSigner(), Fixtures.seeded(3),
      clock, Issuer::aws);
  private final TokenOperations operations = new TokenOperations(service, tokens, pools, groups, op -> !limited.get());
  private final UserPool pool = Fixtures.pool(PasswordPolicy.cognitoDefault());
  private final User jane = Fixtures.user(UserStatus.CONFIRMED);

  TokenOperationsTest() {
    pools.save(pool);
    pools.users(pool.id()).save(jane, Naming.of(pool).keysOf(jane));
  }

  private TokenService.Issued signIn() {
    return tokens.issue(pool, Fixtures.CLIENT, jane);
  }

  private static Map<String, String> refreshParameters(String token) {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("REFRESH_TOKEN", token);
    return parameters;
  }

  // -- shapes, reported together and in member order, before any lookup

  @Test
  void shouldReportEveryChangePasswordMemberTogetherBeforeTheToken() {
    assertThat(message(operations.changePassword(new Requests.ChangePasswordByToken(null, " " + Fixtures.OTHER_PASSWORD, null))))
        .isEqualTo("InvalidParameterException: 3 validation errors detected: "
            + "Value null at 'previousPassword' failed to satisfy constraint: Member must not be null; "
            + "Value at 'proposedPassword' failed to satisfy constraint: Member must satisfy regular expression pattern: "
            + "^[\\S]+.*[\\S]+$; "
            + "Value null at 'accessToken' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void shouldCheckTheAccessTokensShapeWithoutShowingIt() {
    String expected = "InvalidParameterException: 1 validation error detected: Value at 'accessToken' failed to satisfy constraint: "
        + "Member must satisfy regular expression pattern: [A-Za-z0-9-_=.]+";

    assertThat(message(operations.getUser(new Requests.GetUser("not a token")))).isEqualTo(expected);
    assertThat(message(operations.globalSignOut(new Requests.GlobalSignOut("not a token")))).isEqualTo(expected);
    assertThat(message(operations.deleteUser(new Requests.DeleteUserByToken("not a token")))).isEqualTo(expected);
    assertThat(message(operations.updateUserAttributes(new Requests.UpdateUserAttributesByToken(null, "not a token"))))
        .isEqualTo(expected);
  }

  @Test
  void shouldReportTokenThenClientIdShapesOnRevokeToken() {
    assertThat(message(operations.revokeToken(new Requests.RevokeToken(null, "bad id!"))))
        .isEqualTo("InvalidParameterException: 2 validation errors detected: "
            + "Value null at 'token' failed to satisfy constraint: Member must not be null; "
            + "Value 'bad id!' at 'clientId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+]+");
  }

  @Test
  void shouldReportPoolThenClientIdShapesOnAdminRefresh() {
    assertThat(message(operations.adminRefreshTokenAuth(new Requests.AdminInitiateAuth("nope", null, "REFRESH_TOKEN_AUTH", null))))
        .isEqualTo("InvalidParameterException: 2 validation errors detected: "
            + "Value 'nope' at 'userPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: "
            + "[\\w-]+_[0-9a-zA-Z]+; "
            + "Value null at 'clientId' failed to satisfy constraint: Member must not be null");
  }

  // -- the refresh flow: pool, then client, then REFRESH_TOKEN, then the token

  @Test
  void shouldLookUpThePoolThenTheClientBeforeAskingForTheRefreshToken() {
    assertThat(
        message(operations.adminRefreshTokenAuth(new Requests.AdminInitiateAuth("us-east-1_NOPE", "unknown0client", "REFRESH_TOKEN_AUTH",
            null))))
        .isEqualTo("ResourceNotFoundException: User pool us-east-1_NOPE does not exist.");
    assertThat(message(operations.adminRefreshTokenAuth(new Requests.AdminInitiateAuth(POOL_ID, "unknown0client", "REFRESH_TOKEN_AUTH",
        null)))).isEqualTo("ResourceNotFoundException: User pool client unknown0client does not exist.");
    assertThat(message(operations.refreshTokenAuth(new Requests.InitiateAuth("unknown0client", "REFRESH_TOKEN", null))))
        .isEqualTo("ResourceNotFoundException: User pool client unknown0client does not exist.");
    assertThat(message(operations.refreshTokenAuth(new Requests.InitiateAuth(CLIENT_ID, "REFRESH_TOKEN_AUTH", Map.of()))))
        .isEqualTo("InvalidParameterException: Missing required parameter REFRESH_TOKEN");
    assertThat(message(operations.adminRefreshTokenAuth(new Requests.AdminInitiateAuth(POOL_ID, CLIENT_ID, "REFRESH_TOKEN_AUTH", null))))
        .isEqualTo("InvalidParameterException: Missing required parameter REFRESH_TOKEN");
  }

  @Test
  void shouldRenewFromAValidRefreshTokenAndRefuseAnInvalidOrRevokedOne() {
    TokenService.Issued issued = signIn();
    String refresh = issued.refreshToken().get();

    TokenService.Issued renewed = operations.refreshTokenAuth(new Requests.InitiateAuth(CLIENT_ID, "REFRESH_TOKEN_AUTH",
        refreshParameters(refresh))).get();
    assertThat(renewed.refreshToken()).isEmpty();
    assertThat(operations.getUser(new Requests.GetUser(renewed.accessToken()))).isEqualTo(Either.right(jane));
    assertThat(message(operations.refreshTokenAuth(new Requests.InitiateAuth(CLIENT_ID, "REFRESH_TOKEN_AUTH",
        refreshParameters("no-such-token"))))).isEqualTo("NotAuthorizedException: Invalid Refresh Token.");

    assertThat(operations.globalSignOut(new Requests.GlobalSignOut(issued.accessToken()))).isEqualTo(Either.right(jane));

    assertThat(message(operations.adminRefreshTokenAuth(new Requests.AdminInitiateAuth(POOL_ID, CLIENT_ID, "REFRESH_TOKEN",
        refreshParameters(refresh))))).isEqualTo("NotAuthorizedException: Refresh Token has been revoked");
    assertThat(message(operations.getUser(new Requests.GetUser(renewed.accessToken()))))
        .isEqualTo("NotAuthorizedException: Access Token has been revoked");
  }

  @Test
  void shouldNameOnlyTheTwoRefreshFlowsAsRefresh() {
    assertThat(List.of("REFRESH_TOKEN_AUTH", "REFRESH_TOKEN", "USER_PASSWORD_AUTH", "refresh_token_auth")
        .stream()
        .map(TokenOperations::isRefresh)).containsExactly(true, true, false, false);
    assertThat(TokenOperations.isRefresh(null)).isFalse();
  }

  // -- operations by access token

  @Test
  void shouldChangePasswordOnlyWithAValidAccessToken() {
    TokenService.Issued issued = signIn();

    assertThat(message(operations.changePassword(new Requests.ChangePasswordByToken(Fixtures.PASSWORD, Fixtures.OTHER_PASSWORD,
        "eyJhbGciOiJub25lIn0.e30.")))).isEqualTo("NotAuthorizedException: Invalid Access Token");
    assertThat(message(operations.changePassword(new Requests.ChangePasswordByToken("Wrong0ne!", Fixtures.OTHER_PASSWORD,
        issued.accessToken())))).isEqualTo("NotAuthorizedException: Incorrect username or password.");

    assertThat(operations.changePassword(new Requests.ChangePasswordByToken(Fixtures.PASSWORD, Fixtures.OTHER_PASSWORD,
        issued.accessToken())).isRight()).isTrue();
    assertThat(pools.users(pool.id()).find(new LookupKey.BySub(jane.sub())).get()).isNotEqualTo(jane);
  }

  @Test
  void shouldUpdateAttributesOfTheTokensUserAndRequireThem() {
    TokenService.Issued issued = signIn();

    assertThat(message(operations.updateUserAttributes(new Requests.UpdateUserAttributesByToken(null, issued.accessToken()))))
        .isEqualTo("InvalidParameterException: 1 validation error detected: "
            + "Value null at 'userAttributes' failed to satisfy constraint: Member must not be null");
    assertThat(operations.updateUserAttributes(new Requests.UpdateUserAttributesByToken(
        List.of(new Requests.AttributeType("name", "Jane")), issued.accessToken())).isRight()).isTrue();
    assertThat(pools.users(pool.id()).find(new LookupKey.BySub(jane.sub())).get().attributes().asMap().get("name")).contains("Jane");
  }

  @Test
  void shouldDeleteTheTokensUserWithTheirTokensAndMemberships() {
    groups.save(Group.create(pool.id(), new GroupName("admins"), Option.none(), Option.none(), Option.some(1), Fixtures.T0));
    groups.addMember(pool.id(), new GroupName("admins"), jane.sub());
    TokenService.Issued issued = signIn();

    assertThat(operations.deleteUser(new Requests.DeleteUserByToken(issued.accessToken())).isRight()).isTrue();

    assertThat(pools.users(pool.id()).find(new LookupKey.BySub(jane.sub()))).isEmpty();
    assertThat(groups.groupsOf(pool.id(), jane.sub())).isEmpty();
    assertThat(message(operations.deleteUser(new Requests.DeleteUserByToken(issued.accessToken()))))
        .isEqualTo("NotAuthorizedException: Access Token has been revoked");
  }

  @Test
  void shouldSignOutAUserByNameOrSayThereIsNone() {
    TokenService.Issued issued = signIn();

    assertThat(message(operations.adminUserGlobalSignOut(new Requests.AdminUserGlobalSignOut(POOL_ID, "nobody"))))
        .isEqualTo("UserNotFoundException: User does not exist.");
    assertThat(tokens.authorize(issued.accessToken()).isRight()).isTrue();

    assertThat(operations.adminUserGlobalSignOut(new Requests.AdminUserGlobalSignOut(POOL_ID, "jane"))).isEqualTo(Either.right(jane));
    assertThat(message(tokens.authorize(issued.accessToken()))).isEqualTo("NotAuthorizedException: Access Token has been revoked");
  }

  // -- RevokeToken

  @Test
  void shouldRevokeOnlyRefreshTokensOfAKnownClient() {
    TokenService.Issued issued = signIn();

    assertThat(message(operations.revokeToken(new Requests.RevokeToken(issued.refreshToken().get(), "unknown0client"))))
        .isEqualTo("ResourceNotFoundException: User pool client unknown0client does not exist.");
    assertThat(message(operations.revokeToken(new Requests.RevokeToken(issued.accessToken(), CLIENT_ID))))
        .isEqualTo("UnsupportedTokenTypeException: Unsupported token type. Only refresh tokens can be revoked.");
    assertThat(operations.revokeToken(new Requests.RevokeToken("unknown", CLIENT_ID))).isEqualTo(Either.right(false));

    assertThat(operations.revokeToken(new Requests.RevokeToken(issued.refreshToken().get(), CLIENT_ID))).isEqualTo(Either.right(true));
    assertThat(message(tokens.authorize(issued.accessToken()))).isEqualTo("NotAuthorizedException: Access Token has been revoked");
  }

  // -- the guard

  @Test
  void shouldRateLimitBeforeAnyCheck() {
    limited.set(true);

    assertThat(message(operations.getUser(new Requests.GetUser(null)))).isEqualTo("TooManyRequestsException: Rate exceeded");
    assertThat(message(operations.revokeToken(new Requests.RevokeToken(null, null)))).isEqualTo("TooManyRequestsException: Rate exceeded");
  }

  @Test
  void shouldCountOneCallOnceAgainstTheRateLimit() {
    List<Operation> asked = new ArrayList<>();
    TokenOperations counted = new TokenOperations(service, tokens, pools, groups, op -> asked.add(op));

    counted.changePassword(new Requests.ChangePasswordByToken(Fixtures.PASSWORD, Fixtures.OTHER_PASSWORD, signIn().accessToken()));

    assertThat(asked).containsExactly(Operation.CHANGE_PASSWORD);
  }

  @Test
  void shouldReportAFailingPortAsInternalErrorWithItsCause() {
    IllegalStateException failure = new IllegalStateException("store down");
    UserPools failing = new ForwardingUserPools(pools) {
      @Override
      public Option<UserPool> findByClient(ClientId clientId) {
        throw failure;
      }

      @Override
      protected Either<StoreConflict, User> save(Users users, User user, Set<LookupKey> keys) {
        return users.save(user, keys);
      }
    };
    TokenOperations broken = new TokenOperations(service, tokens, failing, groups, op -> true);

    Either<CognitoError, Boolean> outcome = broken.revokeToken(new Requests.RevokeToken("token", CLIENT_ID));

    assertThat(outcome.getLeft()).isEqualTo(new CognitoError.InternalError(Option.some(failure)));
  }
}
