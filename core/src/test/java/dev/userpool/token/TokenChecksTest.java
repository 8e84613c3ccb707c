package dev.userpool.token;

import static dev.userpool.support.Fixtures.CLIENT_ID;
import static dev.userpool.support.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.error.CognitoError;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.TokenValidity;
import dev.userpool.support.Fixtures;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class TokenChecksTest {

  static final User JANE = Fixtures.user(UserStatus.CONFIRMED);
  static final TokenClaims CLAIMS = TokenClaims.decide(TokenClaimsTest.ISS, CLIENT_ID, TokenValidity.cognitoDefault(), JANE,
      List.empty(), T0, T0, TokenClaimsTest.IDS);
  static final TokenFamily FAMILY = TokenFamily.builder().originJti("origin").eventId("event").pool(TokenClaimsTest.POOL)
      .sub(JANE.sub()).client(CLIENT_ID).authTime(T0).refreshExpiresAt(T0.plusSeconds(86400)).build();

  static String message(Either<CognitoError, ?> result) {
    return result.getLeft().cognitoError() + ": " + result.getLeft().message();
  }

  @Test
  void shouldAcceptAValidAccessToken() {
    assertThat(TokenChecks.accessToken(Option.some(CLAIMS.access()), Option.some(FAMILY), T0.plusSeconds(3599)))
        .isEqualTo(Either.right(FAMILY));
  }

  @Test
  void shouldRefuseAccessTokensInCognitosOrder() {
    assertThat(message(TokenChecks.accessToken(Option.none(), Option.some(FAMILY), T0)))
        .isEqualTo("NotAuthorizedException: Invalid Access Token");
    assertThat(message(TokenChecks.accessToken(Option.some(CLAIMS.id()), Option.some(FAMILY), T0)))
        .isEqualTo("NotAuthorizedException: Invalid Access Token");
    assertThat(message(TokenChecks.accessToken(Option.some(CLAIMS.access()), Option.some(FAMILY.revoke()), T0.plusSeconds(3600))))
        .isEqualTo("NotAuthorizedException: Access Token has expired");
    assertThat(message(TokenChecks.accessToken(Option.some(CLAIMS.access()), Option.none(), T0)))
        .isEqualTo("NotAuthorizedException: Invalid Access Token");
    assertThat(message(TokenChecks.accessToken(Option.some(CLAIMS.access()), Option.some(FAMILY.revoke()), T0)))
        .isEqualTo("NotAuthorizedException: Access Token has been revoked");
  }

  @Test
  void shouldCountAGoneOrDisabledUserAsRevokingTheAccessToken() {
    assertThat(message(TokenChecks.accessTokenUser(Option.none()))).isEqualTo("NotAuthorizedException: Access Token has been revoked");
    assertThat(message(TokenChecks.accessTokenUser(Option.some(TokenClaimsTest.copy(JANE, false, JANE.attributes())))))
        .isEqualTo("NotAuthorizedException: Access Token has been revoked");
    assertThat(TokenChecks.accessTokenUser(Option.some(JANE))).isEqualTo(Either.right(JANE));
  }

  @Test
  void shouldRefuseRefreshTokensInCognitosOrder() {
    assertThat(TokenChecks.refreshToken(Option.some(FAMILY), CLIENT_ID, T0)).isEqualTo(Either.right(FAMILY));
    assertThat(message(TokenChecks.refreshToken(Option.none(), CLIENT_ID, T0)))
        .isEqualTo("NotAuthorizedException: Invalid Refresh Token.");
    assertThat(message(TokenChecks.refreshToken(Option.some(FAMILY), new ClientId("another0client"), T0)))
        .isEqualTo("NotAuthorizedException: Invalid Refresh Token.");
    assertThat(message(TokenChecks.refreshToken(Option.some(FAMILY.revoke()), CLIENT_ID, T0.plusSeconds(86400))))
        .isEqualTo("NotAuthorizedException: Refresh Token has expired");
    assertThat(message(TokenChecks.refreshToken(Option.some(FAMILY.revoke()), CLIENT_ID, T0)))
        .isEqualTo("NotAuthorizedException: Refresh Token has been revoked");
    assertThat(message(TokenChecks.refreshTokenUser(Option.none())))
        .isEqualTo("NotAuthorizedException: Refresh Token has been revoked");
    assertThat(message(TokenChecks.refreshTokenUser(Option.some(TokenClaimsTest.copy(JANE, false, JANE.attributes())))))
        .isEqualTo("NotAuthorizedException: User is disabled.");
  }
}
