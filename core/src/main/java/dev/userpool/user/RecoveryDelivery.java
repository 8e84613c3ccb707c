package dev.userpool.user;

import dev.userpool.error.CognitoError;
import dev.userpool.error.CognitoError.InvalidParameter;
import dev.userpool.error.PoolOptionRefused;
import dev.userpool.mfa.MfaType;
import dev.userpool.pool.AccountRecoverySetting;
import dev.userpool.pool.ContactAttribute;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Where a password-reset code goes. With the pool's {@link AccountRecoverySetting}, the first mechanism by priority whose
 * contact is verified and is not the user's MFA channel (SMS MFA disqualifies the phone, email MFA the email: AWS developer
 * guide, "Recovering user accounts", and the API reference of {@code AccountRecoverySetting}); {@code admin_only} refuses
 * ForgotPassword ({@link PoolOptionRefused.Reason#ADMIN_ONLY_RECOVERY}). Without the setting, and for AdminResetUserPassword
 * in an {@code admin_only} pool (an administrator may reset), the library's first verified contact, email before phone
 * number. No verified contact that qualifies is Cognito's {@code InvalidParameterException} (API reference, ForgotPassword).
 */
final class RecoveryDelivery {

  private RecoveryDelivery() {}

  /** The delivery of {@code user}'s reset code in {@code ctx}'s pool; {@code selfService} for ForgotPassword. */
  static Either<CognitoError, CodeDelivery> of(User user, Context ctx, boolean selfService) {
    Option<AccountRecoverySetting> setting = ctx.pool().accountRecoverySetting();
    if (selfService && setting.exists(AccountRecoverySetting::adminOnly)) {
      return Either.left(new PoolOptionRefused(PoolOptionRefused.Reason.ADMIN_ONLY_RECOVERY));
    }
    Attributes attributes = user.attributes();
    Option<CodeDelivery> delivery = setting.filter(s -> !s.adminOnly())
        .map(s -> s.channel(attributes::isVerified, c -> mfaChannel(user, c)).map(c -> new CodeDelivery(c, attributes.contact(c).get())))
        .getOrElse(attributes::verifiedContact);
    return delivery.toEither(() -> InvalidParameter.of(InvalidParameter.Reason.NO_VERIFIED_CONTACT));
  }

  private static boolean mfaChannel(User user, ContactAttribute contact) {
    return user.mfa().enabled().contains(contact == ContactAttribute.PHONE_NUMBER ? MfaType.SMS_MFA : MfaType.EMAIL_OTP);
  }
}
