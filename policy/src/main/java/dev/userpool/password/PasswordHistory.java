package dev.userpool.password;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * One user's password history: the salted hashes of the passwords they have had, newest first, the
 * current password included, and the one salt they share. Mirrors what Cognito's
 * {@code PasswordHistorySize} (0..{@value PasswordPolicy#MAX_PASSWORD_HISTORY_SIZE}) remembers.
 *
 * <p>With size {@code n}, a candidate may not equal the current password or the {@code n - 1} before
 * it, temporary passwords included (see {@code docs/generated/password-policy.md}). Because every entry
 * shares the salt, the candidate is derived once and compared with every entry (constant-time each), so
 * a history of 24 costs one key derivation, not 24. An entry made under another scheme (the hasher's cost was changed since)
 * costs one derivation of its own.
 *
 * <p>Immutable; {@link #record} returns a new history.
 */
public final class PasswordHistory {

  private final Salt salt;
  private final List<PasswordHash> entries;

  private PasswordHistory(Salt salt, List<PasswordHash> entries) {
    this.salt = salt;
    this.entries = entries;
  }

  // -- static API

  /**
   * An empty history whose hashes will use {@code salt}.
   *
   * @throws NullPointerException if {@code salt} is null
   */
  public static PasswordHistory start(Salt salt) {
    return new PasswordHistory(Objects.requireNonNull(salt, "salt is null"), List.empty());
  }

  /**
   * A history from stored entries, newest first (for imported or reloaded users).
   *
   * @throws NullPointerException if an argument or an entry is null
   */
  public static PasswordHistory of(Salt salt, Seq<PasswordHash> newestFirst) {
    Objects.requireNonNull(salt, "salt is null");
    Objects.requireNonNull(newestFirst, "newestFirst is null");
    newestFirst.forEach(h -> Objects.requireNonNull(h, "an entry is null"));
    return new PasswordHistory(salt, List.ofAll(newestFirst));
  }

  // -- queries

  /** The salt every new hash of this user uses. */
  public Salt salt() {
    return salt;
  }

  /** The remembered hashes, newest (the current password) first. */
  public Seq<PasswordHash> entries() {
    return entries;
  }

  /** The number of remembered hashes. */
  public int size() {
    return entries.size();
  }

  /**
   * Whether {@code candidate} equals one of the newest {@code historySize} entries.
   *
   * @param derived the candidate's hash under this history's salt and the hasher's scheme, already
   *     computed by the caller (it becomes the new current hash when the candidate is accepted)
   * @throws NullPointerException if an argument is null
   */
  public boolean remembers(Password candidate, PasswordHash derived, int historySize, PasswordHasher hasher) {
    Objects.requireNonNull(candidate, "candidate is null");
    Objects.requireNonNull(derived, "derived is null");
    Objects.requireNonNull(hasher, "hasher is null");
    boolean found = false;
    for (PasswordHash entry : entries.take(Math.max(0, historySize))) {
      boolean sameDerivation = entry.scheme().equals(derived.scheme()) && entry.salt().equals(derived.salt());
      // No early exit: the time taken does not tell which entry matched.
      found |= sameDerivation ? entry.matches(derived) : hasher.verify(candidate, entry);
    }
    return found;
  }

  // -- changes

  /**
   * This history with {@code hash} as the newest entry, keeping at most {@code historySize} entries;
   * with size 0 the history stays empty.
   *
   * @throws NullPointerException if {@code hash} is null
   * @throws IllegalArgumentException if {@code historySize} is negative
   */
  public PasswordHistory record(PasswordHash hash, int historySize) {
    Objects.requireNonNull(hash, "hash is null");
    if (historySize < 0) {
      throw new IllegalArgumentException("historySize must not be negative: " + historySize);
    }
    return new PasswordHistory(salt, entries.prepend(hash).take(historySize));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PasswordHistory other && salt.equals(other.salt) && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(salt, entries);
  }

  @Override
  public String toString() {
    return "PasswordHistory[" + entries.size() + " entries]";
  }
}
