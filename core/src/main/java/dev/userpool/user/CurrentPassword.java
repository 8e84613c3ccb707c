package dev.userpool.user;

import dev.userpool.password.PasswordHash;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The user's current password: its salted hash, when it was set, and whether it is temporary. */
public record CurrentPassword(PasswordHash hash, Instant setAt, PasswordKind kind) {

  public CurrentPassword {
    Objects.requireNonNull(hash, "hash is null");
    Objects.requireNonNull(setAt, "setAt is null");
    Objects.requireNonNull(kind, "kind is null");
  }

  /** Whether this is a temporary password. */
  public boolean isTemporary() {
    return kind == PasswordKind.TEMPORARY;
  }

  /**
   * Whether a temporary password is older than {@code validity} at {@code now}; a password exactly
   * {@code validity} old is still valid (the library's reading of "older than").
   */
  public boolean hasExpired(Instant now, Duration validity) {
    return isTemporary() && now.isAfter(setAt.plus(validity));
  }
}
