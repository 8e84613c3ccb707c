package dev.userpool.testkit.sdk;

import dev.userpool.error.CognitoError;
import dev.userpool.pool.UserPool;
import dev.userpool.service.PoolOptionConfiguration;
import dev.userpool.service.PoolOptionRequests;
import dev.userpool.service.UserPoolService;
import io.vavr.control.Either;
import java.util.function.Supplier;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/**
 * The pool options of CreateUserPool, UpdateUserPool and DescribeUserPool as the SDK shapes them ({@code DeletionProtection},
 * ...); the rules are {@link PoolOptionConfiguration}'s. The request's member shapes are checked first (as the operation
 * checks them), so that a malformed request is refused for its shape before an option's rule is applied.
 */
final class PoolOptionShapes {

  private PoolOptionShapes() {}

  /** CreateUserPool with its options, around {@code create} (the operation without them). */
  static Either<CognitoError, UserPool> createUserPool(UserPoolService service, CreateUserPoolRequest r,
      Supplier<Either<CognitoError, UserPool>> create) {
    return PoolRequests.createUserPool(r).flatMap(shaped -> new PoolOptionConfiguration(service)
        .write(new PoolOptionRequests.Members(r.deletionProtectionAsString()), create));
  }

  /** UpdateUserPool with its options, around {@code update} (the operation without them). */
  static Either<CognitoError, UserPool> updateUserPool(UserPoolService service, UpdateUserPoolRequest r,
      Supplier<Either<CognitoError, UserPool>> update) {
    return PoolRequests.updateUserPool(r).flatMap(shaped -> new PoolOptionConfiguration(service)
        .write(new PoolOptionRequests.Members(r.deletionProtectionAsString()), update));
  }

  /** {@code described} with the pool's options, as DescribeUserPool shows them. */
  static UserPoolType withOptions(UserPoolType described, UserPool pool) {
    return described.toBuilder().deletionProtection(pool.deletionProtection().name()).build();
  }
}
