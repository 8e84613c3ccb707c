package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.error.MfaRefused;
import dev.userpool.error.Operation;
import dev.userpool.mfa.MfaType;
import dev.userpool.parameter.ParameterViolation;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.RateLimits;
import dev.userpool.port.UserPools;
import dev.userpool.user.Attributes;
import dev.userpool.user.Context;
import dev.userpool.user.LookupKey;
import dev.userpool.user.User;
import dev.userpool.user.UserEvent;
import dev.userpool.user.Username;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * SetUserSettings and AdminSetUserSettings: the legacy {@code MFAOptions}, which AWS says set SMS MFA only ("You can use
 * this parameter only to set an SMS configuration that uses SMS for delivery"; MFAOptionType: "The only valid value is
 * phone_number"). An option {@code {SMS, phone_number}} turns the user's SMS MFA on, as SetUserMFAPreference's
 * {@code Enabled} would (a phone number needed; the preference untouched); an empty list turns it off (and clears an SMS
 * preference); any other option is refused ({@link MfaRefused.Reason#MFA_OPTION_NOT_SMS}). What an empty list does and
 * the refusal's words are the library's decisions: AWS documents neither.
 */
public final class UserSettingsService {

  private static final Map<String, String> MEDIUMS = LinkedHashMap.of("SMS", "SMS", "EMAIL", "EMAIL");

  /** {@code MFAOptionType}, as it arrived; either member may be null. */
  public record MfaOption(String deliveryMedium, String attributeName) {}

  private final WriteEngine engine;
  private final TokenService tokens;
  private final UserPools pools;
  private final Guard guard;

  /**
   * The operations over {@code service}'s pools and users, with {@code tokens}' access tokens.
   *
   * @throws NullPointerException if an argument is null
   */
  public UserSettingsService(UserPoolService service, TokenService tokens, UserPools pools, RateLimits rateLimits) {
    this.engine = Objects.requireNonNull(service, "service is null").engine();
    this.tokens = Objects.requireNonNull(tokens, "tokens is null");
    this.pools = Objects.requireNonNull(pools, "pools is null");
    this.guard = new Guard(Objects.requireNonNull(rateLimits, "rateLimits is null"));
  }

  /** SetUserSettings: checks AccessToken's and MFAOptions' shapes together, then the token and its user, then the options. */
  public Either<CognitoError, User> setUserSettings(String accessToken, java.util.List<MfaOption> mfaOptions) {
    Operation op = Operation.SET_USER_SETTINGS;
    return guard.run(op, () -> valid(Members.flat(Validation.combine(Members.string(Members.ACCESS_TOKEN, accessToken),
        options(mfaOptions)).ap(Tuple::of)))
        .flatMap(given -> tokens.authorize(given._1).flatMap(owner -> engine.write(op, owner._1,
            ctx -> pools.users(owner._1.id()).find(new LookupKey.BySub(owner._2.sub())).filter(User::enabled)
                .toEither(() -> (CognitoError) new NotAuthorized(NotAuthorized.Reason.ACCESS_TOKEN_REVOKED))
                .flatMap(user -> settings(user, given._2, ctx))))));
  }

  /** AdminSetUserSettings: checks UserPoolId's, Username's and MFAOptions' shapes together, the pool, the user, the options. */
  public Either<CognitoError, User> adminSetUserSettings(String userPoolId, String username, java.util.List<MfaOption> mfaOptions) {
    Operation op = Operation.ADMIN_SET_USER_SETTINGS;
    return guard.run(op, () -> valid(Members.flat(Validation.combine(UserPoolId.parse(userPoolId), Username.parse(username),
        options(mfaOptions)).ap(Tuple::of)))
        .flatMap(c -> engine.pool(c._1).flatMap(pool -> engine.write(op, pool,
            ctx -> engine.existing(pool, c._2.value(), new CognitoError.UserNotFound(CognitoError.UserNotFound.Reason.USER_DOES_NOT_EXIST))
                .flatMap(user -> settings(user, c._3, ctx))))));
  }

  private static Either<CognitoError, Step<User>> settings(User user, Seq<MfaOption> options, Context ctx) {
    if (options
        .exists(o -> !"SMS".equals(o.deliveryMedium()) || !ContactAttribute.PHONE_NUMBER.attributeName().equals(o.attributeName()))) {
      return Either.left(new MfaRefused(MfaRefused.Reason.MFA_OPTION_NOT_SMS));
    }
    boolean phone = user.attributes().contact(ContactAttribute.PHONE_NUMBER).isDefined();
    return user.mfa().prefer(MfaType.SMS_MFA, Option.some(!options.isEmpty()), Option.none(), phone).map(mfa -> {
      User after = user.withMfa(mfa, user, Option.some(ctx.now()), Option.none());
      return new Step.Save<>(after, Option.none(), new UserEvent.MfaSettingsChanged(user.username(), ctx.now()), after);
    });
  }

  /** MFAOptions: required; each member's DeliveryMedium of its enum, AttributeName of an attribute name's shape. */
  private static Validation<Seq<ParameterViolation>, Seq<MfaOption>> options(java.util.List<MfaOption> raw) {
    if (raw == null) {
      return Validation.invalid(List.of(new ParameterViolation.Missing("mFAOptions")));
    }
    Seq<ParameterViolation> problems = List.ofAll(raw).zipWithIndex().flatMap(o -> {
      String at = "mFAOptions." + (o._2 + 1) + ".member.";
      Seq<ParameterViolation> medium = o._1.deliveryMedium() == null || MEDIUMS.containsKey(o._1.deliveryMedium())
          ? List.empty()
          : List.of(new ParameterViolation.NotInEnum(at + "deliveryMedium", o._1.deliveryMedium(), MEDIUMS.keySet().toList()));
      return medium.appendAll(Attributes.NAME.named(at + "attributeName").checkIfPresent(o._1.attributeName()));
    });
    return problems.isEmpty() ? Validation.valid(List.ofAll(raw)) : Validation.invalid(problems);
  }

  private static <T> Either<CognitoError, T> valid(Validation<? extends Seq<ParameterViolation>, T> v) {
    return v.toEither().mapLeft(violations -> new CognitoError.RequestInvalid(List.ofAll(violations)));
  }

  @Override
  public String toString() {
    return "UserSettingsService";
  }
}
