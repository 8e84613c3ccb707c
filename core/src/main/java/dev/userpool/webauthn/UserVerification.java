package dev.userpool.webauthn;

import io.vavr.collection.List;
import io.vavr.control.Option;

/** WebAuthnConfiguration.UserVerification, with its wire value (the model's UserVerificationType). */
public enum UserVerification {
  /** Passkeys must verify the user (the UV flag). */
  REQUIRED("required"),
  /** Verification is asked for, not required: what Cognito applies when the pool says nothing (the library's reading). */
  PREFERRED("preferred");

  private final String wire;

  UserVerification(String wire) {
    this.wire = wire;
  }

  /** The value on the wire and in the ceremonies' options, for example {@code required}. */
  public String wire() {
    return wire;
  }

  /** The constant of a wire value. */
  public static Option<UserVerification> ofWire(String value) {
    return List.of(values()).find(v -> v.wire.equals(value));
  }
}
