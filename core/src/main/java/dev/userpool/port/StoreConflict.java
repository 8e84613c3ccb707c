package dev.userpool.port;

import dev.userpool.user.LookupKey;
import java.util.Objects;

/** Why a store refused a write. Neither is a failure: the caller retries or reports a domain error. */
public sealed interface StoreConflict permits StoreConflict.VersionMismatch, StoreConflict.KeyTaken {

  /** Someone else changed (or created, or deleted) the record first; reload and decide again. */
  record VersionMismatch() implements StoreConflict {}

  /** Another record already holds this key (a username, alias or sub). */
  record KeyTaken(LookupKey key) implements StoreConflict {
    public KeyTaken {
      Objects.requireNonNull(key, "key is null");
    }
  }
}
