package dev.userpool.pool;

import java.util.Locale;

/**
 * Whether usernames, emails and preferred usernames match regardless of case. Mirrors
 * {@code UsernameConfiguration.CaseSensitive}, true by default in the API. Passwords are always case-sensitive.
 */
public enum CaseSensitivity {
  /** {@code CaseSensitive: true}, the API default. */
  CASE_SENSITIVE,
  /** {@code CaseSensitive: false}. */
  CASE_INSENSITIVE;

  /** The lookup form of a name under this setting. */
  public String fold(String name) {
    return this == CASE_SENSITIVE ? name : name.toLowerCase(Locale.ROOT);
  }
}
