package dev.userpool.testkit.token;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.userpool.token.Issuer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The documents a pool publishes under {@code /<poolId>/.well-known/}: {@code jwks.json}, the public keys
 * that verify its tokens, and {@code openid-configuration}, OpenID Connect discovery naming the issuer and
 * where its keys are. The discovery document holds the members OpenID Connect Discovery 1.0 requires of
 * every provider and that this library can honour; served by the local endpoint, it also names the hosted OAuth
 * endpoints ({@code authorization_endpoint}, {@code token_endpoint}, {@code userinfo_endpoint},
 * {@code revocation_endpoint}, {@code end_session_endpoint}), the scopes and the grant types, as Cognito's does.
 */
public final class WellKnown {

  /** The path of the keys under a pool's issuer. */
  public static final String JWKS_PATH = "/.well-known/jwks.json";
  /** The path of the discovery document under a pool's issuer. */
  public static final String DISCOVERY_PATH = "/.well-known/openid-configuration";

  private WellKnown() {}

  /** The JWKS document of {@code signer}'s public keys. */
  public static String jwks(RsaTokenSigner signer) {
    return Objects.requireNonNull(signer, "signer is null").jwks();
  }

  /**
   * The discovery document of a pool whose tokens carry {@code issuer} and whose keys are at
   * {@code jwksUri} (for a pool served locally with AWS's issuer, the local URL of the keys).
   */
  public static String openidConfiguration(Issuer issuer, String jwksUri) {
    return JSONObjectUtils.toJSONString(providerMetadata(issuer, jwksUri));
  }

  private static Map<String, Object> providerMetadata(Issuer issuer, String jwksUri) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("issuer", issuer.value());
    doc.put("jwks_uri", Objects.requireNonNull(jwksUri, "jwksUri is null"));
    doc.put("response_types_supported", List.of("code", "token"));
    doc.put("subject_types_supported", List.of("public"));
    doc.put("id_token_signing_alg_values_supported", List.of("RS256"));
    doc.put("scopes_supported", List.of("openid", "email", "phone", "profile"));
    doc.put("claims_supported", List.of("sub", "iss", "aud", "exp", "iat", "auth_time", "token_use", "cognito:username",
        "cognito:groups", "email", "email_verified", "phone_number", "phone_number_verified"));
    return doc;
  }

  /**
   * The discovery document as the local endpoint at {@code endpointBase} serves it: {@link #openidConfiguration(Issuer,
   * String)} with the hosted endpoints at the endpoint's root, the grant types and PKCE method the library supports, the
   * client authentication methods, and the scopes (the standard ones, then {@code customScopes}, the pool's resource
   * servers').
   */
  public static String openidConfiguration(Issuer issuer, String jwksUri, String endpointBase, List<String> customScopes) {
    Map<String, Object> doc = providerMetadata(issuer, jwksUri);
    String base = endpointBase.endsWith("/") ? endpointBase.substring(0, endpointBase.length() - 1) : endpointBase;
    doc.put("authorization_endpoint", base + "/oauth2/authorize");
    doc.put("token_endpoint", base + "/oauth2/token");
    doc.put("userinfo_endpoint", base + "/oauth2/userInfo");
    doc.put("revocation_endpoint", base + "/oauth2/revoke");
    doc.put("end_session_endpoint", base + "/logout");
    List<String> scopes = new ArrayList<>(List.of("openid", "email", "phone", "profile", "aws.cognito.signin.user.admin"));
    scopes.addAll(customScopes);
    doc.put("scopes_supported", scopes);
    doc.put("grant_types_supported", List.of("authorization_code", "implicit", "refresh_token", "client_credentials"));
    doc.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
    doc.put("code_challenge_methods_supported", List.of("S256"));
    return JSONObjectUtils.toJSONString(doc);
  }
}
