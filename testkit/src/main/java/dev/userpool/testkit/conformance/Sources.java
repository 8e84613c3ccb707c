package dev.userpool.testkit.conformance;

/** Where the catalogue's rules come from: AWS's pages and the decisions this library registered. */
final class Sources {

  private Sources() {}

  /** The API reference page of {@code operation}, for example {@code AdminSetUserPassword}. */
  static String api(String operation) {
    return "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_" + operation + ".html";
  }

  /** The entry {@code anchor} of docs/generated/decisions.md (a decision or a research note). */
  static String decision(String anchor) {
    return "docs/generated/decisions.md#" + anchor;
  }

  /** AWS's page on the errors user pools return and PreventUserExistenceErrors. */
  static final String MANAGING_ERRORS = "https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html";
  /** AWS's page on user statuses. */
  static final String USER_STATUSES = "https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html";
  /** AWS's page on the password policy and history. */
  static final String PASSWORD_POLICY = "https://docs.aws.amazon.com/cognito/latest/developerguide/managing-users-passwords.html";
  /** AWS's page on the tokens' claims. */
  static final String TOKENS = "https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-with-identity-providers.html";
  /** AWS's page on groups. */
  static final String GROUPS = "https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-user-groups.html";
  /** AWS's page on the secret hash. */
  static final String SECRET_HASH = "https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash";
  /** AWS's page on lockout after failed sign-ins. */
  static final String LOCKOUT = "https://docs.aws.amazon.com/cognito/latest/developerguide/authentication.html#authentication-flow-lockout";
  /** AWS's page on user-pool attributes. */
  static final String ATTRIBUTES = "https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html";
}
