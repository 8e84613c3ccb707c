package dev.userpool.support;

import dev.userpool.oauth.AuthorizationCode;
import dev.userpool.port.AuthorizationCodes;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The authorization codes of core's tests. */
public final class SimpleAuthorizationCodes implements AuthorizationCodes {

  private final ConcurrentMap<String, AuthorizationCode> codes = new ConcurrentHashMap<>();

  @Override
  public void issue(AuthorizationCode code) {
    codes.put(code.code(), code);
  }

  @Override
  public Option<AuthorizationCode> take(String code) {
    return Option.of(code == null ? null : codes.remove(code));
  }

  @Override
  public void prune(Instant now) {
    codes.values().removeIf(c -> !now.isBefore(c.expiresAt()));
  }

  public int size() {
    return codes.size();
  }
}
