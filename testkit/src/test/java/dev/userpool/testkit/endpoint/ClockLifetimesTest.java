package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.sdk.SrpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/**
 * Everything with a lifetime, over the wire, under both clocks the endpoint has: the wall clock (already moved
 * forward three days, so the offset is not zero) and the fixed one. The lifetimes are measured on the endpoint's
 * clock, moved through the test control; real time passing during the test (a second or two) changes nothing.
 */
class ClockLifetimesTest {

  private static final String PASSWORD = "Final-Passw0rd!";

  private LocalEndpoint endpoint;
  private CognitoIdentityProviderClient sdk;
  private EndpointControl control;
  private String pool;
  private String client;

  private void start(String clock) {
    endpoint = Wire.start(LocalEndpoint.builder().clock(ControllableClock.parse(clock)));
    sdk = Wire.sdk(endpoint.uri());
    control = EndpointControl.of(endpoint.uri());
    control.advance(Duration.ofDays(3));
    pool = sdk.createUserPool(b -> b.poolName("lifetimes")).userPool().id();
    client = sdk.createUserPoolClient(b -> b.userPoolId(pool).clientName("web").explicitAuthFlowsWithStrings(
        "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"))
        .userPoolClient().clientId();
  }

  @AfterEach
  void stop() {
    if (sdk != null) {
      sdk.close();
    }
    if (endpoint != null) {
      endpoint.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = { "wall", "fixed" })
  void shouldExpireAccessTokensAfterAnHourAndRefreshTokensAfterThirtyDays(String clock) {
    start(clock);
    confirmedUser("jane");
    AuthenticationResultType tokens = signIn("jane", PASSWORD).authenticationResult();

    control.advance(Duration.ofMinutes(59));
    assertThat(sdk.getUser(b -> b.accessToken(tokens.accessToken())).username()).isEqualTo("jane");
    control.advance(Duration.ofMinutes(2));
    assertThatThrownBy(() -> sdk.getUser(b -> b.accessToken(tokens.accessToken()))).isInstanceOf(NotAuthorizedException.class)
        .hasMessageStartingWith("Access Token has expired");

    String renewed = refresh(tokens.refreshToken()).accessToken();
    assertThat(sdk.getUser(b -> b.accessToken(renewed)).username()).isEqualTo("jane");
    control.advance(Duration.ofDays(30));
    assertThatThrownBy(() -> refresh(tokens.refreshToken())).isInstanceOf(NotAuthorizedException.class)
        .hasMessageStartingWith("Refresh Token has expired");
  }

  @ParameterizedTest
  @ValueSource(strings = { "wall", "fixed" })
  void shouldExpireChallengeSessionsAndThenTheTemporaryPassword(String clock) {
    start(clock);
    sdk.adminCreateUser(b -> b.userPoolId(pool).username("john"));
    String temporary = control.temporaryPassword(pool, "john").orElseThrow();

    control.advance(Duration.ofDays(6));
    AdminInitiateAuthResponse challenge = signIn("john", temporary);
    assertThat(challenge.challengeNameAsString()).isEqualTo("NEW_PASSWORD_REQUIRED");
    control.advance(Duration.ofMinutes(4));
    assertThatThrownBy(() -> sdk.adminRespondToAuthChallenge(b -> b.userPoolId(pool).clientId(client)
        .challengeName("NEW_PASSWORD_REQUIRED").session(challenge.session())
        .challengeResponses(Map.of("USERNAME", "john", "NEW_PASSWORD", PASSWORD)))).isInstanceOf(NotAuthorizedException.class)
        .hasMessageStartingWith("Invalid session for the user, session is expired.");

    control.advance(Duration.ofDays(2));
    assertThatThrownBy(() -> signIn("john", temporary)).isInstanceOf(NotAuthorizedException.class)
        .hasMessageStartingWith("Temporary password has expired and must be reset by an administrator.");
  }

  @ParameterizedTest
  @ValueSource(strings = { "wall", "fixed" })
  void shouldExpireAnSrpExchangeAfterTheSessionValidity(String clock) {
    start(clock);
    confirmedUser("jane");

    SrpClient late = SrpClient.start(pool);
    InitiateAuthResponse lateChallenge = srpStart(late);
    control.advance(Duration.ofMinutes(4));
    // An expired exchange fails the proof: a wrong password, as the library decides it (User#answerPasswordVerifier).
    assertThatThrownBy(() -> srpAnswer(late, lateChallenge)).isInstanceOf(NotAuthorizedException.class)
        .hasMessageStartingWith("Incorrect username or password.");

    SrpClient prompt = SrpClient.start(pool);
    InitiateAuthResponse promptChallenge = srpStart(prompt);
    control.advance(Duration.ofMinutes(2));
    assertThat(srpAnswer(prompt, promptChallenge).authenticationResult().accessToken()).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = { "wall", "fixed" })
  void shouldExpireAResetCodeAfterAnHour(String clock) {
    start(clock);
    confirmedUser("jane");

    sdk.forgotPassword(b -> b.clientId(client).username("jane"));
    String code = control.code(pool, "jane").orElseThrow();
    control.advance(Duration.ofMinutes(61));

    assertThatThrownBy(() -> sdk.confirmForgotPassword(b -> b.clientId(client).username("jane").confirmationCode(code)
        .password("Other-Passw0rd!"))).isInstanceOf(ExpiredCodeException.class);
  }

  /**
   * Five failures lock the user out for a second, doubling with each failure after a lockout: the test
   * waits each lockout out on the endpoint's clock until one lasts minutes (real time passing during the
   * test cannot end it), then checks that it holds, and that it ends.
   */
  @ParameterizedTest
  @ValueSource(strings = { "wall", "fixed" })
  void shouldLockOutAfterRepeatedFailuresForAWindowOnTheEndpointsClock(String clock) {
    start(clock);
    confirmedUser("jane");

    for (int failure = 1; failure <= 12; failure++) {
      assertThatThrownBy(() -> signIn("jane", "Wrong-Passw0rd!")).isInstanceOf(NotAuthorizedException.class)
          .hasMessageStartingWith("Incorrect username or password.");
      if (failure >= 5 && failure < 12) {
        control.advance(Duration.ofSeconds(1L << (failure - 5)));
      }
    }
    // Twelve failures: locked out for 2^7 = 128 s from the last one.
    assertThatThrownBy(() -> signIn("jane", PASSWORD)).isInstanceOf(NotAuthorizedException.class)
        .hasMessageStartingWith("Password attempts exceeded");
    control.advance(Duration.ofSeconds(100));
    assertThatThrownBy(() -> signIn("jane", PASSWORD)).isInstanceOf(NotAuthorizedException.class)
        .hasMessageStartingWith("Password attempts exceeded");

    control.advance(Duration.ofMinutes(15));
    assertThat(signIn("jane", PASSWORD).authenticationResult().accessToken()).isNotEmpty();
  }

  // -- helpers

  private void confirmedUser(String username) {
    sdk.adminCreateUser(b -> b.userPoolId(pool).username(username).messageAction("SUPPRESS").userAttributes(
        a -> a.name("email").value(username + "@example.com"), a -> a.name("email_verified").value("true")));
    sdk.adminSetUserPassword(b -> b.userPoolId(pool).username(username).password(PASSWORD).permanent(true));
  }

  private AdminInitiateAuthResponse signIn(String username, String password) {
    return sdk.adminInitiateAuth(b -> b.userPoolId(pool).clientId(client).authFlow("ADMIN_USER_PASSWORD_AUTH")
        .authParameters(Map.of("USERNAME", username, "PASSWORD", password)));
  }

  private AuthenticationResultType refresh(String refreshToken) {
    return sdk.initiateAuth(b -> b.clientId(client).authFlow("REFRESH_TOKEN_AUTH").authParameters(Map.of("REFRESH_TOKEN", refreshToken)))
        .authenticationResult();
  }

  private InitiateAuthResponse srpStart(SrpClient srp) {
    return sdk.initiateAuth(b -> b.clientId(client).authFlow("USER_SRP_AUTH").authParameters(Map.of("USERNAME", "jane", "SRP_A",
        srp.srpA())));
  }

  private RespondToAuthChallengeResponse srpAnswer(SrpClient srp,
      InitiateAuthResponse challenge) {
    // The client's TIMESTAMP is its own time, as a browser's is: the real time, whichever clock the endpoint runs.
    Map<String, String> answer = srp.answer(challenge.challengeParameters(), PASSWORD, Instant.now());
    return sdk.respondToAuthChallenge(b -> b.clientId(client).challengeName("PASSWORD_VERIFIER").session(challenge.session())
        .challengeResponses(answer));
  }
}
