package dev.userpool.service;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.error.CognitoError.NotAuthorized;
import dev.userpool.error.Operation;
import dev.userpool.mfa.MfaChallenge;
import dev.userpool.mfa.MfaConfiguration;
import dev.userpool.mfa.MfaSession;
import dev.userpool.mfa.MfaStep;
import dev.userpool.mfa.MfaType;
import dev.userpool.mfa.PoolMfa;
import dev.userpool.mfa.PoolMfaRules;
import dev.userpool.mfa.TotpSecret;
import dev.userpool.mfa.UserMfa;
import dev.userpool.parameter.ParameterViolation;
import dev.userpool.parameter.StringMember;
import dev.userpool.pool.ContactAttribute;
import dev.userpool.pool.UserPool;
import dev.userpool.pool.UserPoolId;
import dev.userpool.port.RateLimits;
import dev.userpool.port.UserPools;
import dev.userpool.user.Context;
import dev.userpool.user.LookupKey;
import dev.userpool.user.Session;
import dev.userpool.user.User;
import dev.userpool.user.UserEvent;
import dev.userpool.user.Username;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.function.Function;

/**
 * Multi-factor authentication's own operations: SetUserPoolMfaConfig, GetUserPoolMfaConfig, AssociateSoftwareToken,
 * VerifySoftwareToken, SetUserMFAPreference and AdminSetUserMFAPreference. The rules are {@code dev.userpool.mfa}'s;
 * this service checks the members' shapes, finds the pool and the user (by access token, by the MFA_SETUP session, or
 * by name), and writes through the user service's engine inside the same kind of {@link Guard}. The MFA challenges of
 * sign-in are {@code MfaSignIn}'s.
 */
public final class MfaService {

  private static final StringMember USER_CODE = StringMember.sensitive("userCode").length(6, 6).pattern("[0-9]+");
  private static final Map<String, MfaConfiguration> MODES = PoolMfaConfiguration.MODES;

  private final WriteEngine engine;
  private final TokenService tokens;
  private final UserPools pools;
  private final Guard guard;

  /**
   * The operations over {@code service}'s pools and users, with {@code tokens}' access tokens.
   *
   * @throws NullPointerException if an argument is null
   */
  public MfaService(UserPoolService service, TokenService tokens, UserPools pools, RateLimits rateLimits) {
    this.engine = Objects.requireNonNull(service, "service is null").engine();
    this.tokens = Objects.requireNonNull(tokens, "tokens is null");
    this.pools = Objects.requireNonNull(pools, "pools is null");
    this.guard = new Guard(Objects.requireNonNull(rateLimits, "rateLimits is null"));
  }

  // -- the pool's configuration

  /**
   * SetUserPoolMfaConfig: the configuration as saved. Checks the members' shapes (UserPoolId, MfaConfiguration from its
   * enum, absent meaning OFF; the messages and the SmsConfiguration), the pool, then {@link PoolMfaRules#setUserPoolMfaConfig}.
   */
  public Either<CognitoError, PoolMfa> setUserPoolMfaConfig(MfaRequests.SetUserPoolMfaConfig r) {
    return guard.run(Operation.SET_USER_POOL_MFA_CONFIG, () -> valid(Members.flat(Validation.combine(UserPoolId.parse(r.userPoolId()),
        Members.optionalEnum("mfaConfiguration", r.mfaConfiguration(), MODES), PoolMfaConfiguration.mfaConfigMembers(r))
        .ap(Tuple::of))).flatMap(c -> engine.updatePool(c._1,
            pool -> PoolMfaRules.setUserPoolMfaConfig(pool.mfa(), requested(r, c._2), c._3, pool.tier().name())
                .map(pool::withMfa)))
        .map(UserPool::mfa));
  }

  private static PoolMfa requested(MfaRequests.SetUserPoolMfaConfig r, Option<MfaConfiguration> mode) {
    return new PoolMfa(mode.getOrElse(MfaConfiguration.OFF), Boolean.TRUE.equals(r.softwareTokenEnabled()),
        r.smsGiven() ? Option.some(new PoolMfa.SmsMfa(Option.of(r.smsAuthenticationMessage()))) : Option.none(),
        r.emailGiven() ? Option.some(new PoolMfa.EmailMfa(Option.of(r.emailMessage()), Option.of(r.emailSubject()))) : Option.none(),
        r.webAuthnGiven()
            ? Option.some(new PoolMfa.WebAuthn(Option.of(r.relyingPartyId()), Option.of(r.userVerification())))
            : Option.none());
  }

  /** GetUserPoolMfaConfig. */
  public Either<CognitoError, PoolMfa> getUserPoolMfaConfig(MfaRequests.GetUserPoolMfaConfig r) {
    return guard.run(Operation.GET_USER_POOL_MFA_CONFIG,
        () -> valid(UserPoolId.parse(r.userPoolId())).flatMap(engine::pool).map(UserPool::mfa));
  }

  // -- software tokens

  /**
   * AssociateSoftwareToken: a new secret for the user of the access token, or of the MFA_SETUP session (then with the
   * session that continues the set-up). Checks: the members' shapes; an access token or a session
   * ({@code Missing required parameter AccessToken} when neither); the token's user, or the session's open MFA_SETUP
   * challenge.
   */
  public Either<CognitoError, Results.SoftwareTokenAssociated> associateSoftwareToken(MfaRequests.AssociateSoftwareToken r) {
    return guard.run(Operation.ASSOCIATE_SOFTWARE_TOKEN, () -> credentials(r.accessToken(), r.session()).flatMap(given -> {
      Operation op = Operation.ASSOCIATE_SOFTWARE_TOKEN;
      return write(op, given, (user, ctx) -> {
        TotpSecret secret = TotpSecret.generate(ctx.randomness());
        return Either.right(Tuple.of(user.mfa().associate(secret), (Option<Session> s) -> new Results.SoftwareTokenAssociated(secret, s)));
      });
    }));
  }

  /**
   * VerifySoftwareToken: the user's software token accepts its first code (Status SUCCESS). Checks: the members' shapes
   * (UserCode six digits); an access token or a session; the token's user or the session's open MFA_SETUP challenge;
   * then {@link UserMfa#verify}.
   */
  public Either<CognitoError, Results.SoftwareTokenVerified> verifySoftwareToken(MfaRequests.VerifySoftwareToken r) {
    return guard.run(Operation.VERIFY_SOFTWARE_TOKEN, () -> valid(Members.string(USER_CODE, r.userCode()))
        .flatMap(code -> credentials(r.accessToken(), r.session()).flatMap(given -> write(Operation.VERIFY_SOFTWARE_TOKEN, given,
            (user, ctx) -> user.mfa().verify(code, ctx.now())
                .map(mfa -> Tuple.of(mfa, (Option<Session> s) -> new Results.SoftwareTokenVerified(s)))))));
  }

  /** An access token (left) or a session (right), their shapes checked. */
  private static Either<CognitoError, Either<String, Session>> credentials(String accessToken, String session) {
    if (accessToken != null) {
      return valid(Members.string(Members.ACCESS_TOKEN, accessToken)).map(Either::left);
    }
    if (session == null) {
      return Either.left(new InvalidParameter(InvalidParameter.Reason.MISSING_PARAMETER, "AccessToken"));
    }
    return valid(Session.parse(session)).map(Either::right);
  }

  private interface MfaDecision<T> {
    Either<CognitoError, Tuple2<UserMfa, Function<Option<Session>, T>>> decide(User user, Context ctx);
  }

  /** The decision on the access token's user, or on the MFA_SETUP session's (whose session then moves on). */
  private <T> Either<CognitoError, T> write(Operation op, Either<String, Session> given, MfaDecision<T> decision) {
    if (given.isLeft()) {
      return tokens.authorize(given.getLeft()).flatMap(owner -> engine.write(op, owner._1,
          ctx -> byToken(owner._1, owner._2).flatMap(user -> decision.decide(user, ctx)
              .map(d -> new Step.Save<>(user.withMfa(d._1, user, Option.some(ctx.now()), Option.none()), Option.none(),
                  new UserEvent.MfaSettingsChanged(user.username(), ctx.now()), d._2.apply(Option.none()))))));
    }
    Session session = given.get();
    CognitoError invalid = new NotAuthorized(NotAuthorized.Reason.SESSION_INVALID);
    return MfaSessions.owner(session).flatMap(o -> pools.find(o._1).map(pool -> Tuple.of(pool, o._2))).toEither(invalid)
        .flatMap(owner -> engine.write(op, owner._1, ctx -> pools.users(owner._1.id()).find(new LookupKey.BySub(owner._2))
            .toEither(invalid)
            .flatMap(user -> MfaSignIn.open(user, MfaStep.MFA_SETUP, session, ctx).flatMap(open -> decision.decide(user, ctx)
                .map(d -> {
                  Session next = MfaSessions.issue(owner._1, user, ctx.randomness());
                  MfaChallenge moved = new MfaChallenge(MfaStep.MFA_SETUP, MfaSession.of(next.reveal()), open.expiresAt(), false);
                  return new Step.Save<>(user.withMfa(d._1.withChallenge(Option.some(moved)), user, Option.some(ctx.now()), Option.none()),
                      Option.none(), new UserEvent.MfaSettingsChanged(user.username(), ctx.now()), d._2.apply(Option.some(next)));
                })))));
  }

  private Either<CognitoError, User> byToken(UserPool pool, User owner) {
    return pools.users(pool.id()).find(new LookupKey.BySub(owner.sub())).filter(User::enabled)
        .toEither(() -> new NotAuthorized(NotAuthorized.Reason.ACCESS_TOKEN_REVOKED));
  }

  // -- preferences

  /** SetUserMFAPreference: the access token's user's factors, as {@link #preferences} decides them. */
  public Either<CognitoError, User> setUserMfaPreference(MfaRequests.SetUserMfaPreference r) {
    return guard.run(Operation.SET_USER_MFA_PREFERENCE, () -> valid(Members.string(Members.ACCESS_TOKEN, r.accessToken()))
        .flatMap(tokens::authorize).flatMap(owner -> engine.write(Operation.SET_USER_MFA_PREFERENCE, owner._1,
            ctx -> byToken(owner._1, owner._2).flatMap(user -> preferences(user, r.sms(), r.softwareToken(), r.email(), ctx)))));
  }

  /** AdminSetUserMFAPreference: the named user's factors, as {@link #preferences} decides them. */
  public Either<CognitoError, User> adminSetUserMfaPreference(MfaRequests.AdminSetUserMfaPreference r) {
    return guard.run(Operation.ADMIN_SET_USER_MFA_PREFERENCE, () -> valid(Members.flat(Validation.combine(
        UserPoolId.parse(r.userPoolId()), Username.parse(r.username())).ap(Tuple::of)))
        .flatMap(c -> engine.pool(c._1).flatMap(pool -> engine.write(Operation.ADMIN_SET_USER_MFA_PREFERENCE, pool,
            ctx -> engine.existing(pool, c._2.value(), new CognitoError.UserNotFound(CognitoError.UserNotFound.Reason.USER_DOES_NOT_EXIST))
                .flatMap(user -> preferences(user, r.sms(), r.softwareToken(), r.email(), ctx))))));
  }

  /**
   * The three factors' settings, SMS, then software token, then email, each by {@link UserMfa#prefer}: SMS needs a phone
   * number, a software token a verified token, email a verified email.
   */
  private static Either<CognitoError, Step<User>> preferences(User user, MfaRequests.FactorSettings sms,
      MfaRequests.FactorSettings token, MfaRequests.FactorSettings email, Context ctx) {
    return prefer(user.mfa(), MfaType.SMS_MFA, sms, user.attributes().contact(ContactAttribute.PHONE_NUMBER).isDefined())
        .flatMap(m -> prefer(m, MfaType.SOFTWARE_TOKEN_MFA, token, m.softwareToken().exists(t -> t.verified())))
        .flatMap(m -> prefer(m, MfaType.EMAIL_OTP, email, user.attributes().isVerified(ContactAttribute.EMAIL)))
        .map(m -> {
          User after = user.withMfa(m, user, Option.some(ctx.now()), Option.none());
          return new Step.Save<>(after, Option.none(), new UserEvent.MfaSettingsChanged(user.username(), ctx.now()), after);
        });
  }

  private static Either<CognitoError, UserMfa> prefer(UserMfa mfa, MfaType type, MfaRequests.FactorSettings settings,
      boolean deliverable) {
    return settings == null
        ? Either.right(mfa)
        : mfa.prefer(type, Option.of(settings.enabled()), Option.of(settings.preferredMfa()), deliverable);
  }

  private static <T> Either<CognitoError, T> valid(
      Validation<? extends Seq<ParameterViolation>, T> v) {
    return v.toEither().mapLeft(violations -> new CognitoError.RequestInvalid(List.ofAll(violations)));
  }

  @Override
  public String toString() {
    return "MfaService";
  }
}
