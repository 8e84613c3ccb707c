package dev.userpool.testkit.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.userpool.token.ClaimValue;
import dev.userpool.token.Claims;
import dev.userpool.token.TokenSigner;
import dev.userpool.token.TokenUse;
import io.vavr.Lazy;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.nio.ByteBuffer;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs tokens as Cognito does: RS256 compact JWS whose header names the key ({@code kid}, the key's RFC
 * 7638 thumbprint), one 2048-bit RSA key for ID tokens and another for access tokens (Cognito's access and
 * ID tokens of one session carry different {@code kid}s), and the public keys published as a JWKS
 * ({@link #jwks()}).
 *
 * <p>Keys are generated once, when first needed (a signer that signs nothing costs nothing): from a seed
 * ({@link #seeded(long)}) they are the same in every run on the same JDK, so tokens recorded by a test
 * replay; {@link #random()} draws fresh ones. The private keys never leave this object;
 * {@link #toString()} names the {@code kid}s only. Thread-safe.
 */
public final class RsaTokenSigner implements TokenSigner {

  private static final int KEY_BITS = 2048;
  private static final ConcurrentHashMap<Long, RsaTokenSigner> BY_SEED = new ConcurrentHashMap<>();

  /** The keys, made on first use; see {@link #RsaTokenSigner(SecureRandom)}. */
  private final Lazy<Keys> keys;

  /** What the keys make: per use the key and its signer, the verifiers by {@code kid}, and the JWKS. */
  private static final class Keys {
    private final EnumMap<TokenUse, RSAKey> keys = new EnumMap<>(TokenUse.class);
    private final EnumMap<TokenUse, RSASSASigner> signers = new EnumMap<>(TokenUse.class);
    private final java.util.Map<String, RSASSAVerifier> verifiers = new HashMap<>();
    private final String jwks;

    Keys(SecureRandom random) {
      try {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(KEY_BITS, random);
        for (TokenUse use : TokenUse.values()) {
          KeyPair pair = generator.generateKeyPair();
          RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.RS256)
              .keyIDFromThumbprint()
              .build();
          keys.put(use, key);
          signers.put(use, new RSASSASigner(key));
          verifiers.put(key.getKeyID(), new RSASSAVerifier(key.toRSAPublicKey()));
        }
      } catch (NoSuchAlgorithmException | JOSEException e) {
        throw new IllegalStateException("every JDK has RSA", e);
      }
      jwks = new JWKSet(List.ofAll(keys.values()).map(k -> (JWK) k.toPublicJWK()).toJavaList())
          .toString(true);
    }
  }

  /**
   * A signer whose keys are made from {@code random} when first needed (by the first token signed or
   * checked, or the JWKS): two RSA-2048 keys take about a second of a cold JVM's CPU, which the runnable
   * jar's start-up and a test that signs nobody in need not pay. Only that one computation draws from
   * {@code random}, so a seeded one gives the same keys whenever, and on whichever thread, it runs.
   */
  private RsaTokenSigner(SecureRandom random) {
    this.keys = Lazy.of(() -> new Keys(random));
  }

  private Keys keys() {
    return keys.get();
  }

  // -- static API

  /**
   * A signer whose keys derive from {@code seed}: the same keys, and so the same {@code kid}s, in every run.
   * Generating RSA keys is slow, so signers are kept per seed for the life of the JVM (they hold no state
   * but their keys).
   */
  public static RsaTokenSigner seeded(long seed) {
    return BY_SEED.computeIfAbsent(seed, RsaTokenSigner::generate);
  }

  /** A signer of its own (not the one kept for {@code seed}) whose keys derive from {@code seed}. */
  static RsaTokenSigner generate(long seed) {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(ByteBuffer.allocate(Long.BYTES).putLong(seed).array());
      return new RsaTokenSigner(random);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA1PRNG", e);
    }
  }

  /** A signer with fresh random keys. */
  public static RsaTokenSigner random() {
    return new RsaTokenSigner(new SecureRandom());
  }

  // -- the port

  @Override
  public String sign(Claims claims) {
    Objects.requireNonNull(claims, "claims is null");
    TokenUse use = claims.use().getOrElseThrow(() -> new IllegalArgumentException("claims without token_use"));
    JWTClaimsSet.Builder set = new JWTClaimsSet.Builder();
    claims.asMap().forEach((name, value) -> set.claim(name, json(value)));
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId(use)).build(),
        set.build());
    try {
      jwt.sign(keys().signers.get(use));
    } catch (JOSEException e) {
      throw new IllegalStateException("signing with a generated RSA key failed", e);
    }
    return jwt.serialize();
  }

  @Override
  public Option<Claims> verify(String token) {
    if (token == null) {
      return Option.none();
    }
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      RSASSAVerifier verifier = keys().verifiers.get(jwt.getHeader().getKeyID());
      if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || verifier == null || !jwt.verify(verifier)) {
        return Option.none();
      }
      Map<String, ClaimValue> values = LinkedHashMap.empty();
      for (java.util.Map.Entry<String, Object> claim : jwt.getJWTClaimsSet().getClaims().entrySet()) {
        Object raw = claim.getValue();
        if (Claims.AUD.equals(claim.getKey()) && raw instanceof Collection<?> c && c.size() == 1) {
          raw = c.iterator().next(); // nimbus reads a one-audience aud as a list; Cognito writes a string
        }
        Option<ClaimValue> value = claimValue(raw);
        if (value.isEmpty()) {
          return Option.none();
        }
        values = values.put(claim.getKey(), value.get());
      }
      return Option.some(Claims.of(values));
    } catch (ParseException | JOSEException | RuntimeException e) {
      return Option.none();
    }
  }

  // -- publishing

  /** The public keys as a JWKS document ({@code {"keys": [...]}}), as {@code /.well-known/jwks.json} serves it. */
  public String jwks() {
    return keys().jwks;
  }

  /** The {@code kid} of the key that signs tokens of {@code use}. */
  public String keyId(TokenUse use) {
    return keys().keys.get(use).getKeyID();
  }

  @Override
  public String toString() {
    return "RsaTokenSigner[id kid=" + keyId(TokenUse.ID) + ", access kid=" + keyId(TokenUse.ACCESS) + "]";
  }

  // -- helpers

  private static Object json(ClaimValue value) {
    if (value instanceof ClaimValue.Text t) {
      return t.value();
    }
    if (value instanceof ClaimValue.Number n) {
      return n.value();
    }
    if (value instanceof ClaimValue.Flag f) {
      return f.value();
    }
    return ((ClaimValue.Texts) value).values().toJavaList();
  }

  private static Option<ClaimValue> claimValue(Object json) {
    if (json instanceof String s) {
      return Option.some(new ClaimValue.Text(s));
    }
    if (json instanceof Boolean b) {
      return Option.some(new ClaimValue.Flag(b));
    }
    if (json instanceof Number n && n.doubleValue() == n.longValue()) {
      return Option.some(new ClaimValue.Number(n.longValue()));
    }
    if (json instanceof Date d) {
      return Option.some(new ClaimValue.Number(d.getTime() / 1000));
    }
    if (json instanceof Collection<?> c && c.stream().allMatch(String.class::isInstance)) {
      return Option.some(new ClaimValue.Texts(List.ofAll(c).map(String.class::cast)));
    }
    return Option.none();
  }
}
