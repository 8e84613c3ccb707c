package dev.userpool.token;

/** Cognito's {@code token_use} claim: which of the two signed tokens a token is. */
public enum TokenUse {
  /** The ID token: who the user is ({@code token_use: "id"}). */
  ID("id"),
  /** The access token: what the user may do ({@code token_use: "access"}). */
  ACCESS("access");

  private final String claim;

  TokenUse(String claim) {
    this.claim = claim;
  }

  /** The value of the {@code token_use} claim. */
  public String claim() {
    return claim;
  }
}
