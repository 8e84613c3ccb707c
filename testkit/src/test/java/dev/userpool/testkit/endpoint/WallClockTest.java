package dev.userpool.testkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.sdk.InProcessCognitoClient;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * The endpoint's default clock, over the wire: the wall clock plus what the test control adds. Tokens,
 * dates and the {@code Date} header carry the real time, so verifiers on the real clock judge them as they
 * judge Cognito's.
 */
class WallClockTest {

  private static final String PASSWORD = "Final-Passw0rd!";

  private LocalEndpoint endpoint;
  private URI uri;
  private String pool;
  private String client;

  @BeforeEach
  void start() {
    endpoint = Wire.start();
    uri = endpoint.uri();
    pool = Wire.cognito(uri, "CreateUserPool", "{\"PoolName\":\"app\"}").json().path("UserPool").path("Id").asText();
    client = Wire.cognito(uri, "CreateUserPoolClient", "{\"UserPoolId\":\"" + pool + "\",\"ClientName\":\"web\","
        + "\"ExplicitAuthFlows\":[\"ALLOW_ADMIN_USER_PASSWORD_AUTH\",\"ALLOW_REFRESH_TOKEN_AUTH\"]}").json()
        .path("UserPoolClient").path("ClientId").asText();
    Wire.cognito(uri, "AdminCreateUser", "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"jane\",\"MessageAction\":\"SUPPRESS\"}");
    Wire.cognito(uri, "AdminSetUserPassword", "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"jane\",\"Password\":\"" + PASSWORD
        + "\",\"Permanent\":true}");
  }

  @AfterEach
  void stop() {
    endpoint.close();
  }

  @Test
  void shouldIssueTokensAtTheRealTimeByDefault() {
    long before = System.currentTimeMillis();
    Wire.Reply signIn = signIn();
    long after = System.currentTimeMillis();

    for (String token : new String[]{ "AccessToken", "IdToken" }) {
      JsonNode claims = claims(signIn.json().path("AuthenticationResult").path(token).asText());
      assertThat(claims.path("iat").asLong()).as(token + " iat").isBetween(before / 1000 - 1, after / 1000 + 1);
      assertThat(claims.path("auth_time").asLong()).as(token + " auth_time").isEqualTo(claims.path("iat").asLong());
      assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).as(token + " lifetime").isEqualTo(3600);
    }
    assertThat(date(signIn)).isCloseTo(Instant.ofEpochMilli(after), within(2, ChronoUnit.SECONDS));
    double created = Wire.cognito(uri, "AdminGetUser", "{\"UserPoolId\":\"" + pool + "\",\"Username\":\"jane\"}").json()
        .path("UserCreateDate").asDouble();
    assertThat(created * 1000).isCloseTo(before, within(5000.0));
  }

  @Test
  void shouldMoveTheWallClockForwardThroughTheTestControl() {
    Wire.Reply moved = Wire.control(uri, "AdvanceClock", "{\"Days\": 8, \"Hours\": 1, \"Minutes\": 2, \"Seconds\": 3}");
    Instant expected = Instant.now().plus(Duration.ofDays(8).plusHours(1).plusMinutes(2).plusSeconds(3));

    assertThat(moved.status()).isEqualTo(200);
    assertThat(Instant.parse(moved.json().path("Now").asText())).isCloseTo(expected, within(2, ChronoUnit.SECONDS));
    assertThat(endpoint.cognito().clock().offset()).isEqualTo(Duration.ofDays(8).plusHours(1).plusMinutes(2).plusSeconds(3));
    Instant later = Instant.parse(Wire.control(uri, "AdvanceClock", "{}").json().path("Now").asText());
    assertThat(later).as("an empty move answers the time, which has gone on").isAfterOrEqualTo(Instant.parse(moved.json().path("Now")
        .asText()));
    long iat = claims(signIn().json().path("AuthenticationResult").path("AccessToken").asText()).path("iat").asLong();
    assertThat(iat).isCloseTo(expected.getEpochSecond(), within(2L));
  }

  @ParameterizedTest
  @ValueSource(strings = { "{\"Days\": -1}", "{\"Days\": \"8\"}", "{\"Day\": 8}", "{\"Seconds\": 9223372036854775807, \"Days\": 9}",
      "{\"Days\": 2922000}" })
  void shouldRefuseBadMovesAndLeaveTheOffset(String body) {
    Wire.control(uri, "AdvanceClock", body).isError(400, "InvalidParameterException");

    assertThat(endpoint.cognito().clock().offset()).isZero();
    assertThat(endpoint.cognito().clock().instant()).isCloseTo(Instant.now(), within(2, ChronoUnit.SECONDS));
  }

  @Test
  void shouldMoveToTheLastSecondAndStillSignIn() {
    Instant now = Instant.parse(Wire.control(uri, "AdvanceClock", "{}").json().path("Now").asText());
    long seconds = Duration.between(now, ControllableClock.LATEST).getSeconds();

    Wire.Reply moved = Wire.control(uri, "AdvanceClock", "{\"Seconds\": " + seconds + "}");
    Wire.Reply signIn = signIn();

    assertThat(Instant.parse(moved.json().path("Now").asText())).isBetween(ControllableClock.LATEST.minusSeconds(2),
        ControllableClock.LATEST);
    assertThat(signIn.status()).as(signIn.body()).isEqualTo(200);
    Wire.control(uri, "AdvanceClock", "{\"Seconds\": 5}").isError(400, "InvalidParameterException");
    assertThat(endpoint.cognito().clock().instant()).isBeforeOrEqualTo(ControllableClock.LATEST);
  }

  /**
   * The in-process default is the wall clock too: a verifier on the real clock, nimbus's
   * {@code DefaultJWTClaimsVerifier} as Spring's resource servers use it, accepts a fresh token (and will
   * find it expired an hour later, as Cognito's).
   */
  @Test
  void shouldIssueInProcessTokensThatAVerifierOnTheRealClockAccepts() throws Exception {
    InProcessCognito cognito = InProcessCognito.create();
    try (CognitoIdentityProviderClient sdk = InProcessCognitoClient.of(cognito)) {
      String inProcessPool = sdk.createUserPool(b -> b.poolName("in-process")).userPool().id();
      String inProcessClient = sdk.createUserPoolClient(b -> b.userPoolId(inProcessPool).clientName("web")
          .explicitAuthFlowsWithStrings("ALLOW_ADMIN_USER_PASSWORD_AUTH")).userPoolClient().clientId();
      sdk.adminCreateUser(b -> b.userPoolId(inProcessPool).username("jane").messageAction("SUPPRESS"));
      sdk.adminSetUserPassword(b -> b.userPoolId(inProcessPool).username("jane").password(PASSWORD).permanent(true));
      String access = sdk.adminInitiateAuth(b -> b.userPoolId(inProcessPool).clientId(inProcessClient).authFlow("ADMIN_USER_PASSWORD_AUTH")
          .authParameters(Map.of("USERNAME", "jane", "PASSWORD", PASSWORD))).authenticationResult().accessToken();

      DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
      processor
          .setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(JWKSet.parse(cognito.jwks()))));
      DefaultJWTClaimsVerifier<SecurityContext> verifier = new DefaultJWTClaimsVerifier<>(null, Set.of("iat", "exp", "sub"));
      verifier.setMaxClockSkew(0);
      processor.setJWTClaimsSetVerifier(verifier);
      JWTClaimsSet claims = processor.process(access, null);

      assertThat(cognito.clock().isFixed()).isFalse();
      assertThat(claims.getIssueTime().toInstant()).isCloseTo(Instant.now(), within(2, ChronoUnit.SECONDS));
      assertThat(claims.getExpirationTime().toInstant()).isCloseTo(Instant.now().plus(Duration.ofHours(1)), within(2, ChronoUnit.SECONDS));
    }
  }

  // -- helpers

  private Wire.Reply signIn() {
    return Wire.cognito(uri, "AdminInitiateAuth", "{\"UserPoolId\":\"" + pool + "\",\"ClientId\":\"" + client + "\","
        + "\"AuthFlow\":\"ADMIN_USER_PASSWORD_AUTH\",\"AuthParameters\":{\"USERNAME\":\"jane\",\"PASSWORD\":\"" + PASSWORD + "\"}}");
  }

  private static JsonNode claims(String jwt) {
    try {
      return Wire.JSON.readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError("not a JWT: " + jwt, e);
    }
  }

  private static Instant date(Wire.Reply reply) {
    return ZonedDateTime.parse(reply.header("Date"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
  }
}
