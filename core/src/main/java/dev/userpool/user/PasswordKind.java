package dev.userpool.user;

/** Whether a password is permanent or temporary; mirrors AdminSetUserPassword's {@code Permanent}. */
public enum PasswordKind {
  /** {@code Permanent: true}; the user is CONFIRMED. */
  PERMANENT,
  /** {@code Permanent: false}, or AdminCreateUser's; the user must change it at the next sign-in. */
  TEMPORARY;

  /** The kind for AdminSetUserPassword's {@code Permanent} flag. */
  public static PasswordKind ofPermanent(boolean permanent) {
    return permanent ? PERMANENT : TEMPORARY;
  }
}
