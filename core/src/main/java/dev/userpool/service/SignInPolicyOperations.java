package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.userauth.SignInPolicy;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@code Policies.SignInPolicy} on CreateUserPool and UpdateUserPool, beside the rest of those operations: the policy
 * is decided first ({@link SignInPolicy#decide}, against the tier the request sets, or the pool's), so a refused
 * policy changes nothing; then the operation runs and the policy is written to the pool it created or updated.
 * UpdateUserPool without SignInPolicy puts the default back (PASSWORD only), as UpdateUserPool does with every setting
 * it is not sent (API reference of UpdateUserPool).
 */
public final class SignInPolicyOperations {

  private final UserPoolService service;

  /**
   * The operations over {@code service}'s pools.
   *
   * @throws NullPointerException if {@code service} is null
   */
  public SignInPolicyOperations(UserPoolService service) {
    this.service = Objects.requireNonNull(service, "service is null");
  }

  /** CreateUserPool ({@code create}) with the SignInPolicy {@code given} under the requested {@code tier}. */
  public Either<CognitoError, UserPool> createUserPool(Option<Seq<String>> given, String tier,
      Supplier<Either<CognitoError, UserPool>> create) {
    return SignInPolicy.decide(given, Option.of(tier).getOrElse("ESSENTIALS"))
        .flatMap(policy -> create.get().flatMap(pool -> policy.equals(pool.signInPolicy()) ? Either.right(pool) : set(pool.id(), policy)));
  }

  /** UpdateUserPool ({@code update}) of pool {@code id} with the SignInPolicy {@code given}, the tier the request sets or the pool's. */
  public <T> Either<CognitoError, T> updateUserPool(String id, Option<Seq<String>> given, String tier,
      Supplier<Either<CognitoError, T>> update) {
    Option<UserPool> current = UserPoolId.parse(id).toOption().flatMap(poolId -> service.engine().pool(poolId).toOption());
    if (current.isEmpty()) {
      return update.get();
    }
    return SignInPolicy.decide(given, Option.of(tier).getOrElse(current.get().tier().name()))
        .flatMap(policy -> update.get().flatMap(result -> set(current.get().id(), policy).map(pool -> result)));
  }

  private Either<CognitoError, UserPool> set(UserPoolId id, SignInPolicy policy) {
    return service.engine().updatePool(id, pool -> Either.right(pool.withSignInPolicy(policy)));
  }

  @Override
  public String toString() {
    return "SignInPolicyOperations";
  }
}
