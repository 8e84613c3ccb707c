package dev.userpool.testkit.token;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.userpool.token.Issuer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The documents a pool publishes under {@code /<poolId>/.well-known/}: {@code jwks.json}, the public keys
 * that verify its tokens, and {@code openid-configuration}, OpenID Connect discovery naming the issuer and
 * where its keys are. The discovery document holds the members OpenID Connect Discovery 1.0 requires of
 * every provider and that this library can honour; it names no OAuth endpoints (the library serves no
 * managed login).
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
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("issuer", issuer.value());
    doc.put("jwks_uri", Objects.requireNonNull(jwksUri, "jwksUri is null"));
    doc.put("response_types_supported", List.of("code", "token"));
    doc.put("subject_types_supported", List.of("public"));
    doc.put("id_token_signing_alg_values_supported", List.of("RS256"));
    doc.put("scopes_supported", List.of("openid", "email", "phone", "profile"));
    doc.put("claims_supported", List.of("sub", "iss", "aud", "exp", "iat", "auth_time", "token_use", "cognito:username",
        "cognito:groups", "email", "email_verified", "phone_number", "phone_number_verified"));
    return JSONObjectUtils.toJSONString(doc);
  }
}
