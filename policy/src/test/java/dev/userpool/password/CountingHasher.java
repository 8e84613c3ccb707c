package dev.userpool.password;

import io.vavr.control.Option;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts key derivations of a real hasher, to check the cost model (policy's tests, docs' cost table). */
public final class CountingHasher implements PasswordHasher {

  private final PasswordHasher delegate;
  private final AtomicInteger derivations = new AtomicInteger();

  public CountingHasher(PasswordHasher delegate) {
    this.delegate = delegate;
  }

  static CountingHasher cheapPbkdf2() {
    return new CountingHasher(Pbkdf2PasswordHasher.withIterations(1));
  }

  public int derivations() {
    return derivations.get();
  }

  @Override
  public String scheme() {
    return delegate.scheme();
  }

  @Override
  public Option<PasswordHash> derive(Password password, Salt salt, String scheme) {
    derivations.incrementAndGet();
    return delegate.derive(password, salt, scheme);
  }
}
