package dev.userpool.testkit.sdk;

import dev.userpool.error.CognitoError;
import dev.userpool.pool.MessageTemplate;
import dev.userpool.pool.UserPool;
import dev.userpool.service.PoolMessageMembers;
import dev.userpool.service.PoolOptionConfiguration;
import dev.userpool.service.PoolOptionRequests;
import dev.userpool.service.UserPoolService;
import io.vavr.control.Either;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AccountRecoverySettingType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DefaultEmailOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageTemplateType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerificationMessageTemplateType;

/**
 * The pool options of CreateUserPool, UpdateUserPool and DescribeUserPool as the SDK shapes them ({@code
 * DeletionProtection}, {@code AccountRecoverySetting}, the message words); the rules are {@link PoolOptionConfiguration}'s. The
 * request's member shapes are checked first (as the operation checks them), so that a malformed request is refused for
 * its shape before an option's rule is applied.
 */
final class PoolOptionShapes {

  private PoolOptionShapes() {}

  /** CreateUserPool with its options, around {@code create} (the operation without them). */
  static Either<CognitoError, UserPool> createUserPool(UserPoolService service, CreateUserPoolRequest r,
      Supplier<Either<CognitoError, UserPool>> create) {
    return PoolRequests.createUserPool(r).flatMap(shaped -> new PoolOptionConfiguration(service).write(members(r), create));
  }

  /** UpdateUserPool with its options, around {@code update} (the operation without them). */
  static Either<CognitoError, UserPool> updateUserPool(UserPoolService service, UpdateUserPoolRequest r,
      Supplier<Either<CognitoError, UserPool>> update) {
    return PoolRequests.updateUserPool(r).flatMap(shaped -> new PoolOptionConfiguration(service).write(members(r), update));
  }

  /** The options of CreateUserPool's or UpdateUserPool's request, which name them alike. */
  private static PoolOptionRequests.Members members(SdkRequest r) {
    return new PoolOptionRequests.Members(field(r, "DeletionProtection", String.class),
        recovery(field(r, "AccountRecoverySetting", AccountRecoverySettingType.class)),
        verification(field(r, "VerificationMessageTemplate", VerificationMessageTemplateType.class)),
        legacy(field(r, "SmsVerificationMessage", String.class), field(r, "EmailVerificationMessage", String.class),
            field(r, "EmailVerificationSubject", String.class)),
        invitation(field(r, "AdminCreateUserConfig", AdminCreateUserConfigType.class)));
  }

  private static <T> T field(SdkRequest r, String member, Class<T> type) {
    return r.getValueForField(member, type).orElse(null);
  }

  /** The mechanisms of {@code setting}, as sent; null without them. */
  private static List<PoolOptionRequests.RecoveryOption> recovery(AccountRecoverySettingType setting) {
    return setting == null || !setting.hasRecoveryMechanisms()
        ? null
        : setting.recoveryMechanisms().stream().map(o -> o == null
            ? null
            : new PoolOptionRequests.RecoveryOption(o.nameAsString(),
                o.priority()))
            .toList();
  }

  private static PoolMessageMembers.MessageTemplate verification(VerificationMessageTemplateType t) {
    return t == null ? null : new PoolMessageMembers.MessageTemplate(t.smsMessage(), t.emailMessage(), t.emailSubject());
  }

  private static PoolMessageMembers.MessageTemplate legacy(String sms, String email, String subject) {
    return sms == null && email == null && subject == null ? null : new PoolMessageMembers.MessageTemplate(sms, email, subject);
  }

  private static PoolMessageMembers.MessageTemplate invitation(AdminCreateUserConfigType admin) {
    MessageTemplateType t = admin == null ? null : admin.inviteMessageTemplate();
    return t == null ? null : new PoolMessageMembers.MessageTemplate(t.smsMessage(), t.emailMessage(), t.emailSubject());
  }

  /**
   * {@code described} with the pool's options, as DescribeUserPool shows them: no AccountRecoverySetting when it has none;
   * the verification words both in VerificationMessageTemplate (with DefaultEmailOption CONFIRM_WITH_CODE) and in the older
   * members; the invitation's in AdminCreateUserConfig.
   */
  static UserPoolType withOptions(UserPoolType described, UserPool pool) {
    MessageTemplate words = pool.verificationMessageTemplate();
    MessageTemplate invite = pool.inviteMessageTemplate();
    AdminCreateUserConfigType admin = described.adminCreateUserConfig() == null
        ? AdminCreateUserConfigType.builder().build()
        : described.adminCreateUserConfig();
    return described.toBuilder().deletionProtection(pool.deletionProtection().name())
        .verificationMessageTemplate(VerificationMessageTemplateType.builder().smsMessage(words.smsMessage().getOrNull())
            .emailMessage(words.emailMessage().getOrNull()).emailSubject(words.emailSubject().getOrNull())
            .defaultEmailOption(DefaultEmailOptionType.CONFIRM_WITH_CODE).build())
        .smsVerificationMessage(words.smsMessage().getOrNull()).emailVerificationMessage(words.emailMessage().getOrNull())
        .emailVerificationSubject(words.emailSubject().getOrNull())
        .adminCreateUserConfig(invite.isEmpty()
            ? admin
            : admin.toBuilder().inviteMessageTemplate(MessageTemplateType.builder()
                .smsMessage(invite.smsMessage().getOrNull()).emailMessage(invite.emailMessage().getOrNull())
                .emailSubject(invite.emailSubject().getOrNull()).build()).build())
        .accountRecoverySetting(pool.accountRecoverySetting().map(s -> AccountRecoverySettingType.builder().recoveryMechanisms(
            s.mechanisms().map(m -> RecoveryOptionType.builder().name(m.name().wireName()).priority(m.priority()).build()).toJavaList())
            .build()).getOrNull())
        .build();
  }
}
