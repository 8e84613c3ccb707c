package dev.userpool.port;

import dev.userpool.oauth.AuthorizationCode;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Storage port for the authorization codes the authorize endpoint issued. {@link #take} removes the code as it reads
 * it, atomically, so of two redemptions of one code at most one finds it (a code is redeemed at most once).
 */
public interface AuthorizationCodes {

  /** Keeps a new code. */
  void issue(AuthorizationCode code);

  /** The code with this value, removed from the store; none when unknown or already taken. */
  Option<AuthorizationCode> take(String code);

  /** Forgets the codes expired at {@code now}. */
  void prune(Instant now);
}
