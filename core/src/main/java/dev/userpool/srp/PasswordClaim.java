package dev.userpool.srp;

import java.util.Objects;

/**
 * The client's answer to {@code PASSWORD_VERIFIER}: {@code PASSWORD_CLAIM_SIGNATURE} (Base64 of an
 * HMAC-SHA256), {@code PASSWORD_CLAIM_SECRET_BLOCK} (the {@code SECRET_BLOCK} sent back) and
 * {@code TIMESTAMP}, as received (checked by {@link SrpChallenge#verify}).
 *
 * @param signature {@code PASSWORD_CLAIM_SIGNATURE}
 * @param secretBlock {@code PASSWORD_CLAIM_SECRET_BLOCK}
 * @param timestamp {@code TIMESTAMP}
 */
public record PasswordClaim(String signature, String secretBlock, String timestamp) {

  /** @throws NullPointerException if a component is null */
  public PasswordClaim {
    Objects.requireNonNull(signature, "signature is null");
    Objects.requireNonNull(secretBlock, "secretBlock is null");
    Objects.requireNonNull(timestamp, "timestamp is null");
  }
}
