package dev.userpool.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.userpool.pool.TokenValidity;
import dev.userpool.testkit.PoolSpec;
import dev.userpool.testkit.TestPool;
import dev.userpool.testkit.endpoint.LocalEndpoint;
import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.inprocess.InProcessCognito;
import dev.userpool.testkit.inprocess.SeededRandomness;
import dev.userpool.testkit.token.KeyProtection;
import dev.userpool.testkit.token.RsaTokenSigner;
import dev.userpool.token.TokenUse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 28: two nodes on one database sign with the same keys and serve the same JWKS, a fresh database gets keys no
 * other has, and a rotation through one node reaches the other.
 */
class SigningKeysOnPostgresTest {

  private final PostgresStores first = PostgresStores.connect(TestDatabase.url());
  private final PostgresStores second = PostgresStores.connect(TestDatabase.url());

  @BeforeEach
  void freshKeys() {
    wipeKeys();
  }

  @AfterEach
  void tearDown() {
    first.close();
    second.close();
  }

  static void wipeKeys() {
    TestDatabase.execute("DELETE FROM signing_key");
    TestDatabase.execute("DELETE FROM signing_key_set");
  }

  static List<String> kids(String jwks) throws Exception {
    return JWKSet.parse(jwks).getKeys().stream().map(JWK::getKeyID).toList();
  }

  static InProcessCognito node(PostgresStores stores, ControllableClock clock) {
    return InProcessCognito.builder().store(stores.userPools()).groups(stores.groups()).tokenFamilies(stores.tokenFamilies())
        .randomness(SeededRandomness.secure()).clock(clock)
        .signer(c -> RsaTokenSigner.stored(stores.signingKeys(), c, KeyProtection.none())).build();
  }

  static String get(URI uri) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  @Test
  void shouldServeTheSameJwksFromTwoEndpointsOnOneDatabaseAndVerifyOnesTokensWithTheOthersKeys() throws Exception {
    ControllableClock clock = ControllableClock.fixed();
    InProcessCognito a = node(first, clock);
    InProcessCognito b = node(second, clock);
    TestPool pool = TestPool.create(a, PoolSpec.defaults());
    String idToken = pool.user("jane").password("Passw0rd!x").confirmed().tokens().idToken();

    try (LocalEndpoint endpointA = LocalEndpoint.builder().port(0).cognito(a).start();
        LocalEndpoint endpointB = LocalEndpoint.builder().port(0).cognito(b).start()) {
      String path = "/" + pool.id().value() + "/.well-known/jwks.json";
      String jwksA = get(endpointA.uri().resolve(path));
      String jwksB = get(endpointB.uri().resolve(path));

      assertThat(jwksB).isEqualTo(jwksA);
      assertThat(new ObjectMapper().readTree(jwksB).path("keys").size()).isEqualTo(2);
      DefaultJWTProcessor<SecurityContext> verifier = new DefaultJWTProcessor<>();
      verifier.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(JWKSet.parse(jwksB))));
      verifier.setJWTClaimsSetVerifier((claims, context) -> {});
      assertThat(verifier.process(idToken, null).getSubject()).isNotBlank();
      assertThat(b.signer().verify(idToken)).isNotEmpty();
    }
  }

  @Test
  void shouldGiveAFreshDatabaseKeysNoOtherHas() throws Exception {
    List<String> before = kids(node(first, ControllableClock.fixed()).jwks());
    wipeKeys();
    List<String> fresh = kids(node(second, ControllableClock.fixed()).jwks());

    assertThat(fresh).hasSize(2).doesNotContainAnyElementsOf(before);
    assertThat(fresh).doesNotContainAnyElementsOf(kids(RsaTokenSigner.seeded(0).jwks()));
    assertThat(kids(node(first, ControllableClock.fixed()).jwks())).isEqualTo(fresh);
  }

  @Test
  void shouldKeepTheOldKidOnEveryNodeUntilItsTokensExpireThenDropIt() throws Exception {
    ControllableClock clock = ControllableClock.fixed();
    InProcessCognito a = node(first, clock);
    InProcessCognito b = node(second, clock);
    String oldKid = a.signer().keyId(TokenUse.ACCESS);
    b.jwks();

    a.signer().rotate();

    assertThat(b.jwks()).isEqualTo(a.jwks());
    assertThat(kids(b.jwks())).hasSize(4).contains(oldKid, a.signer().keyId(TokenUse.ACCESS));
    clock.advance(TokenValidity.longestSignedToken().plus(RsaTokenSigner.REFRESH).plusSeconds(2));
    assertThat(kids(b.jwks())).hasSize(2).doesNotContain(oldKid);
    assertThat(b.signer().keyId(TokenUse.ACCESS)).isEqualTo(a.signer().keyId(TokenUse.ACCESS));
  }

  @Test
  void shouldKeepPrivateKeysEncryptedInTheTableWithAKeyEncryptionKey() {
    byte[] kek = new byte[32];
    kek[5] = 7;
    RsaTokenSigner.stored(first.signingKeys(), ControllableClock.fixed(), KeyProtection.aesGcm(kek)).jwks();

    assertThat(first.signingKeys().find().get().keys()).allSatisfy(k -> assertThat(k.privateKey()).startsWith("a256gcm:"));
    assertThatThrownBy(() -> RsaTokenSigner.stored(second.signingKeys(), ControllableClock.fixed(), KeyProtection.none())
        .keyId(TokenUse.ID)).isInstanceOf(KeyProtection.KeyProtectionException.class);
    assertThat(RsaTokenSigner.stored(second.signingKeys(), ControllableClock.fixed(), KeyProtection.aesGcm(kek)).keyId(TokenUse.ID))
        .isEqualTo(first.signingKeys().find().get().signing(TokenUse.ID).kid());
  }
}
