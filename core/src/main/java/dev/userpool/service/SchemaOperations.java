package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.Operation;
import dev.userpool.pool.UserPool;
import dev.userpool.port.RateLimits;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * The operation that changes a pool's schema after its creation: AddCustomAttributes. (CreateUserPool decides the
 * first schema; DescribeUserPool shows it.) Checks, in order: the members' shapes (UserPoolId, CustomAttributes: 1
 * to 25 elements, each name 1 to 20 characters, AttributeDataType from its enum), all reported together; the pool;
 * then the schema's decision ({@code Schema#addCustomAttributes}). Runs inside the same guard as
 * {@link UserPoolService}, and writes the pool through its write engine.
 */
public final class SchemaOperations {

  private final UserPoolService service;
  private final Guard guard;

  /**
   * The operations over {@code service}'s pools.
   *
   * @throws NullPointerException if an argument is null
   */
  public SchemaOperations(UserPoolService service, RateLimits rateLimits) {
    this.service = Objects.requireNonNull(service, "service is null");
    this.guard = new Guard(Objects.requireNonNull(rateLimits, "rateLimits is null"));
  }

  /** AddCustomAttributes: the pool with its new attributes. */
  public Either<CognitoError, UserPool> addCustomAttributes(Requests.AddCustomAttributes r) {
    return guard.run(Operation.ADD_CUSTOM_ATTRIBUTES, () -> SchemaMembers.parse(r).flatMap(this::run));
  }

  /** AddCustomAttributes, parsed. */
  public Either<CognitoError, UserPool> addCustomAttributes(Commands.AddCustomAttributes c) {
    return guard.run(Operation.ADD_CUSTOM_ATTRIBUTES, () -> run(c));
  }

  private Either<CognitoError, UserPool> run(Commands.AddCustomAttributes c) {
    return service.engine().updatePool(c.userPoolId(),
        pool -> pool.schema().addCustomAttributes(c.customAttributes()).map(pool::withSchema));
  }

  @Override
  public String toString() {
    return "SchemaOperations";
  }
}
