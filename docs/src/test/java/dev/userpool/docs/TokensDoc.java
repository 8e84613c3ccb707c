package dev.userpool.docs;

import static dev.userpool.docs.Markdown.code;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.group.Group;
import dev.userpool.group.GroupName;
import dev.userpool.password.PasswordHistory;
import dev.userpool.password.Salt;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.TokenValidity;
import dev.userpool.pool.UserPoolId;
import dev.userpool.testkit.token.RsaTokenSigner;
import dev.userpool.token.ClaimValue;
import dev.userpool.token.Claims;
import dev.userpool.token.Issuer;
import dev.userpool.token.TokenChecks;
import dev.userpool.token.TokenClaims;
import dev.userpool.token.TokenIds;
import dev.userpool.user.Attributes;
import dev.userpool.user.Sub;
import dev.userpool.user.User;
import dev.userpool.user.UserStatus;
import dev.userpool.user.Username;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Renders {@code tokens.md} from {@link TokenClaims}, {@link TokenValidity}, {@link TokenChecks} and {@link Group}. */
final class TokensDoc {

  static final String FILE = "tokens.md";

  static final UserPoolId POOL = new UserPoolId("us-east-1_EXAMPLE");
  static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

  private TokensDoc() {}

  static TokenClaims sample() {
    User jane = User.builder().username(new Username("jane")).sub(new Sub("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"))
        .status(UserStatus.CONFIRMED)
        .attributes(Attributes.empty().with("email", "jane@example.com").with("email_verified", "true")
            .with("custom:tier", "gold"))
        .passwordHistory(PasswordHistory.start(Salt.random(b -> {}))).creationDate(NOW).lastModifiedDate(NOW).build();
    List<Group> groups = List.of(
        Group.create(POOL, new GroupName("readers"), Option.none(), Option.some("arn:aws:iam::123456789012:role/readers"),
            Option.some(5), NOW),
        Group.create(POOL, new GroupName("admins"), Option.none(), Option.some("arn:aws:iam::123456789012:role/admins"),
            Option.some(1), NOW));
    return TokenClaims.decide(Issuer.aws(POOL), new ClientId("1example23456789"), TokenValidity.cognitoDefault(), jane,
        io.vavr.collection.List.ofAll(groups), NOW, NOW, new TokenIds("11111111-1111-4111-8111-111111111111",
            "22222222-2222-4222-8222-222222222222", "33333333-3333-4333-8333-333333333333", "44444444-4444-4444-8444-444444444444"));
  }

  static String render(Snippets snippets) {
    Markdown md = Markdown.generated("Tokens", "TokenClaims, TokenValidity, TokenChecks, Group and RsaTokenSigner");
    md.p("A successful sign-in yields three tokens: an ID token and an access token, JWTs signed RS256 whose header names the "
        + "key (" + code("kid") + "), and an opaque refresh token. ID and access tokens are signed with different keys, as "
        + "Cognito's are; both public keys are published as a JWKS at " + code("<iss>/.well-known/jwks.json") + " ("
        + CodeRef.to(RsaTokenSigner.class).markdownLink(2) + "). Claims are decided in the domain by "
        + CodeRef.to(TokenClaims.class, "decide").markdownLink(2) + ", from the user, the app client, the user's groups and "
        + "the time; signing is a port.");

    TokenClaims sample = sample();
    md.h2("Claims");
    Set<String> names = new LinkedHashSet<>(sample.id().asMap().keySet().toJavaList());
    names.addAll(sample.access().asMap().keySet().toJavaList());
    List<List<String>> rows = new ArrayList<>();
    for (String name : names) {
      rows.add(List.of(code(name), yes(sample.id(), name), yes(sample.access(), name), type(sample.id(), sample.access(), name)));
    }
    md.table(List.of("claim", "ID token", "access token", "JSON type"), rows);
    md.bullets(List.of(
        code("iss") + " is " + code(Issuer.aws(POOL).value()) + " (AWS's form, the default), or the local endpoint's URL "
            + "followed by the pool id when the endpoint is started to be its own issuer.",
        code("aud") + " (ID token) and " + code("client_id") + " (access token) are the app client; " + code("scope")
            + " is " + code(TokenClaims.SCOPE) + ", the scope of a sign-in through the API.",
        "The user's attributes the app client reads (its ReadAttributes, or the standard attributes: see schema.md) go into the "
            + "ID token as strings, except " + code("email_verified") + " and " + code("phone_number_verified") + ", JSON "
            + "booleans; developer-only " + code("dev:") + " attributes stay out.",
        code("origin_jti") + " names the sign-in: tokens renewed from its refresh token keep it, with its " + code("event_id")
            + " and " + code("auth_time") + "; each token has its own " + code("jti") + ".",
        code("cognito:groups") + " lists the user's groups by precedence (lowest number first, groups without one last, ties "
            + "by name; the tie order is the library's choice), in both tokens, and only when the user is in a group. "
            + code("cognito:roles") + " lists the groups' role ARNs in the same order; " + code("cognito:preferred_role")
            + " is the role of the winning group, left out when groups tied for first place have different roles ("
            + CodeRef.to(Group.class, "preferredRole").markdownLink(2) + ")."));
    md.h3("A sample ID token's payload");
    md.code("json", payload(sample.id()));
    md.h3("A sample access token's payload");
    md.code("json", payload(sample.access()));

    md.h2("Lifetimes");
    TokenValidity d = TokenValidity.cognitoDefault();
    md.p("From the app client (" + CodeRef.to(TokenValidity.class).markdownLink(2) + "), measured on the library's clock, so a "
        + "test moves time past expiry.");
    md.table(List.of("token", "member", "default", "range", "unit when absent"), List.of(
        List.of("access", code("AccessTokenValidity"), lifetime(d.accessToken()), TokenValidity.MIN_TOKEN_MINUTES + " minutes to 1 day",
            "hours"),
        List.of("ID", code("IdTokenValidity"), lifetime(d.idToken()), TokenValidity.MIN_TOKEN_MINUTES + " minutes to 1 day", "hours"),
        List.of("refresh", code("RefreshTokenValidity"), lifetime(d.refreshToken()),
            TokenValidity.MIN_REFRESH_MINUTES + " minutes to " + TokenValidity.MAX_REFRESH_DAYS + " days; 0 means the default",
            "days")));
    md.p("Units come from " + code("TokenValidityUnits") + " (" + code("seconds") + ", " + code("minutes") + ", " + code("hours")
        + ", " + code("days") + "). A value out of range, or an access or ID token outliving the refresh token: "
        + Markdown.error("InvalidParameterException", "Invalid range for token validity") + ".");

    md.h2("Tokens presented to an operation");
    md.p("An access token (GetUser, ChangePassword, GlobalSignOut), checked in this order by "
        + CodeRef.to(TokenChecks.class, "accessToken").markdownLink(2) + ":");
    md.numbered(List.of(
        "not a token this library signed, or not an access token: " + err(NotAuthorized.Reason.INVALID_ACCESS_TOKEN),
        "past its " + code("exp") + ": " + err(NotAuthorized.Reason.ACCESS_TOKEN_EXPIRED),
        "of a sign-in this registry does not know: " + err(NotAuthorized.Reason.INVALID_ACCESS_TOKEN),
        "revoked (GlobalSignOut, AdminUserGlobalSignOut, RevokeToken of its refresh token), or its user deleted or disabled "
            + "since: " + err(NotAuthorized.Reason.ACCESS_TOKEN_REVOKED)));
    md.p("A refresh token (REFRESH_TOKEN_AUTH, REFRESH_TOKEN, GetTokensFromRefreshToken), by "
        + CodeRef.to(TokenChecks.class, "refreshToken").markdownLink(2)
        + ":");
    md.numbered(List.of(
        "not issued here to this app client: " + err(NotAuthorized.Reason.INVALID_REFRESH_TOKEN),
        "past its lifetime: " + err(NotAuthorized.Reason.REFRESH_TOKEN_EXPIRED),
        "revoked, or its user deleted since: " + err(NotAuthorized.Reason.REFRESH_TOKEN_REVOKED),
        "its user disabled: " + err(NotAuthorized.Reason.USER_DISABLED)));
    md.p("Revocation is permanent. RevokeToken takes a refresh token and revokes it with every ID and access token of its "
        + "sign-in; given an ID or access token it answers " + code("UnsupportedTokenTypeException") + "; a string that is no "
        + "refresh token of the client revokes nothing and succeeds, as OAuth 2.0 token revocation (RFC 7009) does.");
    return md.toString();
  }

  private static String err(NotAuthorized.Reason reason) {
    return Markdown.error("NotAuthorizedException", new NotAuthorized(reason).message());
  }

  private static String lifetime(TokenValidity.Lifetime l) {
    return l.amount() + " " + l.unit().wire();
  }

  private static String yes(Claims claims, String name) {
    return claims.get(name).isDefined() ? "yes" : "";
  }

  private static String type(Claims id, Claims access, String name) {
    ClaimValue v = id.get(name).orElse(access.get(name)).get();
    if (v instanceof ClaimValue.Flag) {
      return "boolean";
    }
    if (v instanceof ClaimValue.Number) {
      return "number (seconds since the epoch)";
    }
    return v instanceof ClaimValue.Texts ? "array of strings" : "string";
  }

  private static String payload(Claims claims) {
    String jws = RsaTokenSigner.seeded(0).sign(claims);
    String json = new String(Base64.getUrlDecoder().decode(jws.split("\\.")[1]), StandardCharsets.UTF_8);
    try {
      List<String> lines = new ArrayList<>();
      for (Map.Entry<String, Object> e : JSONObjectUtils.parse(json).entrySet()) {
        String one = JSONObjectUtils.toJSONString(Map.of(e.getKey(), e.getValue()));
        lines.add("  " + one.substring(1, one.length() - 1));
      }
      return "{\n" + String.join(",\n", lines) + "\n}";
    } catch (ParseException e) {
      throw new IllegalStateException("the signer wrote a payload that is not JSON", e);
    }
  }
}
