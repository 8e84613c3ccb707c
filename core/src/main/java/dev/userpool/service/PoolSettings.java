package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.password.PasswordPolicy;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.Tier;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.control.Either;

/** The checks CreateUserPool and UpdateUserPool make on settings that depend on each other. */
final class PoolSettings {

  private PoolSettings() {}

  /** AttributesRequireVerificationBeforeUpdate, when every contact it names is auto-verified (observed: aws/aws-cli#7151). */
  static Either<CognitoError, Set<ContactAttribute>> verifiedBeforeUpdate(
      Set<ContactAttribute> beforeUpdate, Iterable<ContactAttribute> autoVerified) {
    return HashSet.ofAll(autoVerified).containsAll(beforeUpdate)
        ? Either.right(beforeUpdate)
        : Either.left(CognitoError.InvalidParameter.of(CognitoError.InvalidParameter.Reason.VERIFY_BEFORE_UPDATE_NOT_AUTO_VERIFIED));
  }

  /** Whether the tier allows the policy: password history needs ESSENTIALS or PLUS (FeatureUnavailableInTierException). */
  static Either<CognitoError, Boolean> tierAllows(Tier tier, PasswordPolicy policy) {
    if (policy.passwordHistorySize() > 0 && !tier.allowsPasswordHistory()) {
      return Either
          .left(new CognitoError.FeatureUnavailableInTier(tier.name(), CognitoError.FeatureUnavailableInTier.PASSWORD_REUSE_PREVENTION));
    }
    return Either.right(true);
  }
}