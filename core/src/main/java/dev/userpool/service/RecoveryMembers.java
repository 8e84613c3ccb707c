package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.PoolOptionRefused;
import dev.userpool.parameter.ParameterViolation;
import dev.userpool.pool.AccountRecoverySetting;
import dev.userpool.pool.RecoveryOption;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * {@code AccountRecoverySetting} as CreateUserPool and UpdateUserPool take it: first the model's shapes (one or two
 * {@code RecoveryMechanisms}, each with a {@code Name} of {@code RecoveryOptionNameType} and a {@code Priority} of 1 or 2,
 * both required), every violation in one {@code InvalidParameterException}; then {@link AccountRecoverySetting#of}'s rules
 * (a mechanism once, a priority once, {@code admin_only} alone). A setting without mechanisms is no setting (Cognito's
 * legacy choice), as is an absent one.
 */
final class RecoveryMembers {

  private static final String AT = "accountRecoverySetting.recoveryMechanisms";
  private static final Map<String, RecoveryOption.Name> NAMES = List.of(RecoveryOption.Name.values())
      .toLinkedMap(n -> n.wireName(), n -> n);
  private static final Map<AccountRecoverySetting.Problem, PoolOptionRefused.Reason> REFUSALS = LinkedHashMap.of(
      AccountRecoverySetting.Problem.DUPLICATE_MECHANISM, PoolOptionRefused.Reason.DUPLICATE_RECOVERY_MECHANISM,
      AccountRecoverySetting.Problem.DUPLICATE_PRIORITY, PoolOptionRefused.Reason.DUPLICATE_RECOVERY_PRIORITY,
      AccountRecoverySetting.Problem.ADMIN_ONLY_COMBINED, PoolOptionRefused.Reason.ADMIN_ONLY_COMBINED);

  private RecoveryMembers() {}

  /** The setting {@code given} makes, or why not. */
  static Either<CognitoError, Option<AccountRecoverySetting>> setting(java.util.List<PoolOptionRequests.RecoveryOption> given) {
    if (given == null || given.isEmpty()) {
      return Either.right(Option.none());
    }
    Seq<PoolOptionRequests.RecoveryOption> options = List.ofAll(given);
    Seq<ParameterViolation> violations = violations(options);
    if (!violations.isEmpty()) {
      return Either.left(new CognitoError.RequestInvalid(violations));
    }
    return AccountRecoverySetting.of(options.map(o -> new RecoveryOption(NAMES.get(o.name()).get(), o.priority())))
        .<CognitoError>mapLeft(problem -> new PoolOptionRefused(REFUSALS.get(problem).get()))
        .map(Option::some);
  }

  /** The shapes' violations: the list's length, then each element's priority and name. */
  static Seq<ParameterViolation> violations(Seq<PoolOptionRequests.RecoveryOption> options) {
    Seq<ParameterViolation> all = options.size() > RecoveryOption.LOWEST
        ? List.of(new ParameterViolation.LengthAbove(AT, Option.none(), RecoveryOption.LOWEST))
        : List.empty();
    return all.appendAll(options.zipWithIndex().flatMap(e -> element(e._1, AT + "." + (e._2 + 1) + ".member.")));
  }

  private static Seq<ParameterViolation> element(PoolOptionRequests.RecoveryOption o, String at) {
    Seq<ParameterViolation> priority;
    if (o == null || o.priority() == null) {
      priority = List.of(new ParameterViolation.Missing(at + "priority"));
    } else if (o.priority() < RecoveryOption.HIGHEST) {
      priority = List.of(new ParameterViolation.ValueBelow(at + "priority", o.priority(), RecoveryOption.HIGHEST));
    } else if (o.priority() > RecoveryOption.LOWEST) {
      priority = List.of(new ParameterViolation.ValueAbove(at + "priority", o.priority(), RecoveryOption.LOWEST));
    } else {
      priority = List.empty();
    }
    String name = o == null ? null : o.name();
    Seq<ParameterViolation> named = name == null
        ? List.of(new ParameterViolation.Missing(at + "name"))
        : NAMES.containsKey(name) ? List.empty() : List.of(new ParameterViolation.NotInEnum(at + "name", name, NAMES.keySet().toList()));
    return priority.appendAll(named);
  }
}
