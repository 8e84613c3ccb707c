package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.parameter.ParameterViolation;
import dev.userpool.parameter.StringMember;
import dev.userpool.pool.AliasAttribute;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.ExplicitAuthFlow;
import dev.userpool.pool.PreventUserExistenceErrors;
import dev.userpool.pool.Tier;
import dev.userpool.pool.TimeUnits;
import dev.userpool.user.MessageAction;
import dev.userpool.user.Attributes;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.function.Function;

/**
 * Request members the identifiers' own types do not cover (enums, lists of enums, numeric ranges, names),
 * each parsed into its typed value or the violations Cognito reports.
 */
final class Members {

  static final StringMember POOL_NAME = StringMember.plain("poolName").length(1, 128).pattern("[\\w\\s+=,.@-]+");
  static final StringMember CLIENT_NAME = StringMember.plain("clientName").length(1, 128).pattern("[\\w\\s+=,.@-]+");
  static final StringMember PAGINATION_TOKEN = StringMember.plain("paginationToken").length(1, 131072).pattern("[\\S]+");
  static final StringMember NEXT_TOKEN = StringMember.plain("nextToken").length(1, Integer.MAX_VALUE).pattern("[\\S]+");
  static final StringMember FILTER = StringMember.plain("filter").length(0, 256);
  /** ChangePassword's, GetUser's, GlobalSignOut's, UpdateUserAttributes' and DeleteUser's {@code AccessToken} ({@code TokenModelType}). */
  static final StringMember ACCESS_TOKEN = TokenMembers.ACCESS_TOKEN;
  /** RevokeToken's {@code Token} member ({@code TokenModelType}). */
  static final StringMember TOKEN = TokenMembers.TOKEN;
  /** RevokeToken's and GetTokensFromRefreshToken's {@code ClientSecret} member ({@code ClientSecretType}). */
  static final StringMember CLIENT_SECRET = StringMember.sensitive("clientSecret").length(1, 64).pattern("[\\w+]+");
  /** GetTokensFromRefreshToken's {@code RefreshToken} ({@code TokenModelType}). */
  static final StringMember REFRESH_TOKEN = TokenMembers.REFRESH_TOKEN;
  /** {@code RefreshTokenRotationType.Feature} ({@code FeatureType}), in the model's order. */
  static final Map<String, Boolean> FEATURES = LinkedHashMap.of("ENABLED", true, "DISABLED", false);
  /** The longest {@code RetryGracePeriodSeconds}. */
  static final int MAX_RETRY_GRACE_PERIOD_SECONDS = 60;

  /** Each enum by its wire name, in the order an invalid value's message lists them. */
  static final Map<String, Tier> TIERS = byName(Tier.values(), Enum::name);
  static final Map<String, ContactAttribute> CONTACTS = byName(
      new ContactAttribute[]{ ContactAttribute.PHONE_NUMBER, ContactAttribute.EMAIL }, ContactAttribute::attributeName);
  static final Map<String, AliasAttribute> ALIASES = byName(AliasAttribute.values(), AliasAttribute::attributeName);
  static final Map<String, ExplicitAuthFlow> EXPLICIT_AUTH_FLOWS = byName(ExplicitAuthFlow.values(), Enum::name);
  static final Map<String, PreventUserExistenceErrors> EXISTENCE_ERRORS = byName(
      new PreventUserExistenceErrors[]{ PreventUserExistenceErrors.LEGACY, PreventUserExistenceErrors.ENABLED }, Enum::name);
  static final Map<String, TimeUnits> TIME_UNITS = byName(TimeUnits.values(), TimeUnits::wire);
  static final Map<String, MessageAction> MESSAGE_ACTIONS = byName(MessageAction.values(), Enum::name);
  static final Map<String, AuthFlowType> AUTH_FLOWS = byName(AuthFlowType.values(), Enum::name);
  static final Map<String, ChallengeNameType> CHALLENGES = byName(ChallengeNameType.values(), Enum::name);

  private Members() {}

  private static <E> Map<String, E> byName(E[] values, Function<E, String> name) {
    return LinkedHashMap.ofEntries(List.of(values).map(v -> Tuple.of(name.apply(v), v)));
  }

  /** A member that must be one of {@code allowed}. */
  static <E> Validation<Seq<ParameterViolation>, E> requiredEnum(String member, String value, Map<String, E> allowed) {
    return value == null
        ? Validation.invalid(List.of(new ParameterViolation.Missing(member)))
        : optionalEnum(member, value, allowed).map(Option::get);
  }

  /** A member that may be absent or one of {@code allowed}. */
  static <E> Validation<Seq<ParameterViolation>, Option<E>> optionalEnum(String member, String value, Map<String, E> allowed) {
    if (value == null) {
      return Validation.valid(Option.none());
    }
    return allowed.get(value).isDefined()
        ? Validation.valid(allowed.get(value))
        : Validation.invalid(List.of(new ParameterViolation.NotInEnum(member, value, allowed.keySet().toList())));
  }

  /**
   * An optional list of enum values; absent is empty. An element outside {@code allowed} (or null) is one violation
   * naming the list and showing it whole, as AWS reports a list's element constraint.
   */
  static <E> Validation<Seq<ParameterViolation>, Set<E>> enumList(String member, java.util.List<String> values, Map<String, E> allowed) {
    if (values == null) {
      return Validation.valid(LinkedHashSet.empty());
    }
    List<String> all = List.ofAll(values);
    return all.forAll(v -> v != null && allowed.containsKey(v))
        ? Validation.valid(LinkedHashSet.ofAll(all.map(v -> allowed.get(v).get())))
        : Validation.invalid(List.of(new ParameterViolation.ListNotInEnum(member, all, allowed.keySet().toList())));
  }

  /** An optional integer member within {@code min..max}. */
  static Validation<Seq<ParameterViolation>, Option<Integer>> range(String member, Integer value, int min, int max) {
    if (value != null && value < min) {
      return Validation.invalid(List.of(new ParameterViolation.ValueBelow(member, value, min)));
    }
    if (value != null && value > max) {
      return Validation.invalid(List.of(new ParameterViolation.ValueAbove(member, value, max)));
    }
    return Validation.valid(Option.of(value));
  }

  /** A string member checked against {@code constraints} and kept as it came. */
  static Validation<Seq<ParameterViolation>, String> string(StringMember constraints, String value) {
    return constraints.parse(value, Function.identity());
  }

  /** An optional string member checked when present. */
  static Validation<Seq<ParameterViolation>, Option<String>> optionalString(StringMember constraints, String value) {
    Seq<ParameterViolation> problems = constraints.checkIfPresent(value);
    return problems.isEmpty() ? Validation.valid(Option.of(value)) : Validation.invalid(problems);
  }

  /** Every member's violations, in member order, from a combined validation. */
  static <T> Validation<Seq<ParameterViolation>, T> flat(Validation<Seq<Seq<ParameterViolation>>, T> combined) {
    return combined.mapError(all -> all.flatMap(Function.identity()));
  }

  /** The attributes' names and values checked with the other members; then, once found well formed, their own rules. */
  static Validation<Seq<ParameterViolation>, Either<CognitoError, Attributes>> shaped(java.util.List<Requests.AttributeType> raw) {
    Seq<ParameterViolation> shape = raw == null
        ? List.empty()
        : Attributes.shapeViolations("userAttributes", List.ofAll(raw).map(a -> a == null ? null : Tuple.of(a.name(), a.value())));
    return shape.isEmpty() ? Validation.valid(attributes(raw)) : Validation.invalid(shape);
  }

  static Either<CognitoError, Attributes> attributes(java.util.List<Requests.AttributeType> raw) {
    return raw == null
        ? Either.right(Attributes.empty())
        : Attributes.parse("userAttributes", List.ofAll(raw).map(a -> a == null ? null : Tuple.of(a.name(), a.value())));
  }
}
