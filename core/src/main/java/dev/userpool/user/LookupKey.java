package dev.userpool.user;

import dev.userpool.pool.AliasAttribute;
import java.util.Objects;

/**
 * A key a store finds a user by: the username, an alias value, or the sub (see
 * {@code docs/generated/decisions.md}). Keys are already folded for the pool's case sensitivity; a store
 * compares them exactly. Within a pool each key belongs to at most one user.
 */
public sealed interface LookupKey permits LookupKey.ByUsername, LookupKey.ByAlias, LookupKey.BySub {

  /** The folded username. */
  record ByUsername(String folded) implements LookupKey {
    public ByUsername {
      Objects.requireNonNull(folded, "folded is null");
    }
  }

  /** A usable alias (verified email or phone, or preferred username), or the email or phone that is the username. */
  record ByAlias(AliasAttribute attribute, String folded) implements LookupKey {
    public ByAlias {
      Objects.requireNonNull(attribute, "attribute is null");
      Objects.requireNonNull(folded, "folded is null");
    }
  }

  /** The sub. */
  record BySub(Sub sub) implements LookupKey {
    public BySub {
      Objects.requireNonNull(sub, "sub is null");
    }
  }
}
