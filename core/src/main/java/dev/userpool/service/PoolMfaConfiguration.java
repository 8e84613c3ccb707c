package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.mfa.EmailConfiguration;
import dev.userpool.mfa.EmailSendingAccount;
import dev.userpool.mfa.MfaConfiguration;
import dev.userpool.mfa.PoolMessaging;
import dev.userpool.mfa.PoolMfa;
import dev.userpool.mfa.PoolMfaRules;
import dev.userpool.mfa.SmsConfiguration;
import dev.userpool.parameter.ParameterViolation;
import dev.userpool.parameter.StringMember;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.UserPool;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The MFA members of CreateUserPool and UpdateUserPool ({@code MfaConfiguration}, {@code SmsConfiguration},
 * {@code SmsAuthenticationMessage}, {@code EmailConfiguration}) and the member shapes SetUserPoolMfaConfig shares with
 * them. The rules are {@link PoolMfaRules}'; this class checks the members' shapes (after the operation's other members),
 * decides before the pool is written (so a refusal writes nothing), lets the operation run, and saves the decided
 * configuration on the pool it wrote.
 */
public final class PoolMfaConfiguration {

  static final Map<String, MfaConfiguration> MODES = LinkedHashMap.of("OFF", MfaConfiguration.OFF, "ON", MfaConfiguration.ON,
      "OPTIONAL", MfaConfiguration.OPTIONAL);
  private static final Map<String, EmailSendingAccount> ACCOUNTS = LinkedHashMap.of("COGNITO_DEFAULT",
      EmailSendingAccount.COGNITO_DEFAULT, "DEVELOPER", EmailSendingAccount.DEVELOPER);
  private static final String ARN_PATTERN = "^arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?"
      + "(:[\\w+=/,.@-]+)?$";
  /** {@code SmsVerificationMessageType}: 6 to 140 characters holding {@code {####}}. */
  static final StringMember SMS_MESSAGE = StringMember.plain("smsAuthenticationMessage").length(6, 140)
      .pattern(".*\\{####\\}.*", s -> s.contains("{####}"));
  /** {@code EmailMfaMessageType}: 6 to 20,000 characters holding {@code {####}}. */
  static final StringMember EMAIL_MESSAGE = StringMember.plain("emailMfaConfiguration.message").length(6, 20_000)
      .pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*\\{####\\}[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*$");
  /** {@code EmailMfaSubjectType}. */
  static final StringMember EMAIL_SUBJECT = StringMember.plain("emailMfaConfiguration.subject")
      .pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s]+$");
  private static final StringMember SNS_CALLER_ARN = StringMember.plain("snsCallerArn").length(20, 2048).pattern(ARN_PATTERN);
  private static final StringMember EXTERNAL_ID = StringMember.plain("externalId").length(0, 131_072);
  private static final StringMember SNS_REGION = StringMember.plain("snsRegion").length(5, 32);
  private static final StringMember SOURCE_ARN = StringMember.plain("sourceArn").length(20, 2048).pattern(ARN_PATTERN);
  private static final StringMember REPLY_TO = StringMember.plain("replyToEmailAddress")
      .pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+@[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+$");
  private static final StringMember FROM = StringMember.plain("from").length(0, 131_072);
  private static final StringMember CONFIGURATION_SET = StringMember.plain("configurationSet").length(1, 64).pattern("^[a-zA-Z0-9_-]+$");

  private final WriteEngine engine;

  /**
   * The MFA members over {@code service}'s pools.
   *
   * @throws NullPointerException if {@code service} is null
   */
  public PoolMfaConfiguration(UserPoolService service) {
    this.engine = Objects.requireNonNull(service, "service is null").engine();
  }

  /**
   * CreateUserPool with its MFA members: the request's other members are checked first ({@link Commands#parse}), then the
   * MFA members' shapes and {@link PoolMfaRules#createUserPool}; only then does {@code create} run (the operation as it
   * is without these members), and the pool it made gets the decided configuration.
   *
   * @throws NullPointerException if an argument is null
   */
  public Either<CognitoError, UserPool> createUserPool(Requests.CreateUserPool r, PoolMfaRequests.PoolMembers members,
      Supplier<Either<CognitoError, UserPool>> create) {
    Objects.requireNonNull(create, "create is null");
    return Commands.parse(r).flatMap(c -> valid(pool(members)).flatMap(m -> PoolMfaRules.createUserPool(m._1, m._2,
        c.autoVerifiedAttributes().contains(ContactAttribute.PHONE_NUMBER))))
        .flatMap(mfa -> create.get().flatMap(pool -> save(pool, current -> Either.right(mfa))));
  }

  /**
   * UpdateUserPool with its MFA members: the request's other members, then the MFA members' shapes, then
   * {@link PoolMfaRules#updateUserPool} over the pool as it is; only then does {@code update} run, and the pool gets the
   * configuration decided again over what it holds then.
   *
   * @throws NullPointerException if an argument is null
   */
  public Either<CognitoError, UserPool> updateUserPool(Requests.UpdateUserPool r, PoolMfaRequests.PoolMembers members,
      Supplier<Either<CognitoError, UserPool>> update) {
    Objects.requireNonNull(update, "update is null");
    return Commands.parse(r).flatMap(c -> valid(pool(members)).flatMap(m -> engine.pool(c.userPoolId())
        .flatMap(pool -> updated(pool, m)).map(ok -> m)))
        .flatMap(m -> update.get().flatMap(pool -> save(pool, current -> updated(current, m))));
  }

  private static Either<CognitoError, PoolMfa> updated(UserPool pool, Tuple2<Option<MfaConfiguration>, PoolMessaging> m) {
    return PoolMfaRules.updateUserPool(pool.mfa(), m._1, m._2, pool.autoVerifiedAttributes().contains(ContactAttribute.PHONE_NUMBER));
  }

  /** The pool with the configuration {@code decide} gives; no second write when the operation left it so already. */
  private Either<CognitoError, UserPool> save(UserPool pool, Function<UserPool, Either<CognitoError, PoolMfa>> decide) {
    if (decide.apply(pool).exists(pool.mfa()::equals)) {
      return Either.right(pool);
    }
    return engine.updatePool(pool.id(), current -> decide.apply(current).map(current::withMfa));
  }

  // -- shapes

  /** The members' shapes, each violation named as AWS names it ({@code smsConfiguration.snsCallerArn}). */
  static Validation<Seq<ParameterViolation>, Tuple2<Option<MfaConfiguration>, PoolMessaging>> pool(PoolMfaRequests.PoolMembers m) {
    Objects.requireNonNull(m, "members is null");
    return Members.flat(Validation.combine(Members.optionalEnum("mfaConfiguration", m.mfaConfiguration(), MODES),
        sms(m.smsConfiguration(), ""), Members.optionalString(SMS_MESSAGE, m.smsAuthenticationMessage()), email(m.emailConfiguration()))
        .ap((mode, sms, message, email) -> Tuple.of(mode, new PoolMessaging(sms, message, email))));
  }

  /** An SmsConfiguration's shape, its members named under {@code prefix} ({@code smsMfaConfiguration.} in SetUserPoolMfaConfig). */
  static Validation<Seq<ParameterViolation>, Option<SmsConfiguration>> sms(PoolMfaRequests.SmsConfiguration s, String prefix) {
    if (s == null) {
      return Validation.valid(Option.none());
    }
    String at = prefix + "smsConfiguration.";
    return Members.flat(Validation.combine(Members.string(SNS_CALLER_ARN.named(at + "snsCallerArn"), s.snsCallerArn()),
        Members.optionalString(EXTERNAL_ID.named(at + "externalId"), s.externalId()),
        Members.optionalString(SNS_REGION.named(at + "snsRegion"), s.snsRegion()))
        .ap((arn, externalId, region) -> Option.some(new SmsConfiguration(arn, externalId, region))));
  }

  private static Validation<Seq<ParameterViolation>, Option<EmailConfiguration>> email(PoolMfaRequests.EmailConfiguration e) {
    if (e == null) {
      return Validation.valid(Option.none());
    }
    String at = "emailConfiguration.";
    return Members.flat(Validation.combine(Members.optionalString(SOURCE_ARN.named(at + "sourceArn"), e.sourceArn()),
        Members.optionalString(REPLY_TO.named(at + "replyToEmailAddress"), e.replyToEmailAddress()),
        Members.optionalEnum(at + "emailSendingAccount", e.emailSendingAccount(), ACCOUNTS),
        Members.optionalString(FROM.named(at + "from"), e.from()),
        Members.optionalString(CONFIGURATION_SET.named(at + "configurationSet"), e.configurationSet()))
        .ap((source, replyTo, account, from, set) -> Option.some(
            new EmailConfiguration(account.getOrElse(EmailSendingAccount.COGNITO_DEFAULT), source, from, replyTo, set))));
  }

  /**
   * SetUserPoolMfaConfig's message members: SmsMfaConfiguration's SmsAuthenticationMessage and SmsConfiguration,
   * EmailMfaConfiguration's Message and Subject; the SmsConfiguration when given.
   */
  static Validation<Seq<ParameterViolation>, Option<SmsConfiguration>> mfaConfigMembers(MfaRequests.SetUserPoolMfaConfig r) {
    Seq<ParameterViolation> messages = SMS_MESSAGE.named("smsMfaConfiguration.smsAuthenticationMessage")
        .checkIfPresent(r.smsAuthenticationMessage())
        .appendAll(EMAIL_MESSAGE.checkIfPresent(r.emailMessage()))
        .appendAll(EMAIL_SUBJECT.checkIfPresent(r.emailSubject()));
    Validation<Seq<ParameterViolation>, Option<SmsConfiguration>> sms = sms(r.smsConfiguration(), "smsMfaConfiguration.");
    Seq<ParameterViolation> all = messages.appendAll(sms.isInvalid() ? sms.getError() : List.empty());
    return all.isEmpty() ? sms : Validation.invalid(all);
  }

  private static <T> Either<CognitoError, T> valid(Validation<? extends Seq<ParameterViolation>, T> v) {
    return v.toEither().mapLeft(violations -> new CognitoError.RequestInvalid(List.ofAll(violations)));
  }

  @Override
  public String toString() {
    return "PoolMfaConfiguration";
  }
}
