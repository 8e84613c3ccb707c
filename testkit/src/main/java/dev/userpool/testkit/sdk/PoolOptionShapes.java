package dev.userpool.testkit.sdk;

import dev.userpool.error.CognitoError;
import dev.userpool.pool.UserPool;
import dev.userpool.service.PoolOptionConfiguration;
import dev.userpool.service.PoolOptionRequests;
import dev.userpool.service.UserPoolService;
import io.vavr.control.Either;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AccountRecoverySettingType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/**
 * The pool options of CreateUserPool, UpdateUserPool and DescribeUserPool as the SDK shapes them ({@code
 * DeletionProtection}, {@code AccountRecoverySetting}, ...); the rules are {@link PoolOptionConfiguration}'s. The
 * request's member shapes are checked first (as the operation checks them), so that a malformed request is refused for
 * its shape before an option's rule is applied.
 */
final class PoolOptionShapes {

  private PoolOptionShapes() {}

  /** CreateUserPool with its options, around {@code create} (the operation without them). */
  static Either<CognitoError, UserPool> createUserPool(UserPoolService service, CreateUserPoolRequest r,
      Supplier<Either<CognitoError, UserPool>> create) {
    return PoolRequests.createUserPool(r).flatMap(shaped -> new PoolOptionConfiguration(service)
        .write(new PoolOptionRequests.Members(r.deletionProtectionAsString(), recovery(r.accountRecoverySetting())), create));
  }

  /** UpdateUserPool with its options, around {@code update} (the operation without them). */
  static Either<CognitoError, UserPool> updateUserPool(UserPoolService service, UpdateUserPoolRequest r,
      Supplier<Either<CognitoError, UserPool>> update) {
    return PoolRequests.updateUserPool(r).flatMap(shaped -> new PoolOptionConfiguration(service)
        .write(new PoolOptionRequests.Members(r.deletionProtectionAsString(), recovery(r.accountRecoverySetting())), update));
  }

  /** The mechanisms of {@code setting}, as sent; null without them. */
  private static List<PoolOptionRequests.RecoveryOption> recovery(AccountRecoverySettingType setting) {
    return setting == null || !setting.hasRecoveryMechanisms()
        ? null
        : setting.recoveryMechanisms().stream().map(o -> o == null
            ? null
            : new PoolOptionRequests.RecoveryOption(o.nameAsString(),
                o.priority()))
            .toList();
  }

  /** {@code described} with the pool's options, as DescribeUserPool shows them (no AccountRecoverySetting when it has none). */
  static UserPoolType withOptions(UserPoolType described, UserPool pool) {
    return described.toBuilder().deletionProtection(pool.deletionProtection().name())
        .accountRecoverySetting(pool.accountRecoverySetting().map(s -> AccountRecoverySettingType.builder().recoveryMechanisms(
            s.mechanisms().map(m -> RecoveryOptionType.builder().name(m.name().wireName()).priority(m.priority()).build()).toJavaList())
            .build()).getOrNull())
        .build();
  }
}
