package dev.userpool.user;

import dev.userpool.pool.ContactAttribute;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A code sent to verify an email or phone number, and the new value it would make current. The new value is
 * present only when the pool's {@code AttributesRequireVerificationBeforeUpdate} held a change back: the
 * attribute keeps its old, verified value until the code comes back. {@link #toString()} shows neither the
 * code nor the value.
 */
public record PendingVerification(PendingCode code, Option<String> pendingValue) {

  public PendingVerification {
    Objects.requireNonNull(code, "code is null");
    Objects.requireNonNull(pendingValue, "pendingValue is null");
  }

  /** The email or phone number the code verifies. */
  public ContactAttribute contact() {
    return code.delivery().channel();
  }

  @Override
  public String toString() {
    return "PendingVerification[" + contact() + (pendingValue.isDefined() ? ", a pending value" : "") + ", expires "
        + code.expiresAt() + "]";
  }
}
