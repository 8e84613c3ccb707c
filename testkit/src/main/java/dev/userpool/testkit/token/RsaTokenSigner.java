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
import dev.userpool.pool.TokenValidity;
import dev.userpool.port.SigningKeys;
import dev.userpool.testkit.store.InMemorySigningKeys;
import dev.userpool.token.ClaimValue;
import dev.userpool.token.Claims;
import dev.userpool.token.SigningKey;
import dev.userpool.token.SigningKeySet;
import dev.userpool.token.TokenSigner;
import dev.userpool.token.TokenUse;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Signs tokens as Cognito does: RS256 compact JWS whose header names the key ({@code kid}, the key's RFC
 * 7638 thumbprint), one 2048-bit RSA key for ID tokens and another for access tokens (Cognito's access and
 * ID tokens of one session carry different {@code kid}s), and the public keys published as a JWKS
 * ({@link #jwks()}).
 *
 * <p>The keys live in a {@link SigningKeys} store, so every node on one store signs with the same keys and
 * publishes the same JWKS: the first use finds the store's keys or, on an empty store, creates them (atomically:
 * of two nodes starting together, one's keys are kept and both use them). New keys come from secure randomness
 * ({@link #stored}, {@link #random()}), or, for tests that replay recorded tokens, from a seed ({@link #seeded(long)}:
 * the same keys in every run on the same JDK, so anyone who knows the seed can sign tokens these keys verify; never
 * for a store that outlives the process). Private keys are kept as {@link KeyProtection} says, never printed;
 * {@link #toString()} names the {@code kid}s only.
 *
 * <p>{@link #rotate()} replaces the signing keys; the retired ones stay in the JWKS, and keep verifying, for the
 * longest a token they signed can live ({@link TokenValidity#longestSignedToken()}) plus {@link #REFRESH}, then
 * drop out. A node re-reads the store when it meets a {@code kid} it does not know, before serving the JWKS, and
 * at least every {@link #REFRESH} of its clock before signing, so a rotation made through one node reaches the
 * others within that time (meanwhile they sign with the retired keys, which still verify). Thread-safe.
 */
public final class RsaTokenSigner implements TokenSigner {

  /** How long a node signs with the keys it read before reading the store again. */
  public static final Duration REFRESH = Duration.ofMinutes(1);

  private static final int KEY_BITS = 2048;
  private static final ConcurrentHashMap<Long, java.util.List<KeyPair>> SEEDED = new ConcurrentHashMap<>();

  private final SigningKeys store;
  private final Clock clock;
  private final KeyProtection protection;
  /** The key pairs of a store's first set, one per use in {@link TokenUse} order, made only when the store has none. */
  private final Supplier<java.util.List<KeyPair>> firstPairs;
  /**
   * Which JCA provider signs and verifies ({@link CryptoProvider#detect()} unless {@link #usingProvider} says), asked
   * for when first needed: detecting loads the native library, which a start-up that signs nothing need not wait for.
   */
  private final Supplier<CryptoProvider> crypto;
  /** Good tokens already checked: a token presented again skips the decoding and the signature check. */
  private final VerifiedTokens<Verifier> verified = new VerifiedTokens<>();
  private volatile Keys keys;

  /** What one read of the store makes: per use the signing key's signer, the verifiers by {@code kid}. */
  private static final class Keys {
    private final SigningKeySet set;
    private final Instant readAt;
    private final EnumMap<TokenUse, RSASSASigner> signers;
    private final java.util.Map<String, Verifier> verifiers;

    private Keys(SigningKeySet set, Instant readAt, EnumMap<TokenUse, RSASSASigner> signers, java.util.Map<String, Verifier> verifiers) {
      this.set = set;
      this.readAt = readAt;
      this.signers = signers;
      this.verifiers = verifiers;
    }

    static Keys of(SigningKeySet set, Instant readAt, KeyProtection protection, CryptoProvider crypto) {
      EnumMap<TokenUse, RSASSASigner> signers = new EnumMap<>(TokenUse.class);
      java.util.Map<String, Verifier> verifiers = new HashMap<>();
      for (SigningKey key : set.keys()) {
        RSAPublicKey publicKey = publicKey(key);
        verifiers.put(key.kid(), new Verifier(key, crypto.verifier(publicKey), publicJwk(key, publicKey)));
      }
      for (TokenUse use : TokenUse.values()) {
        SigningKey key = set.signing(use);
        signers.put(use, crypto.signer(privateKey(key, protection)));
      }
      return new Keys(set, readAt, signers, verifiers);
    }

    Keys readAgainAt(Instant at) {
      return new Keys(set, at, signers, verifiers);
    }
  }

  /** A key that verifies: the stored key (for its end), its verifier and its public JWK. */
  private record Verifier(SigningKey key, RSASSAVerifier verifier, RSAKey jwk) {}

  private RsaTokenSigner(SigningKeys store, Clock clock, KeyProtection protection, Supplier<java.util.List<KeyPair>> firstPairs) {
    this(store, clock, protection, firstPairs, CryptoProvider::detect);
  }

  private RsaTokenSigner(SigningKeys store, Clock clock, KeyProtection protection, Supplier<java.util.List<KeyPair>> firstPairs,
      Supplier<CryptoProvider> crypto) {
    this.store = Objects.requireNonNull(store, "store is null");
    this.clock = Objects.requireNonNull(clock, "clock is null");
    this.protection = Objects.requireNonNull(protection, "protection is null");
    this.firstPairs = firstPairs;
    this.crypto = Objects.requireNonNull(crypto, "crypto is null");
  }

  /** The same signer (store, clock, keys) with signatures computed by {@code provider}: the same bytes, another speed. */
  public RsaTokenSigner usingProvider(CryptoProvider provider) {
    Objects.requireNonNull(provider, "provider is null");
    return new RsaTokenSigner(store, clock, protection, firstPairs, () -> provider);
  }

  /** Which provider computes this signer's signatures (the endpoint's banner prints its {@code describe()}). */
  public CryptoProvider cryptoProvider() {
    return crypto.get();
  }

  // -- static API

  /**
   * A signer whose keys derive from {@code seed}: the same keys, and so the same {@code kid}s, in every run. Keys are
   * kept in memory, this signer's own. Anyone who knows the seed can sign tokens they verify: for tests only.
   * Generating RSA keys is slow, so the keys of each seed are made once per JVM.
   */
  public static RsaTokenSigner seeded(long seed) {
    return seeded(seed, new InMemorySigningKeys(), Clock.systemUTC(), KeyProtection.none());
  }

  /**
   * A signer over {@code store} that gives an empty store the keys of {@code seed} (a store with keys keeps its own).
   * For tests, and for a persistent store only when the operator insists: anyone who knows the seed can sign.
   */
  public static RsaTokenSigner seeded(long seed, SigningKeys store, Clock clock, KeyProtection protection) {
    return new RsaTokenSigner(store, clock, protection, () -> SEEDED.computeIfAbsent(seed, RsaTokenSigner::seededPairs));
  }

  /** A signer of its own (not sharing the JVM's keys for {@code seed}) whose keys are generated now from {@code seed}. */
  static RsaTokenSigner generate(long seed) {
    java.util.List<KeyPair> pairs = seededPairs(seed);
    return new RsaTokenSigner(new InMemorySigningKeys(), Clock.systemUTC(), KeyProtection.none(), () -> pairs);
  }

  /** A signer with fresh random keys, kept in memory. */
  public static RsaTokenSigner random() {
    return stored(new InMemorySigningKeys(), Clock.systemUTC(), KeyProtection.none());
  }

  /**
   * A signer over the keys in {@code store}, which it creates from secure randomness if the store has none; retired
   * keys end by {@code clock}. This is how every node of one store signs with the same keys.
   */
  public static RsaTokenSigner stored(SigningKeys store, Clock clock, KeyProtection protection) {
    return new RsaTokenSigner(store, clock, protection, () -> pairs(new SecureRandom()));
  }

  // -- keys

  /**
   * Replaces the signing keys with new ones from secure randomness; the retired keys keep verifying (and stay in the
   * JWKS) for {@link TokenValidity#longestSignedToken()} plus {@link #REFRESH}. If another node rotated at the same
   * time, its rotation stands and this one makes none.
   *
   * @return the key set in force afterwards
   */
  public SigningKeySet rotate() {
    Instant now = clock.instant();
    Keys before = read(now);
    SigningKeySet next = before.set.rotate(signingKeys(pairs(new SecureRandom())), now, TokenValidity.longestSignedToken().plus(REFRESH));
    Either<?, SigningKeySet> replaced = store.replace(next);
    return replaced.isRight() ? remember(next, now).set : read(now).set;
  }

  /** The keys in force: those read last, or read again when {@link #REFRESH} has passed. */
  private Keys current() {
    Keys k = keys;
    Instant now = clock.instant();
    if (k == null || !now.isBefore(k.readAt.plus(REFRESH))) {
      return read(now);
    }
    return k;
  }

  /** Reads the store, creating its first keys if it has none. */
  private Keys read(Instant now) {
    SigningKeySet set = store.find().getOrElse(() -> store.createIfAbsent(SigningKeySet.first(signingKeys(firstPairs.get()))));
    Keys k = keys;
    if (k != null && k.set.version() == set.version()) {
      Keys again = k.readAgainAt(now);
      keys = again;
      return again;
    }
    return remember(set, now);
  }

  private Keys remember(SigningKeySet set, Instant now) {
    Keys k = Keys.of(set, now, protection, crypto.get());
    keys = k;
    return k;
  }

  /** The stored form of new key pairs, one per use in {@link TokenUse} order. */
  private Seq<SigningKey> signingKeys(java.util.List<KeyPair> pairs) {
    List<SigningKey> made = List.empty();
    for (TokenUse use : TokenUse.values()) {
      KeyPair pair = pairs.get(use.ordinal());
      RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();
      String kid;
      try {
        kid = new RSAKey.Builder(publicKey).build().computeThumbprint().toString();
      } catch (JOSEException e) {
        throw new IllegalStateException("every JDK has SHA-256", e);
      }
      made = made.append(SigningKey.signing(kid, use, Base64.getEncoder().encodeToString(publicKey.getEncoded()),
          protection.seal(kid, pair.getPrivate().getEncoded())));
    }
    return made;
  }

  private static java.util.List<KeyPair> seededPairs(long seed) {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(ByteBuffer.allocate(Long.BYTES).putLong(seed).array());
      return pairs(random);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA1PRNG", e);
    }
  }

  /** One RSA-2048 key pair per use, in {@link TokenUse} order, all drawn from {@code random} (and only from it). */
  private static java.util.List<KeyPair> pairs(SecureRandom random) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(KEY_BITS, random);
      java.util.List<KeyPair> pairs = new ArrayList<>();
      for (int i = 0; i < TokenUse.values().length; i++) {
        pairs.add(generator.generateKeyPair());
      }
      return java.util.List.copyOf(pairs);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has RSA", e);
    }
  }

  private static RSAPublicKey publicKey(SigningKey key) {
    try {
      return (RSAPublicKey) KeyFactory.getInstance("RSA")
          .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(key.publicKey())));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("stored public key " + key.kid() + " is not an RSA key", e);
    }
  }

  private static RSAPrivateKey privateKey(SigningKey key, KeyProtection protection) {
    byte[] pkcs8 = protection.open(key.kid(), key.privateKey());
    try {
      return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("stored private key " + key.kid() + " is not an RSA key");
    } finally {
      Arrays.fill(pkcs8, (byte) 0);
    }
  }

  private static RSAKey publicJwk(SigningKey key, RSAPublicKey publicKey) {
    return new RSAKey.Builder(publicKey).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).keyID(key.kid()).build();
  }

  // -- the port

  @Override
  public String sign(Claims claims) {
    Objects.requireNonNull(claims, "claims is null");
    TokenUse use = claims.use().getOrElseThrow(() -> new IllegalArgumentException("claims without token_use"));
    JWTClaimsSet.Builder set = new JWTClaimsSet.Builder();
    claims.asMap().forEach((name, value) -> set.claim(name, json(value)));
    Keys k = current();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(k.set.signing(use).kid()).build(),
        set.build());
    try {
      jwt.sign(k.signers.get(use));
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
    VerifiedTokens.Checked<Verifier> seen = verified.get(token);
    if (seen != null && verifier(seen.kid()).exists(v -> v == seen.verifier())) {
      return Option.some(seen.claims());
    }
    SignedJWT jwt;
    try {
      jwt = SignedJWT.parse(token);
    } catch (ParseException | RuntimeException e) {
      return Option.none();
    }
    // Outside the catch: a store that cannot be read is an internal error, not a bad token.
    Option<Verifier> verifier = JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
        ? verifier(jwt.getHeader().getKeyID())
        : Option.none();
    if (verifier.isEmpty()) {
      return Option.none();
    }
    try {
      if (!jwt.verify(verifier.get().verifier())) {
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
      Claims claims = Claims.of(values);
      verified.put(token, jwt.getHeader().getKeyID(), verifier.get(), claims);
      return Option.some(claims);
    } catch (ParseException | JOSEException | RuntimeException e) {
      return Option.none();
    }
  }

  /**
   * The key named {@code kid} if it verifies now; a {@code kid} this node does not know makes it read the store again
   * (another node may have rotated), once per token.
   */
  private Option<Verifier> verifier(String kid) {
    if (kid == null) {
      return Option.none();
    }
    Instant now = clock.instant();
    Keys k = current();
    Verifier v = k.verifiers.get(kid);
    if (v == null) {
      v = read(now).verifiers.get(kid);
    }
    return Option.of(v).filter(found -> found.key().verifiesAt(now));
  }

  // -- publishing

  /**
   * The public keys that verify tokens now, as a JWKS document ({@code {"keys": [...]}}), as
   * {@code /.well-known/jwks.json} serves it: the signing keys, then retired keys still in their grace period. Read
   * from the store each time, so every node on one store serves the same document.
   */
  public String jwks() {
    Instant now = clock.instant();
    Keys k = read(now);
    return new JWKSet(k.set.published(now).map(key -> (JWK) k.verifiers.get(key.kid()).jwk()).toJavaList()).toString(true);
  }

  /** The {@code kid} of the key that signs tokens of {@code use}. */
  public String keyId(TokenUse use) {
    return current().set.signing(use).kid();
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

  /** Whether its keys live in this process ({@link InMemorySigningKeys}): reading them never waits. */
  public boolean keysInMemory() {
    return store instanceof InMemorySigningKeys;
  }
}
