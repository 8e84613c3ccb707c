package dev.userpool.testkit.store;

import dev.userpool.oauth.AuthorizationCode;
import dev.userpool.port.AuthorizationCodes;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The authorization codes in memory, for one process: a code is removed as it is taken ({@link ConcurrentMap#remove}
 * is atomic), so two redemptions of one code never both find it; {@link #prune} forgets expired codes. Thread-safe.
 */
public final class InMemoryAuthorizationCodes implements AuthorizationCodes {

  private final ConcurrentMap<String, AuthorizationCode> codes = new ConcurrentHashMap<>();

  @Override
  public void issue(AuthorizationCode code) {
    Objects.requireNonNull(code, "code is null");
    codes.put(code.code(), code);
  }

  @Override
  public Option<AuthorizationCode> take(String code) {
    return code == null ? Option.none() : Option.of(codes.remove(code));
  }

  @Override
  public void prune(Instant now) {
    codes.values().removeIf(c -> !now.isBefore(c.expiresAt()));
  }

  /** How many codes are kept. */
  public int size() {
    return codes.size();
  }
}
