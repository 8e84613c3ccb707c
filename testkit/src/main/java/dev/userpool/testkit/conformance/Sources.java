package dev.userpool.testkit.conformance;

/** Where the catalogue's rules come from: AWS's pages and the decisions this library registered. */
final class Sources {

  /** The Cognito developer guide. */
  private static final String GUIDE = "https://docs.aws.amazon.com/cognito/latest/developerguide/";

  /** AWS's page on the errors user pools return and PreventUserExistenceErrors. */
  static final String MANAGING_ERRORS = GUIDE + "cognito-user-pool-managing-errors.html";
  /** AWS's page on the tokens' claims. */
  static final String TOKENS = GUIDE + "amazon-cognito-user-pools-using-tokens-with-identity-providers.html";
  /** AWS's page on the secret hash. */
  static final String SECRET_HASH = GUIDE + "signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash";
  /** AWS's page on lockout after failed sign-ins. */
  static final String LOCKOUT = GUIDE + "authentication.html#authentication-flow-lockout";

  private Sources() {}

  /** The API reference page of {@code operation}, for example {@code AdminSetUserPassword}. */
  static String api(String operation) {
    return "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_" + operation + ".html";
  }

  /** The entry {@code anchor} of docs/generated/decisions.md (a decision or a research note). */
  static String decision(String anchor) {
    return "docs/generated/decisions.md#" + anchor;
  }
}
