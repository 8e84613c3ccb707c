package dev.userpool.mfa;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * A user's software token: its secret, whether VerifySoftwareToken confirmed it, and the last TOTP step accepted
 * (a code is never accepted twice).
 */
public record SoftwareToken(TotpSecret secret, boolean verified, Option<Long> lastStep) {

  public SoftwareToken {
    Objects.requireNonNull(secret, "secret is null");
    Objects.requireNonNull(lastStep, "lastStep is null");
  }

  /** A new, unverified token. */
  public static SoftwareToken associated(TotpSecret secret) {
    return new SoftwareToken(secret, false, Option.none());
  }

  /** This token having accepted the code of {@code step}. */
  SoftwareToken accepted(long step) {
    return new SoftwareToken(secret, true, Option.some(step));
  }
}
