package dev.userpool.mfa;

import dev.userpool.error.CognitoError;
import dev.userpool.error.MfaRefused;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A user's MFA state, kept on the user (and so in every store): the software token, the factors enabled
 * ({@code UserMFASettingList}), the preferred one ({@code PreferredMfaSetting}) and the MFA challenge last issued.
 * Every change is a pure function returning the next state or Cognito's refusal.
 *
 * @param softwareToken the software token, once associated
 * @param enabled the factors enabled, in Cognito's order
 * @param preferred the preferred factor
 * @param challenge the MFA challenge last issued
 */
public record UserMfa(Option<SoftwareToken> softwareToken, Set<MfaType> enabled, Option<MfaType> preferred,
    Option<MfaChallenge> challenge) {

  public UserMfa {
    Objects.requireNonNull(softwareToken, "softwareToken is null");
    Objects.requireNonNull(enabled, "enabled is null");
    Objects.requireNonNull(preferred, "preferred is null");
    Objects.requireNonNull(challenge, "challenge is null");
  }

  /** A user with no MFA. */
  public static UserMfa none() {
    return new UserMfa(Option.none(), LinkedHashSet.empty(), Option.none(), Option.none());
  }

  /**
   * AssociateSoftwareToken: a new unverified token replaces any earlier one, and software-token MFA is off until the new
   * one is verified and enabled again (the library's decision: AWS does not say what happens to the old secret).
   */
  public UserMfa associate(TotpSecret secret) {
    return new UserMfa(Option.some(SoftwareToken.associated(secret)), enabled.remove(MfaType.SOFTWARE_TOKEN_MFA),
        preferred.filter(p -> p != MfaType.SOFTWARE_TOKEN_MFA), challenge);
  }

  /**
   * VerifySoftwareToken: checks, in order, that a token was associated ({@code SoftwareTokenMFANotFoundException}) and
   * the code ({@code EnableSoftwareTokenMFAException}: {@code Code mismatch and fail enable Software Token MFA}). The
   * token is verified; a code is accepted once.
   */
  public Either<CognitoError, UserMfa> verify(String code, Instant now) {
    if (softwareToken.isEmpty()) {
      return Either.left(new MfaRefused(MfaRefused.Reason.SOFTWARE_TOKEN_NOT_FOUND));
    }
    SoftwareToken token = softwareToken.get();
    return Totp.match(token.secret().key(), code, now, token.lastStep())
        .<Either<CognitoError, UserMfa>>map(step -> Either.right(withToken(token.accepted(step))))
        .getOrElse(() -> Either.left(new MfaRefused(MfaRefused.Reason.ENABLE_CODE_MISMATCH)));
  }

  /**
   * A code from the authenticator app answering SOFTWARE_TOKEN_MFA: the state with the step used up, or none when the
   * code is wrong (or already used).
   */
  public Option<UserMfa> acceptTotp(String code, Instant now) {
    return softwareToken.filter(SoftwareToken::verified)
        .flatMap(token -> Totp.match(token.secret().key(), code, now, token.lastStep()).map(step -> withToken(token.accepted(step))));
  }

  /**
   * One factor's settings of SetUserMFAPreference ({@code Enabled}, {@code PreferredMfa}, each optional). Turning a factor
   * on needs its delivery: a verified software token, a phone number, a verified email ({@code User does not have
   * delivery config set to turn on ...}). Preferring a factor enables it; turning the preferred one off clears the
   * preference.
   */
  public Either<CognitoError, UserMfa> prefer(MfaType type, Option<Boolean> enable, Option<Boolean> prefer, boolean deliverable) {
    boolean on = enable.getOrElse(enabled.contains(type)) || prefer.getOrElse(false);
    if (on && !enabled.contains(type) && !deliverable) {
      return Either.left(new MfaRefused(refusal(type)));
    }
    Set<MfaType> nextEnabled = on ? enabled.add(type) : enabled.remove(type);
    Option<MfaType> nextPreferred = prefer.getOrElse(false)
        ? Option.some(type)
        : preferred.filter(p -> p != type || (on && !prefer.contains(false)));
    return Either.right(new UserMfa(softwareToken, LinkedHashSet.ofAll(MfaOrder.sorted(nextEnabled)), nextPreferred, challenge));
  }

  private static MfaRefused.Reason refusal(MfaType type) {
    switch (type) {
      case SOFTWARE_TOKEN_MFA :
        return MfaRefused.Reason.NO_SOFTWARE_TOKEN;
      case SMS_MFA :
        return MfaRefused.Reason.NO_PHONE_NUMBER;
      default :
        return MfaRefused.Reason.NO_VERIFIED_EMAIL;
    }
  }

  /** This state with {@code next} as the MFA challenge last issued. */
  public UserMfa withChallenge(Option<MfaChallenge> next) {
    return new UserMfa(softwareToken, enabled, preferred, next);
  }

  /** This state with software-token MFA enabled (MFA_SETUP completed): the verified token becomes the user's factor. */
  public UserMfa withSoftwareTokenEnabled() {
    return new UserMfa(softwareToken, LinkedHashSet.ofAll(MfaOrder.sorted(enabled.add(MfaType.SOFTWARE_TOKEN_MFA))), preferred,
        challenge);
  }

  private UserMfa withToken(SoftwareToken token) {
    return new UserMfa(Option.some(token), enabled, preferred, challenge);
  }
}
