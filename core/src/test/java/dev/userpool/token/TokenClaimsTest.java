package dev.userpool.token;

import static dev.userpool.support.Fixtures.CLIENT_ID;
import static dev.userpool.support.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.userpool.group.Group;
import dev.userpool.group.GroupName;
import dev.userpool.pool.TimeUnits;
import dev.userpool.pool.TokenValidity;
import dev.userpool.pool.UserPoolId;
import dev.userpool.support.Fixtures;
import dev.userpool.user.Attributes;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenClaimsTest {

  static final UserPoolId POOL = new UserPoolId("us-east-1_TEST");
  static final Issuer ISS = Issuer.aws(POOL);
  static final TokenIds IDS = new TokenIds("id-jti", "access-jti", "origin", "event");
  static final Instant AUTH = T0.minusSeconds(30);

  static Group group(String name, Integer precedence, String role) {
    return Group.create(POOL, new GroupName(name), Option.none(), Option.of(role), Option.of(precedence), T0);
  }

  static User jane() {
    return copy(Fixtures.user(UserStatus.CONFIRMED), true, Fixtures.user(UserStatus.CONFIRMED).attributes()
        .with("phone_number", "+15550100").with("phone_number_verified", "false").with("custom:tier", "gold")
        .with("dev:internal", "x"));
  }

  static User copy(User user, boolean enabled, Attributes attributes) {
    return User.builder().username(user.username()).sub(user.sub()).status(user.status()).enabled(enabled)
        .attributes(attributes).password(user.password()).passwordHistory(user.passwordHistory())
        .creationDate(user.creationDate()).lastModifiedDate(user.lastModifiedDate()).build();
  }

  @Test
  void shouldIssueCognitosIdTokenClaimsInOrder() {
    User user = jane();
    TokenClaims claims = TokenClaims.decide(ISS, CLIENT_ID, TokenValidity.cognitoDefault(), user, List.empty(), AUTH, T0, IDS);

    assertThat(claims.id().asMap().keySet().toJavaList()).containsExactly("sub", "custom:tier", "email", "email_verified",
        "phone_number", "phone_number_verified", "iss", "cognito:username", "origin_jti", "aud", "event_id", "token_use",
        "auth_time", "exp", "iat", "jti");
    assertThat(claims.id().get("sub").get()).isEqualTo(new ClaimValue.Text(user.sub().value()));
    assertThat(claims.id().get("email_verified").get()).isEqualTo(new ClaimValue.Flag(true));
    assertThat(claims.id().get("phone_number_verified").get()).isEqualTo(new ClaimValue.Flag(false));
    assertThat(claims.id().text("custom:tier")).contains("gold");
    assertThat(claims.id().text("iss")).contains("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_TEST");
    assertThat(claims.id().text("cognito:username")).contains("jane");
    assertThat(claims.id().text("aud")).contains(CLIENT_ID.value());
    assertThat(claims.id().text("token_use")).contains("id");
    assertThat(claims.id().text("jti")).contains("id-jti");
    assertThat(claims.id().text("origin_jti")).contains("origin");
    assertThat(claims.id().text("event_id")).contains("event");
    assertThat(claims.id().get("auth_time").get()).isEqualTo(new ClaimValue.Number(AUTH.getEpochSecond()));
    assertThat(claims.id().get("iat").get()).isEqualTo(new ClaimValue.Number(T0.getEpochSecond()));
    assertThat(claims.id().get("exp").get()).isEqualTo(new ClaimValue.Number(T0.getEpochSecond() + 3600));
    assertThat(claims.id().use()).contains(TokenUse.ID);
    assertThat(claims.id().clientId()).contains(CLIENT_ID.value());
  }

  @Test
  void shouldIssueCognitosAccessTokenClaimsInOrder() {
    User user = jane();
    TokenClaims claims = TokenClaims.decide(ISS, CLIENT_ID, TokenValidity.cognitoDefault(), user, List.empty(), AUTH, T0, IDS);

    assertThat(claims.access().asMap().keySet().toJavaList()).containsExactly("sub", "iss", "client_id", "origin_jti",
        "event_id", "token_use", "scope", "auth_time", "exp", "iat", "jti", "username");
    assertThat(claims.access().text("client_id")).contains(CLIENT_ID.value());
    assertThat(claims.access().text("token_use")).contains("access");
    assertThat(claims.access().text("scope")).contains("aws.cognito.signin.user.admin");
    assertThat(claims.access().text("username")).contains("jane");
    assertThat(claims.access().text("jti")).contains("access-jti");
    assertThat(claims.access().text("origin_jti")).contains("origin");
    assertThat(claims.access().get("aud")).isEmpty();
    assertThat(claims.access().use()).contains(TokenUse.ACCESS);
  }

  @Test
  void shouldListGroupsByPrecedenceAndPickThePreferredRole() {
    var groups = List.of(group("zeta", null, null), group("beta", 5, "arn:aws:iam::123456789012:role/beta"),
        group("alpha", 5, "arn:aws:iam::123456789012:role/beta"), group("top", 1, null), group("role-less", 0, null),
        group("omega", 9, "arn:aws:iam::123456789012:role/omega"));
    TokenClaims claims = TokenClaims.decide(ISS, CLIENT_ID, TokenValidity.cognitoDefault(), jane(), groups, AUTH, T0, IDS);

    List<String> order = List.of("role-less", "top", "alpha", "beta", "omega", "zeta");
    assertThat(claims.id().texts("cognito:groups")).contains(order);
    assertThat(claims.access().texts("cognito:groups")).contains(order);
    assertThat(claims.id().texts("cognito:roles"))
        .contains(List.of("arn:aws:iam::123456789012:role/beta", "arn:aws:iam::123456789012:role/omega"));
    assertThat(claims.id().text("cognito:preferred_role")).contains("arn:aws:iam::123456789012:role/beta");
    assertThat(claims.access().get("cognito:roles")).isEmpty();
  }

  @Test
  void shouldLeaveThePreferredRoleOutWhenTiedGroupsDisagree() {
    var groups = List.of(group("a", 2, "arn:aws:iam::123456789012:role/a"), group("b", 2, "arn:aws:iam::123456789012:role/b"),
        group("c", 3, "arn:aws:iam::123456789012:role/c"));
    TokenClaims claims = TokenClaims.decide(ISS, CLIENT_ID, TokenValidity.cognitoDefault(), jane(), groups, AUTH, T0, IDS);

    assertThat(claims.id().get("cognito:preferred_role")).isEmpty();
    assertThat(claims.id().texts("cognito:roles")).contains(List.of("arn:aws:iam::123456789012:role/a",
        "arn:aws:iam::123456789012:role/b", "arn:aws:iam::123456789012:role/c"));
  }

  @Test
  void shouldOmitGroupClaimsForAUserInNoGroup() {
    TokenClaims claims = TokenClaims.decide(ISS, CLIENT_ID, TokenValidity.cognitoDefault(), jane(), List.empty(), AUTH, T0, IDS);

    assertThat(claims.id().get("cognito:groups")).isEmpty();
    assertThat(claims.id().get("cognito:roles")).isEmpty();
    assertThat(claims.id().get("cognito:preferred_role")).isEmpty();
    assertThat(claims.access().get("cognito:groups")).isEmpty();
  }

  @Test
  void shouldTakeEachLifetimeFromTheClient() {
    TokenValidity validity = TokenValidity.of(Option.some(15), Option.some(2), Option.some(180),
        Option.some(TimeUnits.MINUTES), Option.none(), Option.some(TimeUnits.MINUTES)).get();
    TokenClaims claims = TokenClaims.decide(ISS, CLIENT_ID, validity, jane(), List.empty(), AUTH, T0, IDS);

    assertThat(claims.access().expiresAt()).contains(T0.plus(Duration.ofMinutes(15)));
    assertThat(claims.id().expiresAt()).contains(T0.plus(Duration.ofHours(2)));
  }

  @Test
  void shouldNameALocalIssuerAndItsJwks() {
    assertThat(Issuer.local("http://127.0.0.1:9229/", POOL).value()).isEqualTo("http://127.0.0.1:9229/us-east-1_TEST");
    assertThat(ISS.jwksUri()).isEqualTo("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_TEST/.well-known/jwks.json");
  }

  @Test
  void shouldHideAttributeValuesWhenPrinted() {
    TokenClaims claims = TokenClaims.decide(ISS, CLIENT_ID, TokenValidity.cognitoDefault(), jane(), List.empty(), AUTH, T0, IDS);

    assertThat(claims.id().toString()).contains("email").doesNotContain("jane@example.com").doesNotContain("+15550100");
  }

  @Test
  void shouldDrawVersionFourUuidsForEveryId() {
    TokenIds ids = TokenIds.forSignIn(Fixtures.seeded(7));

    assertThat(List.of(ids.idJti(), ids.accessJti(), ids.originJti(), ids.eventId()))
        .allMatch(id -> id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"))
        .doesNotHaveDuplicates();
  }

  @Test
  void shouldCompareClaimsByNamesAndValues() {
    Claims claims = Claims.of(LinkedHashMap.of("sub", new ClaimValue.Text("a"), "exp", new ClaimValue.Number(5)));
    Claims same = Claims.of(LinkedHashMap.of("sub", new ClaimValue.Text("a"), "exp", new ClaimValue.Number(5)));
    Claims other = Claims.of(LinkedHashMap.of("sub", new ClaimValue.Text("b"), "exp", new ClaimValue.Number(5)));

    assertThat(claims).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other).isNotEqualTo("sub");
    assertThat(claims.hashCode()).isNotEqualTo(other.hashCode());
    assertThat(claims.toString()).isEqualTo("Claims[sub, exp]");
  }
}
