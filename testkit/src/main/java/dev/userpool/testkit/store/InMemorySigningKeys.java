package dev.userpool.testkit.store;

import dev.userpool.port.SigningKeys;
import dev.userpool.port.StoreConflict;
import dev.userpool.token.SigningKeySet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The signing keys of an in-memory store: one {@link SigningKeySet}, created and replaced by compare-and-set, so
 * the first set created wins and a rotation that lost a race is a conflict. Gone with the process. Thread-safe.
 */
public final class InMemorySigningKeys implements SigningKeys {

  private final AtomicReference<SigningKeySet> set = new AtomicReference<>();

  @Override
  public Option<SigningKeySet> find() {
    return Option.of(set.get());
  }

  @Override
  public SigningKeySet createIfAbsent(SigningKeySet first) {
    Objects.requireNonNull(first, "first is null");
    return set.compareAndSet(null, first) ? first : set.get();
  }

  @Override
  public Either<StoreConflict, SigningKeySet> replace(SigningKeySet next) {
    Objects.requireNonNull(next, "next is null");
    SigningKeySet stored = set.get();
    if (stored == null || stored.version() != next.version() - 1 || !set.compareAndSet(stored, next)) {
      return Either.left(new StoreConflict.VersionMismatch());
    }
    return Either.right(next);
  }

  @Override
  public String toString() {
    return "InMemorySigningKeys[version=" + find().map(SigningKeySet::version).getOrElse(0L) + "]";
  }
}
