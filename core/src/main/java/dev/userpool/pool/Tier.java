package dev.userpool.pool;

/** A user pool's feature plan. Mirrors {@code UserPoolTierType}; a pool created through the API is ESSENTIALS. */
public enum Tier {
  /** The basic plan: no password history. */
  LITE,
  /** The default plan for pools created through the API (confirmed). */
  ESSENTIALS,
  /** The plan with threat protection. */
  PLUS;

  /** Whether {@code PasswordHistorySize} above 0 is available (ESSENTIALS or PLUS). */
  public boolean allowsPasswordHistory() {
    return this != LITE;
  }
}
