package dev.userpool.oauth;

import dev.userpool.token.ClaimValue;
import dev.userpool.pool.ClientId;
import dev.userpool.token.Claims;
import dev.userpool.token.Issuer;
import dev.userpool.token.TokenUse;
import dev.userpool.user.Attributes;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * Which claims each scope releases, and the OAuth additions to the tokens of the hosted endpoints.
 *
 * <p>userInfo (AWS developer guide, "The user attributes endpoint"): {@code openid} alone releases every attribute the
 * app client reads; with {@code profile}, {@code email} or {@code phone} it releases those scopes' claims
 * ({@link #PROFILE}, {@code email} and {@code email_verified}, {@code phone_number} and {@code phone_number_verified}),
 * {@code profile} also the custom attributes. {@code aws.cognito.signin.user.admin} changes nothing. {@code sub} and
 * {@code username} always come first and last (AWS's example response has both).
 * Without {@code openid} nothing is released.
 *
 * <p>Tokens: the access token's {@code scope} is the granted scopes; the ID token (issued only with {@code openid})
 * carries the attributes an API sign-in's does, plus {@code nonce} when the authorize request sent one and
 * {@code at_hash} (OpenID Connect Core 3.1.3.6 and 3.2.2.10: BASE64URL of the left half of the SHA-256 of the access
 * token).
 */
public final class ClaimSelection {

  /** The profile attributes (OpenID Connect Core 5.4, the {@code profile} scope). */
  public static final Set<String> PROFILE = HashSet.of("name", "family_name", "given_name", "middle_name", "nickname",
      "preferred_username", "profile", "picture", "website", "gender", "birthdate", "zoneinfo", "locale", "updated_at");
  /** {@code nonce}, in ID tokens. */
  public static final String NONCE = "nonce";
  /** {@code version}, in client credentials access tokens. */
  public static final String VERSION = "version";
  /** {@code at_hash}, in ID tokens. */
  public static final String AT_HASH = "at_hash";

  private ClaimSelection() {}

  /** Whether the scopes let a token have an ID token and the userInfo endpoint. */
  public static boolean hasOpenid(Seq<String> scopes) {
    return scopes.contains(StandardScope.OPENID.value());
  }

  /**
   * The userInfo answer of a user with {@code readable} attributes (those the client reads, {@code sub} among them)
   * for a token with {@code scopes}: names and values in the attributes' order.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Map<String, String> userInfo(Seq<String> scopes, String sub, String username, Attributes readable) {
    Objects.requireNonNull(scopes, "scopes is null");
    Objects.requireNonNull(sub, "sub is null");
    Objects.requireNonNull(username, "username is null");
    Objects.requireNonNull(readable, "readable is null");
    if (!hasOpenid(scopes)) {
      return LinkedHashMap.empty();
    }
    boolean profile = scopes.contains(StandardScope.PROFILE.value());
    boolean email = scopes.contains(StandardScope.EMAIL.value());
    boolean phone = scopes.contains(StandardScope.PHONE.value());
    boolean all = !profile && !email && !phone;
    return LinkedHashMap.of("sub", sub).merge(LinkedHashMap.ofEntries(readable.asMap().filter(a -> all
        || profile && (PROFILE.contains(a._1) || a._1.startsWith("custom:"))
        || email && (a._1.equals("email") || a._1.equals("email_verified"))
        || phone && (a._1.equals("phone_number") || a._1.equals("phone_number_verified"))))).put("username", username);
  }

  /** An access token's claims with {@code scope} the granted scopes. */
  public static Claims withScopes(Claims access, Seq<String> scopes) {
    return Claims.of(access.asMap().put(Claims.SCOPE, new ClaimValue.Text(Scopes.render(scopes))));
  }

  /** An ID token's claims with {@code at_hash} of {@code signedAccessToken} and the {@code nonce}, if any, before it. */
  public static Claims forIdToken(Claims id, Option<String> nonce, String signedAccessToken) {
    Map<String, ClaimValue> claims = id.asMap();
    for (String n : nonce) {
      claims = claims.put(NONCE, new ClaimValue.Text(n));
    }
    return Claims.of(claims.put(AT_HASH, new ClaimValue.Text(atHash(signedAccessToken))));
  }

  /**
   * The claims of a client credentials access token (AWS developer guide, "Scopes, M2M, and resource servers", and
   * "Understanding the access token"): {@code sub} and {@code client_id} are the app client, {@code token_use} access,
   * {@code scope} the granted scopes, {@code version} 2, no {@code username} and no user claims.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Claims clientCredentials(Issuer issuer, ClientId client, Duration validity, Seq<String> scopes, Instant now, String jti) {
    Objects.requireNonNull(issuer, "issuer is null");
    Objects.requireNonNull(client, "client is null");
    Objects.requireNonNull(validity, "validity is null");
    Objects.requireNonNull(scopes, "scopes is null");
    Objects.requireNonNull(now, "now is null");
    Objects.requireNonNull(jti, "jti is null");
    return Claims.of(LinkedHashMap.<String, ClaimValue>empty()
        .put(Claims.SUB, new ClaimValue.Text(client.value()))
        .put(Claims.TOKEN_USE, new ClaimValue.Text(TokenUse.ACCESS.claim()))
        .put(Claims.SCOPE, new ClaimValue.Text(Scopes.render(scopes)))
        .put(Claims.AUTH_TIME, new ClaimValue.Number(now.getEpochSecond()))
        .put(Claims.ISS, new ClaimValue.Text(issuer.value()))
        .put(Claims.EXP, new ClaimValue.Number(now.plus(validity).getEpochSecond()))
        .put(Claims.IAT, new ClaimValue.Number(now.getEpochSecond()))
        .put(VERSION, new ClaimValue.Number(2))
        .put(Claims.JTI, new ClaimValue.Text(jti))
        .put(Claims.CLIENT_ID, new ClaimValue.Text(client.value())));
  }

  /** The scopes a verified access token carries ({@code scope}, space-separated). */
  public static Seq<String> scopesOf(Claims access) {
    return access.text(Claims.SCOPE).map(Scopes::parse).getOrElse(List.empty());
  }

  /** BASE64URL of the left half of the SHA-256 of {@code accessToken}'s ASCII octets. */
  public static String atHash(String accessToken) {
    Objects.requireNonNull(accessToken, "accessToken is null");
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(accessToken.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, digest.length / 2));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
