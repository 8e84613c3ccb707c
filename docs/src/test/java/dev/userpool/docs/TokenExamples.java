package dev.userpool.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.userpool.service.TokenService;
import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.token.WellKnown;
import dev.userpool.token.Issuer;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The root README's token examples, one per issuer mode; RootReadmeTest keeps the README's copies equal. */
class TokenExamples {

  @Test
  void verifyingTokensAsProductionCodeDoes() throws Exception {
    // tag::readme-tokens-aws[]
    TestPool pool = TestPool.create(InProcessCognito.create());
    TokenService.Issued tokens = pool.user("jane").password("Passw0rd!x").verifiedEmail("jane@example.com").confirmed().tokens();

    // the verifier your backend runs against Cognito, given the local keys instead of Cognito's
    DefaultJWTProcessor<SecurityContext> verifier = new DefaultJWTProcessor<>();
    verifier.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
        new ImmutableJWKSet<>(JWKSet.parse(pool.jwks()))));
    verifier.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(new JWTClaimsSet.Builder()
        .issuer("https://cognito-idp.us-east-1.amazonaws.com/" + pool.id().value()).build(), Set.of("sub", "exp")));
    JWTClaimsSet claims = verifier.process(tokens.idToken(), null);
    // claims.getClaim("email_verified") is true, claims.getStringClaim("token_use") is "id"
    // end::readme-tokens-aws[]

    assertThat(claims.getClaim("email_verified")).isEqualTo(true);
    assertThat(claims.getStringClaim("token_use")).isEqualTo("id");
    assertThat(claims.getStringClaim("cognito:username")).isEqualTo("jane");
  }

  @Test
  void beingTheIssuerForOpenIdDiscovery() throws Exception {
    // tag::readme-tokens-local[]
    InProcessCognito cognito = InProcessCognito.builder()
        .issuer(poolId -> Issuer.local("http://127.0.0.1:9229", poolId)) // iss: the local URL and the pool id
        .build();
    TestPool pool = TestPool.create(cognito);
    TokenService.Issued tokens = pool.user("jane").password("Passw0rd!x").confirmed().tokens();

    Issuer issuer = cognito.issuer(pool.id()); // http://127.0.0.1:9229/us-east-1_...
    String discovery = WellKnown.openidConfiguration(issuer, issuer.jwksUri()); // <iss>/.well-known/openid-configuration
    // {"issuer": "<iss>", "jwks_uri": "<iss>/.well-known/jwks.json", ...}: what issuer-uri configuration reads
    // end::readme-tokens-local[]

    Map<String, Object> doc = JSONObjectUtils.parse(discovery);
    assertThat(doc).containsEntry("issuer", "http://127.0.0.1:9229/" + pool.id().value())
        .containsEntry("jwks_uri", "http://127.0.0.1:9229/" + pool.id().value() + "/.well-known/jwks.json");
    DefaultJWTProcessor<SecurityContext> verifier = new DefaultJWTProcessor<>();
    verifier.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
        new ImmutableJWKSet<>(JWKSet.parse(pool.jwks()))));
    verifier.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(new JWTClaimsSet.Builder().issuer(issuer.value()).build(),
        Set.of("sub", "exp")));
    assertThat(verifier.process(tokens.accessToken(), null).getStringClaim("token_use")).isEqualTo("access");
  }
}
