package dev.userpool.user;

import java.time.Instant;
import java.util.Objects;

/** A code the user was sent and has not used yet: its purpose, the code, its expiry and where it went. */
public record PendingCode(CodePurpose purpose, ConfirmationCode code, Instant expiresAt, CodeDelivery delivery) {

  public PendingCode {
    Objects.requireNonNull(purpose, "purpose is null");
    Objects.requireNonNull(code, "code is null");
    Objects.requireNonNull(expiresAt, "expiresAt is null");
    Objects.requireNonNull(delivery, "delivery is null");
  }

  /** A code issued at {@code now}, valid for its purpose's validity. */
  public static PendingCode issue(CodePurpose purpose, ConfirmationCode code, Instant now, CodeDelivery delivery) {
    return new PendingCode(purpose, code, now.plus(purpose.validity()), delivery);
  }

  /** Whether the code is past its validity at {@code now}. */
  public boolean hasExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
