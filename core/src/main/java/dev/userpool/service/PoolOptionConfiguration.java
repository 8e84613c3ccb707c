package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.pool.AccountRecoverySetting;
import dev.userpool.pool.DeletionProtection;
import dev.userpool.pool.MessageTemplate;
import dev.userpool.pool.UserPool;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The pool options of CreateUserPool and UpdateUserPool: {@code DeletionProtection}, {@code AccountRecoverySetting},
 * .... They are decided before the operation runs (so a refusal writes nothing), then kept on the pool it wrote.
 * UpdateUserPool sets every option: one it omits goes back to its default, as the API reference says of UpdateUserPool
 * ("If you don't provide a value for an attribute, Amazon Cognito sets it to its default value"), so an UpdateUserPool
 * without DeletionProtection makes a protected pool deletable again.
 */
public final class PoolOptionConfiguration {

  private final WriteEngine engine;

  /**
   * The options over {@code service}'s pools.
   *
   * @throws NullPointerException if {@code service} is null
   */
  public PoolOptionConfiguration(UserPoolService service) {
    this.engine = Objects.requireNonNull(service, "service is null").engine();
  }

  /** The options a pool gets. */
  record Options(DeletionProtection deletionProtection, Option<AccountRecoverySetting> recovery, MessageTemplate verification,
      MessageTemplate invitation) {

    UserPool applied(UserPool pool) {
      return pool.withDeletionProtection(deletionProtection).withAccountRecoverySetting(recovery)
          .withVerificationMessageTemplate(verification)
          .withInviteMessageTemplate(invitation);
    }
  }

  /**
   * CreateUserPool or UpdateUserPool with its options: they are decided first, then {@code write} runs (the operation
   * without them), and the pool it wrote gets them.
   *
   * @throws NullPointerException if an argument is null
   */
  public Either<CognitoError, UserPool> write(PoolOptionRequests.Members members, Supplier<Either<CognitoError, UserPool>> write) {
    Objects.requireNonNull(write, "write is null");
    return decide(Objects.requireNonNull(members, "members is null")).flatMap(options -> write.get().flatMap(pool -> {
      UserPool after = options.applied(pool);
      return after.equals(pool) ? Either.right(pool) : engine.updatePool(pool.id(), current -> Either.right(options.applied(current)));
    }));
  }

  /** The options {@code members} give, every absent one at its default. */
  static Either<CognitoError, Options> decide(PoolOptionRequests.Members members) {
    DeletionProtection protection = "ACTIVE".equals(members.deletionProtection()) ? DeletionProtection.ACTIVE : DeletionProtection.INACTIVE;
    return RecoveryMembers.setting(members.recoveryMechanisms())
        .flatMap(recovery -> TemplateMembers.templates(members.verification(), members.legacyVerification(), members.invitation())
            .map(words -> new Options(protection, recovery, words._1, words._2)));
  }

  @Override
  public String toString() {
    return "PoolOptionConfiguration";
  }
}
