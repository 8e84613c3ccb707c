package dev.userpool.mfa;

import dev.userpool.password.Randomness;
import dev.userpool.password.SecretText;

/** A software token's shared secret, in base32 as AssociateSoftwareToken's SecretCode gives it; never printed. */
public final class TotpSecret extends SecretText {

  /** The secret's length in bytes: 32, a 52-character base32 secret like Cognito's (observed in real SecretCode values). */
  public static final int BYTES = 32;

  private TotpSecret(String base32) {
    super(base32);
  }

  /** A secret held in base32 (a store reloading one). */
  public static TotpSecret of(String base32) {
    return new TotpSecret(base32);
  }

  /** A new random secret. */
  public static TotpSecret generate(Randomness randomness) {
    return new TotpSecret(Base32.encode(randomness.bytes(BYTES)));
  }

  /** The key bytes. */
  public byte[] key() {
    return Base32.decode(reveal()).getOrElseThrow(() -> new IllegalStateException("a TOTP secret is base32"));
  }
}
