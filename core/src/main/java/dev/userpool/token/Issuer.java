package dev.userpool.token;

import dev.userpool.pool.UserPoolId;
import java.util.Objects;

/**
 * The {@code iss} claim: who issued a token. Cognito's is
 * {@code https://cognito-idp.<region>.amazonaws.com/<poolId>}, so code written to verify production tokens
 * runs unchanged when pointed at a local JWKS; a local endpoint may instead name itself, so OpenID
 * discovery from the issuer ({@code <iss>/.well-known/openid-configuration}) reaches it.
 *
 * @param value the claim's value, without a trailing slash
 */
public record Issuer(String value) {

  /**
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not an http(s) URL without a trailing slash
   */
  public Issuer {
    Objects.requireNonNull(value, "value is null");
    if (!(value.startsWith("https://") || value.startsWith("http://")) || value.endsWith("/")) {
      throw new IllegalArgumentException("an issuer is an http(s) URL without a trailing slash: " + value);
    }
  }

  /** AWS's issuer of {@code pool}: {@code https://cognito-idp.<region>.amazonaws.com/<poolId>}. */
  public static Issuer aws(UserPoolId pool) {
    return new Issuer("https://cognito-idp." + pool.region() + ".amazonaws.com/" + pool.value());
  }

  /**
   * A local endpoint's issuer of {@code pool}: {@code <baseUrl>/<poolId>}, for example
   * {@code http://127.0.0.1:9229/us-east-1_Abc}.
   *
   * @param baseUrl the endpoint's URL, with or without a trailing slash
   */
  public static Issuer local(String baseUrl, UserPoolId pool) {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return new Issuer(base + "/" + pool.value());
  }

  /** Where the issuer's public keys are: {@code <iss>/.well-known/jwks.json}. */
  public String jwksUri() {
    return value + "/.well-known/jwks.json";
  }

  @Override
  public String toString() {
    return value;
  }
}
