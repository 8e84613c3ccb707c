package dev.userpool.testkit.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import dev.userpool.pool.UserPoolId;
import dev.userpool.token.Issuer;
import dev.userpool.token.TokenUse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WellKnownTest {

  static final UserPoolId POOL = new UserPoolId("us-east-1_Known1");

  @Test
  void shouldPublishBothKeysOfTheSigner() throws Exception {
    RsaTokenSigner signer = RsaTokenSigner.seeded(1);

    JWKSet keys = JWKSet.parse(WellKnown.jwks(signer));

    assertThat(keys.getKeys()).extracting(k -> k.getKeyID())
        .containsExactlyInAnyOrder(signer.keyId(TokenUse.ID), signer.keyId(TokenUse.ACCESS));
  }

  @Test
  void shouldDescribeALocalIssuerForDiscovery() throws Exception {
    Issuer local = Issuer.local("http://127.0.0.1:9229", POOL);

    Map<String, Object> doc = JSONObjectUtils.parse(WellKnown.openidConfiguration(local, local.jwksUri()));

    assertThat(doc).containsEntry("issuer", "http://127.0.0.1:9229/us-east-1_Known1")
        .containsEntry("jwks_uri", "http://127.0.0.1:9229/us-east-1_Known1/.well-known/jwks.json");
    assertThat(JSONObjectUtils.getStringList(doc, "id_token_signing_alg_values_supported")).containsExactly("RS256");
    assertThat(JSONObjectUtils.getStringList(doc, "subject_types_supported")).containsExactly("public");
    assertThat(JSONObjectUtils.getStringList(doc, "response_types_supported")).contains("code");
  }

  @Test
  void shouldKeepAwssIssuerWhileTheKeysAreLocal() throws Exception {
    Map<String, Object> doc = JSONObjectUtils.parse(WellKnown.openidConfiguration(Issuer.aws(POOL),
        "http://127.0.0.1:9229/us-east-1_Known1" + WellKnown.JWKS_PATH));

    assertThat(doc).containsEntry("issuer", "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Known1")
        .containsEntry("jwks_uri", "http://127.0.0.1:9229/us-east-1_Known1/.well-known/jwks.json");
  }
}
