package dev.userpool.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPoolId;
import dev.userpool.testkit.ControllableClock;
import dev.userpool.testkit.SeededRandomness;
import dev.userpool.user.Sub;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokensTest {

  private static final UserPoolId POOL = new UserPoolId("us-east-1_pool");
  private static final Sub JANE = new Sub("a1b2c3d4-0000-4000-8000-000000000001");
  private static final Sub JOHN = new Sub("a1b2c3d4-0000-4000-8000-000000000002");
  private static final ClientId WEB = new ClientId("web");

  private final ControllableClock clock = ControllableClock.create();
  private final Tokens tokens = Tokens.create(SeededRandomness.withSeed(7), clock);

  @Test
  void shouldIssueThreeDistinctUnguessableTokens() {
    Tokens.Issued issued = tokens.issue(POOL, JANE, WEB);

    Set<String> all = new HashSet<>(List.of(issued.accessToken(), issued.idToken(), issued.refreshToken().get()));
    assertThat(all).hasSize(3).allSatisfy(t -> assertThat(t).hasSize(43).matches("[A-Za-z0-9_-]+"));
    assertThat(issued.expiresIn()).isEqualTo(Duration.ofHours(1));
    assertThat(issued.toString()).doesNotContain(issued.accessToken(), issued.idToken(), issued.refreshToken().get());
  }

  @Test
  void shouldRecordWhatAnAccessTokenStandsFor() {
    Tokens.Issued issued = tokens.issue(POOL, JANE, WEB);

    Tokens.Grant grant = tokens.checkAccessToken(issued.accessToken()).get();
    assertThat(grant.kind()).isEqualTo(Tokens.Kind.ACCESS);
    assertThat(grant.pool()).isEqualTo(POOL);
    assertThat(grant.sub()).isEqualTo(JANE);
    assertThat(grant.client()).isEqualTo(WEB);
    assertThat(grant.issuedAt()).isEqualTo(clock.instant());
    assertThat(grant.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
    assertThat(tokens.checkRefreshToken(issued.refreshToken().get()).get().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(30)));
  }

  @Test
  void shouldRefuseTokensItNeverIssuedAndTokensOfAnotherKind() {
    Tokens.Issued issued = tokens.issue(POOL, JANE, WEB);

    assertThat(tokens.checkAccessToken("garbage").getLeft()).isEqualTo(TokenRefusal.INVALID_ACCESS_TOKEN);
    assertThat(tokens.checkAccessToken(null).getLeft()).isEqualTo(TokenRefusal.INVALID_ACCESS_TOKEN);
    assertThat(tokens.checkAccessToken(issued.idToken()).getLeft()).isEqualTo(TokenRefusal.INVALID_ACCESS_TOKEN);
    assertThat(tokens.checkAccessToken(issued.refreshToken().get()).getLeft()).isEqualTo(TokenRefusal.INVALID_ACCESS_TOKEN);
    assertThat(tokens.checkRefreshToken(issued.accessToken()).getLeft()).isEqualTo(TokenRefusal.INVALID_REFRESH_TOKEN);
  }

  @Test
  void shouldExpireAccessTokensAfterAnHourAndRefreshTokensAfterThirtyDays() {
    Tokens.Issued issued = tokens.issue(POOL, JANE, WEB);

    clock.advance(Duration.ofMinutes(59));
    assertThat(tokens.checkAccessToken(issued.accessToken()).isRight()).isTrue();
    clock.advance(Duration.ofMinutes(1));
    assertThat(tokens.checkAccessToken(issued.accessToken()).getLeft()).isEqualTo(TokenRefusal.ACCESS_TOKEN_EXPIRED);
    clock.advance(Duration.ofDays(30).minusHours(1).minusSeconds(1));
    assertThat(tokens.checkRefreshToken(issued.refreshToken().get()).isRight()).isTrue();
    clock.advance(Duration.ofSeconds(1));
    assertThat(tokens.checkRefreshToken(issued.refreshToken().get()).getLeft()).isEqualTo(TokenRefusal.REFRESH_TOKEN_EXPIRED);
  }

  @Test
  void shouldRevokeEveryTokenOfTheUserSignedOutAndNoOthers() {
    Tokens.Issued jane = tokens.issue(POOL, JANE, WEB);
    Tokens.Issued janeAgain = tokens.issue(POOL, JANE, WEB);
    Tokens.Issued john = tokens.issue(POOL, JOHN, WEB);

    assertThat(tokens.signOut(POOL, JANE)).isEqualTo(6);

    assertThat(tokens.checkAccessToken(jane.accessToken()).getLeft()).isEqualTo(TokenRefusal.ACCESS_TOKEN_REVOKED);
    assertThat(tokens.checkAccessToken(janeAgain.accessToken()).getLeft()).isEqualTo(TokenRefusal.ACCESS_TOKEN_REVOKED);
    assertThat(tokens.checkRefreshToken(jane.refreshToken().get()).getLeft()).isEqualTo(TokenRefusal.REFRESH_TOKEN_REVOKED);
    assertThat(tokens.checkAccessToken(john.accessToken()).isRight()).isTrue();
    assertThat(tokens.signOut(POOL, JANE)).isZero();
  }

  @Test
  void shouldRenewAccessAndIdTokensInTheSameSignIn() {
    Tokens.Issued first = tokens.issue(POOL, JANE, WEB);
    Tokens.Grant refresh = tokens.checkRefreshToken(first.refreshToken().get()).get();
    clock.advance(Duration.ofMinutes(90));

    Tokens.Issued renewed = tokens.renew(refresh);

    assertThat(renewed.refreshToken().isEmpty()).isTrue();
    Tokens.Grant access = tokens.checkAccessToken(renewed.accessToken()).get();
    assertThat(access.originJti()).isEqualTo(refresh.originJti());
    assertThat(access.issuedAt()).isEqualTo(clock.instant());
    assertThat(tokens.checkAccessToken(first.accessToken()).getLeft()).isEqualTo(TokenRefusal.ACCESS_TOKEN_EXPIRED);
  }

  @Test
  void shouldRevokeOneSignInByItsOrigin() {
    Tokens.Issued phone = tokens.issue(POOL, JANE, WEB);
    Tokens.Issued laptop = tokens.issue(POOL, JANE, WEB);
    Tokens.Grant refresh = tokens.checkRefreshToken(phone.refreshToken().get()).get();
    Tokens.Issued renewed = tokens.renew(refresh);

    assertThat(tokens.revokeOrigin(refresh.originJti())).isEqualTo(5);

    assertThat(tokens.checkAccessToken(renewed.accessToken()).getLeft()).isEqualTo(TokenRefusal.ACCESS_TOKEN_REVOKED);
    assertThat(tokens.checkAccessToken(laptop.accessToken()).isRight()).isTrue();
  }

  @Test
  void shouldRenewOnlyFromARefreshToken() {
    Tokens.Grant access = tokens.checkAccessToken(tokens.issue(POOL, JANE, WEB).accessToken()).get();

    assertThatThrownBy(() -> tokens.renew(access)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldDrawReplayableTokensFromTheSeed() {
    Tokens again = Tokens.create(SeededRandomness.withSeed(7), ControllableClock.create());

    assertThat(again.issue(POOL, JANE, WEB).accessToken()).isEqualTo(tokens.issue(POOL, JANE, WEB).accessToken());
    assertThat(tokens.find("garbage").isEmpty()).isTrue();
  }
}
