package dev.userpool.user;

import dev.userpool.password.PasswordHash;
import dev.userpool.srp.SrpVerifier;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The user's current password: its salted hash, when it was set, whether it is temporary, and the SRP
 * verifier made from it (with its own salt) for {@code USER_SRP_AUTH}. Every path that sets a password
 * computes the verifier; a password stored without one (imported, or kept by an older version) signs in
 * with USER_PASSWORD_AUTH only, and an SRP proof for it fails as a wrong password.
 */
public record CurrentPassword(PasswordHash hash, Instant setAt, PasswordKind kind, Option<SrpVerifier> srpVerifier) {

  public CurrentPassword {
    Objects.requireNonNull(hash, "hash is null");
    Objects.requireNonNull(setAt, "setAt is null");
    Objects.requireNonNull(kind, "kind is null");
    Objects.requireNonNull(srpVerifier, "srpVerifier is null");
  }

  /** A password without an SRP verifier (imported hashes, fixtures). */
  public CurrentPassword(PasswordHash hash, Instant setAt, PasswordKind kind) {
    this(hash, setAt, kind, Option.none());
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
