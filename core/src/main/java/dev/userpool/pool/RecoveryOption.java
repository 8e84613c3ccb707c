package dev.userpool.pool;

import java.util.Objects;

/**
 * Mirrors {@code RecoveryOptionType}: one way ForgotPassword may reach a user, with its priority (1 is tried first).
 *
 * @param name the mechanism
 * @param priority {@value #HIGHEST} to {@value #LOWEST}
 */
public record RecoveryOption(Name name, int priority) {

  /** {@code PriorityType}'s lowest value, the highest priority. */
  public static final int HIGHEST = 1;
  /** {@code PriorityType}'s highest value. */
  public static final int LOWEST = 2;

  /** Mirrors {@code RecoveryOptionNameType}. */
  public enum Name {
    /** {@code verified_email}: the code goes to the user's email, when verified. */
    VERIFIED_EMAIL("verified_email"),
    /** {@code verified_phone_number}: the code goes by SMS to the user's phone number, when verified. */
    VERIFIED_PHONE_NUMBER("verified_phone_number"),
    /** {@code admin_only}: no self-service recovery; only an administrator resets the password. */
    ADMIN_ONLY("admin_only");

    private final String wireName;

    Name(String wireName) {
      this.wireName = wireName;
    }

    /** The name as the API spells it. */
    public String wireName() {
      return wireName;
    }
  }

  /**
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code priority} is outside {@value #HIGHEST}..{@value #LOWEST}
   */
  public RecoveryOption {
    Objects.requireNonNull(name, "name is null");
    if (priority < HIGHEST || priority > LOWEST) {
      throw new IllegalArgumentException("priority " + priority + " is outside " + HIGHEST + ".." + LOWEST);
    }
  }
}
