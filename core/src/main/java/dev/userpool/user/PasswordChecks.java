package dev.userpool.user;

import dev.userpool.error.PasswordErrors.InvalidPassword;
import dev.userpool.error.CognitoError;
import dev.userpool.parameter.ParameterViolation;
import dev.userpool.password.Password;
import dev.userpool.password.PasswordHash;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.password.Violation;
import dev.userpool.srp.SrpVerifier;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * The password checks of {@link User}'s decisions: the policy, the history, a password's shape, a temporary password given or
 * generated, and the record of a password being set (its hash and SRP verifier).
 */
final class PasswordChecks {

  private PasswordChecks() {}

  /**
   * The password record for a password being set: the hash, and the SRP verifier for the stored username in
   * this pool, with its own salt (one 3072-bit exponentiation).
   */
  static CurrentPassword current(PasswordHash hash, Password password, PasswordKind kind, Username username, Context ctx) {
    SrpVerifier verifier = SrpVerifier.compute(ctx.pool().id().poolName(), username.value(), password, ctx.randomness());
    return new CurrentPassword(hash, ctx.now(), kind, Option.some(verifier));
  }

  /** Policy then history, one key derivation; the hash is the candidate's under the user's salt. */
  static Either<CognitoError, PasswordHash> admit(User user, Password candidate, Context ctx) {
    Validation<Seq<Violation>, PasswordHash> result = ctx.pool().passwordPolicy().evaluate(candidate, user.passwordHistory(), ctx.hasher());
    return result.toEither().mapLeft(PasswordChecks::passwordError);
  }

  static Either<CognitoError, Password> policyOnly(Password candidate, Context ctx) {
    Seq<Violation> violations = ctx.pool().passwordPolicy().violations(candidate);
    return violations.isEmpty()
        ? Either.right(candidate)
        : Either.left(new InvalidPassword(violations, InvalidPassword.Wording.DOES_NOT_CONFORM_TO));
  }

  static CognitoError passwordError(Seq<Violation> violations) {
    return violations.head() instanceof Violation.ReusedPassword
        ? new CognitoError.PasswordHistoryPolicyViolation()
        : new InvalidPassword(violations, InvalidPassword.Wording.DOES_NOT_CONFORM_TO);
  }

  static Either<CognitoError, Password> temporaryPassword(Option<Password> given, Context ctx) {
    PasswordPolicy policy = ctx.pool().passwordPolicy();
    if (given.isEmpty()) {
      return Either.right(policy.generateTemporaryPassword(ctx.randomness()));
    }
    Seq<Violation> violations = policy.violations(given.get());
    return violations.isEmpty()
        ? Either.right(given.get())
        : Either.left(new InvalidPassword(violations, InvalidPassword.Wording.DID_NOT_CONFORM_WITH_PASSWORD_POLICY));
  }

  static Either<CognitoError, Password> shapeOf(Password candidate) {
    Seq<ParameterViolation> shape = Password.MEMBER.check(candidate.reveal());
    if (shape.isEmpty()) {
      return Either.right(candidate);
    }
    return Either.left(new CognitoError.MalformedPassword(shape.head() instanceof ParameterViolation.LengthAbove
        ? CognitoError.MalformedPassword.Shape.TOO_LONG
        : CognitoError.MalformedPassword.Shape.PATTERN));
  }

  static int historySize(Context ctx) {
    return ctx.pool().passwordPolicy().passwordHistorySize();
  }
}
