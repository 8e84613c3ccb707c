package dev.userpool.pool;

/**
 * The attributes through which Cognito reaches a user and which it verifies: the values of
 * {@code UsernameAttributes} and {@code AutoVerifiedAttributes}.
 */
public enum ContactAttribute {
  /** {@code email}, verified by {@code email_verified}. */
  EMAIL("email", "email_verified"),
  /** {@code phone_number}, verified by {@code phone_number_verified}. */
  PHONE_NUMBER("phone_number", "phone_number_verified");

  private final String attributeName;
  private final String verifiedName;

  ContactAttribute(String attributeName, String verifiedName) {
    this.attributeName = attributeName;
    this.verifiedName = verifiedName;
  }

  /** The attribute's name, as the API spells it. */
  public String attributeName() {
    return attributeName;
  }

  /** The name of the attribute that says it is verified. */
  public String verifiedName() {
    return verifiedName;
  }
}
