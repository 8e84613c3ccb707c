package dev.userpool.service;

import static dev.userpool.support.Fixtures.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.group.Group;
import dev.userpool.group.GroupName;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.pool.AppClient;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.support.FakeSigner;
import dev.userpool.support.Fixtures;
import dev.userpool.support.MutableClock;
import dev.userpool.support.SimpleGroups;
import dev.userpool.support.SimpleTokenFamilies;
import dev.userpool.support.SimpleUserPools;
import dev.userpool.token.Claims;
import dev.userpool.token.Issuer;
import dev.userpool.user.Naming;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenServiceTest {

  private final SimpleUserPools pools = new SimpleUserPools();
  private final SimpleGroups groups = new SimpleGroups();
  private final FakeSigner signer = new FakeSigner();
  private final MutableClock clock = new MutableClock(Fixtures.T0);
  private final SimpleTokenFamilies families = new SimpleTokenFamilies();
  private final TokenService tokens = new TokenService(pools, groups, families, signer, Fixtures.seeded(3), clock, Issuer::aws);
  private final UserPool pool = Fixtures.pool(PasswordPolicy.cognitoDefault());
  private final AppClient client = Fixtures.CLIENT;
  private final User jane = Fixtures.user(UserStatus.CONFIRMED);

  TokenServiceTest() {
    pools.save(pool);
    pools.users(pool.id()).save(jane, Naming.of(pool).keysOf(jane));
  }

  private Claims claims(String token) {
    return signer.verify(token).get();
  }

  @Test
  void shouldIssueSignedTokensWithTheUsersGroupsAndAnOpaqueRefreshToken() {
    groups.save(Group.create(pool.id(), new GroupName("admins"), Option.none(), Option.none(), Option.some(1), Fixtures.T0));
    groups.addMember(pool.id(), new GroupName("admins"), jane.sub());

    TokenService.Issued issued = tokens.issue(pool, client, jane);

    assertThat(claims(issued.idToken()).text("token_use")).contains("id");
    assertThat(claims(issued.accessToken()).texts("cognito:groups")).contains(List.of("admins"));
    assertThat(claims(issued.accessToken()).text("iss")).contains("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_TEST");
    assertThat(issued.refreshToken().get()).matches("[A-Za-z0-9_-]{64}");
    assertThat(issued.expiresIn()).isEqualTo(Duration.ofHours(1));
    assertThat(issued.toString()).doesNotContain(issued.accessToken()).doesNotContain(issued.refreshToken().get());
    assertThat(tokens.authorize(issued.accessToken()).map(pu -> pu._2)).isEqualTo(Either.right(jane));
  }

  @Test
  void shouldRefuseToIssueTokensToADisabledUser() {
    User disabled = jane.adminDisableUser(Fixtures.context(Fixtures.T0)).get().after();

    assertThatThrownBy(() -> tokens.issue(pool, client, disabled)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRenewTokensInTheSameFamilyKeepingAuthTime() {
    TokenService.Issued first = tokens.issue(pool, client, jane);
    clock.advance(Duration.ofMinutes(90));

    TokenService.Issued renewed = tokens.refresh(pool, client, first.refreshToken().get()).get();

    Claims before = claims(first.accessToken());
    Claims after = claims(renewed.accessToken());
    assertThat(renewed.refreshToken()).isEmpty();
    assertThat(after.text("origin_jti")).isEqualTo(before.text("origin_jti"));
    assertThat(after.text("event_id")).isEqualTo(before.text("event_id"));
    assertThat(after.text("jti")).isNotEqualTo(before.text("jti"));
    assertThat(after.time("auth_time")).contains(Fixtures.T0);
    assertThat(after.time("iat")).contains(Fixtures.T0.plus(Duration.ofMinutes(90)));
    assertThat(message(tokens.authorize(first.accessToken()))).isEqualTo("NotAuthorizedException: Access Token has expired");
    assertThat(tokens.authorize(renewed.accessToken()).isRight()).isTrue();
  }

  @Test
  void shouldRefuseRefreshTokensOfAnotherClientExpiredOrRevoked() {
    TokenService.Issued issued = tokens.issue(pool, client, jane);
    String refresh = issued.refreshToken().get();
    AppClient other = AppClient.builder().clientId(new ClientId("other0client0123")).clientName("other").build();

    assertThat(message(tokens.refresh(pool, other, refresh))).isEqualTo("NotAuthorizedException: Invalid Refresh Token.");
    assertThat(message(tokens.refresh(pool, client, "no-such-token"))).isEqualTo("NotAuthorizedException: Invalid Refresh Token.");
    assertThat(message(tokens.refresh(pool, client, issued.accessToken())))
        .isEqualTo("NotAuthorizedException: Invalid Refresh Token.");

    clock.advance(Duration.ofDays(30));
    assertThat(message(tokens.refresh(pool, client, refresh))).isEqualTo("NotAuthorizedException: Refresh Token has expired");
  }

  @Test
  void shouldForgetAFamilyOnceNoTokenOfItCanBeUsedAndNotBefore() {
    TokenService.Issued first = tokens.issue(pool, client, jane);
    clock.advance(Duration.ofDays(30).minusMinutes(1));
    TokenService.Issued renewed = tokens.refresh(pool, client, first.refreshToken().get()).get();
    clock.advance(Duration.ofMinutes(30));

    tokens.issue(pool, client, jane);
    assertThat(tokens.authorize(renewed.accessToken()).isRight()).as("renewed just before the refresh token expired").isTrue();
    assertThat(families.size()).isEqualTo(2);

    clock.advance(Duration.ofDays(1));
    tokens.issue(pool, client, jane);

    assertThat(families.size()).as("the first family is forgotten a day after its refresh token expired").isEqualTo(2);
    assertThat(message(tokens.refresh(pool, client, first.refreshToken().get())))
        .isEqualTo("NotAuthorizedException: Invalid Refresh Token.");
  }

  @Test
  void shouldPruneAtMostOncePerIntervalOfTheClock() {
    TokenService.Issued first = tokens.issue(pool, client, jane);
    clock.advance(Duration.ofDays(31).minus(TokenService.PRUNE_INTERVAL).plusSeconds(1));
    tokens.issue(pool, client, jane);
    clock.advance(TokenService.PRUNE_INTERVAL.minusSeconds(1));
    tokens.issue(pool, client, jane);

    assertThat(families.size()).as("pruned before the first family was unusable, and not again within the interval").isEqualTo(3);
    assertThat(families.prunes()).isEqualTo(2);

    clock.advance(Duration.ofSeconds(1));
    tokens.issue(pool, client, jane);
    assertThat(families.size()).isEqualTo(3);
    assertThat(families.prunes()).isEqualTo(3);
    assertThat(message(tokens.refresh(pool, client, first.refreshToken().get())))
        .isEqualTo("NotAuthorizedException: Invalid Refresh Token.");
  }

  @Test
  void shouldRevokeEveryTokenOfTheUserOnGlobalSignOutForGood() {
    TokenService.Issued a = tokens.issue(pool, client, jane);
    TokenService.Issued b = tokens.issue(pool, client, jane);

    assertThat(tokens.globalSignOut(a.accessToken())).isEqualTo(Either.right(jane));

    for (TokenService.Issued issued : List.of(a, b)) {
      assertThat(message(tokens.authorize(issued.accessToken()))).isEqualTo("NotAuthorizedException: Access Token has been revoked");
      assertThat(message(tokens.refresh(pool, client, issued.refreshToken().get())))
          .isEqualTo("NotAuthorizedException: Refresh Token has been revoked");
    }
    assertThat(message(tokens.globalSignOut(a.accessToken()))).isEqualTo("NotAuthorizedException: Access Token has been revoked");
    TokenService.Issued later = tokens.issue(pool, client, jane);
    assertThat(tokens.authorize(later.accessToken()).isRight()).isTrue();
    assertThat(message(tokens.authorize(a.accessToken()))).isEqualTo("NotAuthorizedException: Access Token has been revoked");
  }

  @Test
  void shouldRevokeOneFamilyWithRevokeToken() {
    TokenService.Issued a = tokens.issue(pool, client, jane);
    TokenService.Issued b = tokens.issue(pool, client, jane);

    assertThat(tokens.revokeToken(a.refreshToken().get(), client.clientId())).isEqualTo(Either.right(true));

    assertThat(message(tokens.authorize(a.accessToken()))).isEqualTo("NotAuthorizedException: Access Token has been revoked");
    assertThat(tokens.authorize(b.accessToken()).isRight()).isTrue();
    assertThat(message(tokens.revokeToken(b.accessToken(), client.clientId())))
        .isEqualTo("UnsupportedTokenTypeException: Unsupported token type. Only refresh tokens can be revoked.");
    assertThat(tokens.revokeToken("unknown", client.clientId())).isEqualTo(Either.right(false));
    assertThat(tokens.revokeToken(b.refreshToken().get(), new ClientId("other0client0123"))).isEqualTo(Either.right(false));
    assertThat(tokens.authorize(b.accessToken()).isRight()).isTrue();
  }

  @Test
  void shouldCountAUserDisabledOrDeletedSinceAsRevoked() {
    TokenService.Issued issued = tokens.issue(pool, client, jane);
    User disabled = jane.adminDisableUser(Fixtures.context(Fixtures.T0)).get().after();
    pools.users(pool.id()).save(disabled, Naming.of(pool).keysOf(disabled));

    assertThat(message(tokens.authorize(issued.accessToken()))).isEqualTo("NotAuthorizedException: Access Token has been revoked");
    assertThat(message(tokens.refresh(pool, client, issued.refreshToken().get()))).isEqualTo("NotAuthorizedException: User is disabled.");

    pools.users(pool.id()).delete(disabled);
    assertThat(message(tokens.refresh(pool, client, issued.refreshToken().get())))
        .isEqualTo("NotAuthorizedException: Refresh Token has been revoked");
  }

  @Test
  void shouldRefuseIdTokensAndUnknownStringsAsAccessTokens() {
    TokenService.Issued issued = tokens.issue(pool, client, jane);

    assertThat(message(tokens.authorize(issued.idToken()))).isEqualTo("NotAuthorizedException: Invalid Access Token");
    assertThat(message(tokens.authorize("eyJhbGciOiJub25lIn0.e30."))).isEqualTo("NotAuthorizedException: Invalid Access Token");
    assertThat(message(tokens.authorize(null))).isEqualTo("NotAuthorizedException: Invalid Access Token");
  }

  @Test
  void shouldSayHowManyFamiliesASignOutRevoked() {
    tokens.issue(pool, client, jane);
    tokens.issue(pool, client, jane);

    assertThat(tokens.signOut(pool.id(), jane)).isEqualTo(2);
    assertThat(tokens.signOut(pool.id(), jane)).isZero();
  }

  @Test
  void shouldRefuseARefreshTokenInAnotherPool() {
    UserPool other = UserPool.builder().id(new UserPoolId("us-east-1_OTHER")).name("other").passwordPolicy(pool.passwordPolicy())
        .tier(pool.tier()).usernameAttributes(pool.usernameAttributes()).autoVerifiedAttributes(pool.autoVerifiedAttributes())
        .clients(pool.clients()).creationDate(Fixtures.T0).lastModifiedDate(Fixtures.T0).version(1).build();
    pools.save(other);
    pools.users(other.id()).save(jane, Naming.of(other).keysOf(jane));
    TokenService.Issued issued = tokens.issue(pool, client, jane);

    assertThat(message(tokens.refresh(other, client, issued.refreshToken().get())))
        .isEqualTo("NotAuthorizedException: Invalid Refresh Token.");
    assertThat(tokens.refresh(pool, client, issued.refreshToken().get()).isRight()).isTrue();
  }

  @Test
  void shouldCountATokenOfADeletedPoolAsRevoked() {
    TokenService.Issued issued = tokens.issue(pool, client, jane);

    pools.delete(pool.id());

    assertThat(message(tokens.authorize(issued.accessToken()))).isEqualTo("NotAuthorizedException: Access Token has been revoked");
  }
}
