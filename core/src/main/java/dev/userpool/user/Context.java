package dev.userpool.user;

import dev.userpool.password.PasswordHasher;
import dev.userpool.password.Randomness;
import dev.userpool.pool.UserPool;
import dev.userpool.srp.VerifierPowers;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a decision may use besides the user and the request: the time, the pool's configuration, and
 * the ports for hashing, randomness and codes, and how SRP raises verifiers (which decides speed, never an answer).
 * Nothing else reaches the domain.
 */
public record Context(Instant now, UserPool pool, PasswordHasher hasher, Randomness randomness, Supplier<ConfirmationCode> codes,
    VerifierPowers verifierPowers) {

  public Context {
    Objects.requireNonNull(now, "now is null");
    Objects.requireNonNull(pool, "pool is null");
    Objects.requireNonNull(hasher, "hasher is null");
    Objects.requireNonNull(randomness, "randomness is null");
    Objects.requireNonNull(codes, "codes is null");
    Objects.requireNonNull(verifierPowers, "verifierPowers is null");
  }

  /** A context whose SRP powers are {@link VerifierPowers#DIRECT}. */
  public Context(Instant now, UserPool pool, PasswordHasher hasher, Randomness randomness, Supplier<ConfirmationCode> codes) {
    this(now, pool, hasher, randomness, codes, VerifierPowers.DIRECT);
  }
}
