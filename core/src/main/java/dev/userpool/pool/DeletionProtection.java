package dev.userpool.pool;

/**
 * Mirrors {@code DeletionProtectionType}: while a pool's protection is {@link #ACTIVE}, DeleteUserPool refuses it and
 * deletes nothing. {@link #INACTIVE} is the default (API reference, CreateUserPool: "When active, DeletionProtection
 * prevents accidental deletion of your user pool").
 */
public enum DeletionProtection {
  /** DeleteUserPool refuses the pool. */
  ACTIVE,
  /** The pool can be deleted; the default. */
  INACTIVE
}
