package dev.userpool.testkit.token;

import static dev.userpool.testkit.token.RsaTokenSignerTest.claims;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.userpool.pool.TokenValidity;
import dev.userpool.port.SigningKeys;
import dev.userpool.port.StoreConflict;
import dev.userpool.testkit.inprocess.ControllableClock;
import dev.userpool.testkit.store.InMemorySigningKeys;
import dev.userpool.token.SigningKey;
import dev.userpool.token.SigningKeySet;
import dev.userpool.token.TokenUse;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class StoredSigningKeysTest {

  /** An in-memory store that runs {@code beforeFind} before each read and {@code beforeReplace} before each replacement. */
  static final class Intercepted implements SigningKeys {
    private final InMemorySigningKeys store;
    volatile Runnable beforeFind = () -> {};
    volatile Runnable beforeReplace = () -> {};

    Intercepted(InMemorySigningKeys store) {
      this.store = store;
    }

    @Override
    public Option<SigningKeySet> find() {
      beforeFind.run();
      return store.find();
    }

    @Override
    public SigningKeySet createIfAbsent(SigningKeySet first) {
      return store.createIfAbsent(first);
    }

    @Override
    public Either<StoreConflict, SigningKeySet> replace(SigningKeySet next) {
      beforeReplace.run();
      return store.replace(next);
    }
  }

  static final byte[] KEK = new byte[32];

  static List<String> kids(String jwks) throws Exception {
    return JWKSet.parse(jwks).getKeys().stream().map(JWK::getKeyID).toList();
  }

  static void verifiesWith(String jwks, String token) throws Exception {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(JWKSet.parse(jwks))));
    processor.setJWTClaimsSetVerifier((c, context) -> {});
    processor.process(token, null);
  }

  @Test
  void shouldGiveEveryNodeOnOneStoreTheSameKeysAndAFreshStoreKeysNoOneElseHas() throws Exception {
    InMemorySigningKeys store = new InMemorySigningKeys();
    ControllableClock clock = ControllableClock.fixed();
    RsaTokenSigner a = RsaTokenSigner.stored(store, clock, KeyProtection.none());
    RsaTokenSigner b = RsaTokenSigner.stored(store, clock, KeyProtection.none());
    RsaTokenSigner elsewhere = RsaTokenSigner.stored(new InMemorySigningKeys(), clock, KeyProtection.none());

    String token = a.sign(claims().access());

    assertThat(b.jwks()).isEqualTo(a.jwks());
    assertThat(b.verify(token)).isNotEmpty();
    verifiesWith(b.jwks(), token);
    assertThat(kids(elsewhere.jwks())).doesNotContainAnyElementsOf(kids(a.jwks()));
    assertThat(kids(a.jwks())).doesNotContainAnyElementsOf(kids(RsaTokenSigner.seeded(0).jwks()));
    assertThat(elsewhere.verify(token)).isEmpty();
  }

  @Test
  void shouldKeepTheRetiredKidInTheJwksUntilItsTokensExpireThenDropIt() throws Exception {
    InMemorySigningKeys store = new InMemorySigningKeys();
    ControllableClock clock = ControllableClock.fixed();
    RsaTokenSigner node = RsaTokenSigner.stored(store, clock, KeyProtection.none());
    RsaTokenSigner other = RsaTokenSigner.stored(store, clock, KeyProtection.none());
    String before = node.sign(claims().access());
    String oldKid = node.keyId(TokenUse.ACCESS);
    other.jwks(); // the other node has read the keys before the rotation

    node.rotate();
    String after = node.sign(claims().access());

    assertThat(node.keyId(TokenUse.ACCESS)).isNotEqualTo(oldKid);
    assertThat(SignedJWT.parse(after).getHeader().getKeyID()).isEqualTo(node.keyId(TokenUse.ACCESS));
    assertThat(kids(node.jwks())).hasSize(4).contains(oldKid, node.keyId(TokenUse.ACCESS));
    assertThat(other.jwks()).isEqualTo(node.jwks());
    assertThat(other.verify(after)).as("a kid it did not know makes it read the store").isNotEmpty();
    assertThat(node.verify(before)).isNotEmpty();

    clock.advance(TokenValidity.longestSignedToken().plus(RsaTokenSigner.REFRESH));
    assertThat(kids(node.jwks())).contains(oldKid);
    assertThat(node.verify(before)).isNotEmpty();

    clock.advance(Duration.ofSeconds(2));
    assertThat(kids(node.jwks())).hasSize(2).doesNotContain(oldKid);
    assertThat(node.verify(before)).as("its key is gone").isEmpty();
    assertThat(node.verify(after)).isNotEmpty();
    assertThat(other.keyId(TokenUse.ACCESS)).as("the other node signs with the new keys once it reads again")
        .isEqualTo(node.keyId(TokenUse.ACCESS));
  }

  @Test
  void shouldMakeOnlyOneRotationOfTwoRacingOnes() {
    InMemorySigningKeys store = new InMemorySigningKeys();
    ControllableClock clock = ControllableClock.fixed();
    RsaTokenSigner a = RsaTokenSigner.stored(store, clock, KeyProtection.none());
    a.jwks();
    AtomicBoolean raced = new AtomicBoolean();
    Intercepted racing = new Intercepted(store);
    racing.beforeReplace = () -> {
      if (raced.compareAndSet(false, true)) {
        a.rotate(); // another node rotates between this node's read and its write
      }
    };
    RsaTokenSigner b = RsaTokenSigner.stored(racing, clock, KeyProtection.none());

    SigningKeySet after = b.rotate();

    assertThat(raced).isTrue();
    assertThat(after.version()).isEqualTo(2);
    assertThat(store.find()).contains(after);
    assertThat(b.jwks()).isEqualTo(a.jwks());
  }

  @Test
  void shouldFailRatherThanCallAGoodTokenBadWhenTheStoreCannotBeRead() {
    AtomicBoolean down = new AtomicBoolean();
    Intercepted flaky = new Intercepted(new InMemorySigningKeys());
    flaky.beforeFind = () -> {
      if (down.get()) {
        throw new IllegalStateException("the database is down");
      }
    };
    ControllableClock clock = ControllableClock.fixed();
    RsaTokenSigner signer = RsaTokenSigner.stored(flaky, clock, KeyProtection.none());
    String token = signer.sign(claims().access());
    String foreign = RsaTokenSigner.seeded(9).sign(claims().access());
    down.set(true);

    assertThat(signer.verify(token)).as("read a moment ago: no need to read again").isNotEmpty();
    assertThatThrownBy(() -> signer.verify(foreign)).as("an unknown kid needs the store").isInstanceOf(IllegalStateException.class);
    clock.advance(RsaTokenSigner.REFRESH);
    assertThatThrownBy(() -> signer.verify(token)).isInstanceOf(IllegalStateException.class);
    assertThat(signer.verify("not-a-token")).isEmpty();
  }

  @Test
  void shouldKeepPrivateKeysEncryptedWhenGivenAKeyEncryptionKey() {
    InMemorySigningKeys store = new InMemorySigningKeys();
    ControllableClock clock = ControllableClock.fixed();
    RsaTokenSigner sealed = RsaTokenSigner.stored(store, clock, KeyProtection.aesGcm(KEK));
    String token = sealed.sign(claims().id());

    assertThat(store.find().get().keys().map(SigningKey::privateKey)).allSatisfy(k -> assertThat(k).startsWith("a256gcm:"));
    assertThat(RsaTokenSigner.stored(store, clock, KeyProtection.aesGcm(KEK.clone())).verify(token)).isNotEmpty();
    assertThatThrownBy(() -> RsaTokenSigner.stored(store, clock, KeyProtection.none()).sign(claims().id()))
        .isInstanceOf(KeyProtection.KeyProtectionException.class).hasMessageContaining(KeyProtection.ENVIRONMENT_VARIABLE);
    byte[] wrong = new byte[32];
    wrong[0] = 1;
    assertThatThrownBy(() -> RsaTokenSigner.stored(store, clock, KeyProtection.aesGcm(wrong)).sign(claims().id()))
        .isInstanceOf(KeyProtection.KeyProtectionException.class).hasMessageNotContaining("a256gcm");
  }

  @Test
  void shouldStorePlainPkcs8WithoutAKeyEncryptionKey() {
    InMemorySigningKeys store = new InMemorySigningKeys();
    RsaTokenSigner.stored(store, ControllableClock.fixed(), KeyProtection.none()).jwks();

    assertThat(store.find().get().keys().map(SigningKey::privateKey)).allSatisfy(k -> assertThat(k).startsWith("pkcs8:"));
    assertThat(store.find().get().toString()).doesNotContain("pkcs8:");
  }

  @Test
  void shouldTakeTheKeyEncryptionKeyFromTheEnvironment() {
    String encoded = Base64.getEncoder().encodeToString(KEK);

    assertThat(KeyProtection.fromEnvironment(Map.of()).encrypts()).isFalse();
    assertThat(KeyProtection.fromEnvironment(Map.of(KeyProtection.ENVIRONMENT_VARIABLE, encoded)).encrypts()).isTrue();
    assertThatThrownBy(() -> KeyProtection.fromEnvironment(Map.of(KeyProtection.ENVIRONMENT_VARIABLE, "c2hvcnQ=")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("c2hvcnQ=");
    assertThatThrownBy(() -> KeyProtection.fromEnvironment(Map.of(KeyProtection.ENVIRONMENT_VARIABLE, "not base64!")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("not base64!");
  }
}
