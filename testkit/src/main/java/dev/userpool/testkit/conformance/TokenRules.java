package dev.userpool.testkit.conformance;

import static dev.userpool.testkit.conformance.KitPool.FINAL;
import static dev.userpool.testkit.conformance.Sources.api;
import static dev.userpool.testkit.conformance.Sources.decision;
import static dev.userpool.testkit.sdk.Expect.equal;
import static dev.userpool.testkit.sdk.Expect.that;

import dev.userpool.testkit.sdk.Expect;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserResponse;

/** The tokens a sign-in returns: their claims, lifetimes, what revokes them, and what presents them. */
final class TokenRules {

  private static final String USER = KitPool.JANE;

  private TokenRules() {}

  static List<ConformanceRule> all() {
    List<ConformanceRule> rules = new ArrayList<>();
    rule(rules, "id-token.claims",
        "The ID token has token_use id, aud the client id, cognito:username, the user's sub and email, and an iss"
            + " ending in the pool id",
        Sources.TOKENS, (pool, tokens) -> {
          Jwt id = Jwt.claims(tokens.idToken());
          equal("id", id.text("token_use"), "token_use");
          equal(pool.clientId, id.text("aud"), "aud");
          equal(USER, id.text("cognito:username"), "cognito:username");
          equal(USER, id.text("email"), "email");
          equal(sub(pool), id.text("sub"), "sub");
          that(id.text("iss") != null && id.text("iss").endsWith("/" + pool.id), "iss ending in /" + pool.id + ", got " + id.text("iss"));
        });
    rule(rules, "access-token.claims", "The access token has token_use access, client_id, username, the user's sub and the scope"
        + " aws.cognito.signin.user.admin, and no aud", Sources.TOKENS, (pool, tokens) -> {
          Jwt access = Jwt.claims(tokens.accessToken());
          equal("access", access.text("token_use"), "token_use");
          equal(pool.clientId, access.text("client_id"), "client_id");
          equal(USER, access.text("username"), "username");
          equal(sub(pool), access.text("sub"), "sub");
          equal("aws.cognito.signin.user.admin", access.text("scope"), "scope");
          equal(null, access.text("aud"), "aud");
        });
    rule(rules, "lifetimes.default-hour",
        "By default the ID and access tokens expire an hour after they are issued, and ExpiresIn says 3600",
        decision("token-validity"), (pool, tokens) -> {
          equal(3600, tokens.expiresIn(), "ExpiresIn");
          for (String token : List.of(tokens.idToken(), tokens.accessToken())) {
            Jwt claims = Jwt.claims(token);
            that(claims.number("exp") != null && claims.number("iat") != null, "exp and iat");
            equal(3600L, claims.number("exp") - claims.number("iat"), "exp - iat");
          }
        });
    rule(rules, "id-and-access.share-auth-time", "The ID and access tokens of one sign-in carry the same auth_time and origin_jti",
        Sources.TOKENS, (pool, tokens) -> {
          Jwt id = Jwt.claims(tokens.idToken());
          Jwt access = Jwt.claims(tokens.accessToken());
          that(id.number("auth_time") != null, "auth_time");
          equal(id.number("auth_time"), access.number("auth_time"), "auth_time");
          equal(id.text("origin_jti"), access.text("origin_jti"), "origin_jti");
        });
    rule(rules, "get-user.attributes", "GetUser with the access token returns the username and attributes, sub among them", api("GetUser"),
        (pool, tokens) -> {
          GetUserResponse user = pool.cognito.getUser(b -> b.accessToken(tokens.accessToken()));
          equal(USER, user.username(), "Username");
          equal(sub(pool), user.userAttributes().stream().filter(a -> a.name().equals("sub")).map(AttributeType::value).findFirst()
              .orElse(null), "sub");
        });
    rule(rules, "get-user.id-token-refused", "GetUser with an ID token is NotAuthorizedException \"Invalid Access Token\"",
        decision("token-refusals"), (pool, tokens) -> Expect.refused("NotAuthorizedException", 400, "Invalid Access Token",
            () -> pool.cognito.getUser(b -> b.accessToken(tokens.idToken()))));
    rule(rules, "revoke-token.refresh-revoked", "After RevokeToken, the refresh token is refused: \"Refresh Token has been revoked\"",
        decision("revoke-token"), (pool, tokens) -> {
          pool.cognito.revokeToken(b -> b.clientId(pool.clientId).token(tokens.refreshToken()));
          Expect.refused("NotAuthorizedException", 400, "Refresh Token has been revoked", () -> refresh(pool, tokens.refreshToken()));
        });
    rule(rules, "admin-user-global-sign-out.revokes", "After AdminUserGlobalSignOut the access and refresh tokens are revoked",
        api("AdminUserGlobalSignOut"), (pool, tokens) -> {
          pool.cognito.adminUserGlobalSignOut(b -> b.userPoolId(pool.id).username(USER));
          Expect.refused("NotAuthorizedException", 400, "Access Token has been revoked",
              () -> pool.cognito.getUser(b -> b.accessToken(tokens.accessToken())));
          Expect.refused("NotAuthorizedException", 400, "Refresh Token has been revoked", () -> refresh(pool, tokens.refreshToken()));
        });
    rule(rules, "refresh.expires-after-thirty-days", "A refresh token is refused once its default 30 days are up",
        decision("token-validity"),
        (pool, tokens) -> {
          pool.target.timeTravel().advance(Duration.ofDays(30).plusSeconds(1));
          Expect.refused("NotAuthorizedException", 400, "Refresh Token has expired", () -> refresh(pool, tokens.refreshToken()));
        });
    rule(rules, "refresh.valid-within-its-lifetime", "A refresh token still renews the tokens a day before its 30 days are up",
        decision("token-validity"), (pool, tokens) -> {
          pool.target.timeTravel().advance(Duration.ofDays(29));
          that(refresh(pool, tokens.refreshToken()).accessToken() != null, "a renewed access token");
        });
    rule(rules, "refresh.id-token-refused", "REFRESH_TOKEN_AUTH with something that is not a refresh token is NotAuthorizedException"
        + " \"Invalid Refresh Token.\"", decision("token-refusals"),
        (pool, tokens) -> Expect.refused("NotAuthorizedException", 400,
            "Invalid Refresh Token.", () -> refresh(pool, tokens.idToken())));
    rule(rules, "refresh.same-sub", "Tokens renewed by REFRESH_TOKEN_AUTH are the same user's: same sub, same username",
        decision("refresh-token-rotation"), (pool, tokens) -> {
          AuthenticationResultType renewed = refresh(pool, tokens.refreshToken());
          equal(Jwt.claims(tokens.idToken()).text("sub"), Jwt.claims(renewed.idToken()).text("sub"), "sub");
          equal(USER, Jwt.claims(renewed.accessToken()).text("username"), "username");
        });
    return rules;
  }

  private static String sub(KitPool pool) {
    return pool.cognito.adminGetUser(b -> b.userPoolId(pool.id).username(USER)).userAttributes().stream()
        .filter(a -> a.name().equals("sub")).map(AttributeType::value).findFirst().orElseThrow(() -> new AssertionError("a sub attribute"));
  }

  private static AuthenticationResultType refresh(KitPool pool, String refreshToken) {
    return pool.cognito.initiateAuth(b -> b.clientId(pool.clientId).authFlow("REFRESH_TOKEN_AUTH")
        .authParameters(Map.of("REFRESH_TOKEN", refreshToken))).authenticationResult();
  }

  /** A rule on a CONFIRMED jane (with an email) and the tokens of her sign-in. */
  private static void rule(List<ConformanceRule> rules, String name, String statement, String source, Signed steps) {
    rules.add(new ConformanceRule("tokens." + name, Area.TOKENS, statement, source, target -> {
      KitPool pool = KitPool.create(target);
      pool.confirmed(USER, FINAL);
      steps.accept(pool, pool.tokens(USER, FINAL));
    }));
  }

  @FunctionalInterface
  private interface Signed {
    void accept(KitPool pool, AuthenticationResultType tokens);
  }

}
