package dev.userpool.testkit.sdk;

import dev.userpool.mfa.EmailConfiguration;
import dev.userpool.mfa.PoolMessaging;
import dev.userpool.mfa.SmsConfiguration;
import dev.userpool.error.CognitoError;
import dev.userpool.pool.UserPool;
import dev.userpool.service.PoolMfaConfiguration;
import dev.userpool.service.PoolMfaRequests;
import dev.userpool.service.UserPoolService;
import io.vavr.control.Either;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EmailConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SmsConfigurationType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/**
 * The MFA members of CreateUserPool, UpdateUserPool and DescribeUserPool as the SDK shapes them ({@code MfaConfiguration},
 * {@code SmsConfiguration}, {@code SmsAuthenticationMessage}, {@code EmailConfiguration}), and the SmsConfiguration of
 * SetUserPoolMfaConfig and GetUserPoolMfaConfig.
 */
final class PoolMfaShapes {

  private PoolMfaShapes() {}

  /** CreateUserPool with its LambdaConfig ({@code TriggerService}) and its MFA members ({@link PoolMfaConfiguration}). */
  static Either<CognitoError, UserPool> createUserPool(UserPoolService service, CreateUserPoolRequest r) {
    return PoolRequests.createUserPool(r).flatMap(request -> new PoolMfaConfiguration(service).createUserPool(request,
        members(r.mfaConfigurationAsString(), r.smsConfiguration(), r.smsAuthenticationMessage(), r.emailConfiguration()),
        () -> service.triggers().createUserPool(service, request, LambdaConfigShapes.parse(r.lambdaConfig()))));
  }

  /** UpdateUserPool with its LambdaConfig ({@code TriggerService}) and its MFA members ({@link PoolMfaConfiguration}). */
  static Either<CognitoError, UserPool> updateUserPool(UserPoolService service, UpdateUserPoolRequest r) {
    return PoolRequests.updateUserPool(r).flatMap(request -> new PoolMfaConfiguration(service).updateUserPool(request,
        members(r.mfaConfigurationAsString(), r.smsConfiguration(), r.smsAuthenticationMessage(), r.emailConfiguration()),
        () -> service.triggers().updateUserPool(service, request, LambdaConfigShapes.parse(r.lambdaConfig()))));
  }

  static PoolMfaRequests.PoolMembers members(String mfaConfiguration, SmsConfigurationType sms, String smsAuthenticationMessage,
      EmailConfigurationType email) {
    return new PoolMfaRequests.PoolMembers(mfaConfiguration, sms(sms), smsAuthenticationMessage, email == null
        ? null
        : new PoolMfaRequests.EmailConfiguration(email.sourceArn(), email.replyToEmailAddress(), email.emailSendingAccountAsString(),
            email.from(), email.configurationSet()));
  }

  static PoolMfaRequests.SmsConfiguration sms(SmsConfigurationType sms) {
    return sms == null ? null : new PoolMfaRequests.SmsConfiguration(sms.snsCallerArn(), sms.externalId(), sms.snsRegion());
  }

  static SmsConfigurationType sms(SmsConfiguration s) {
    return SmsConfigurationType.builder().snsCallerArn(s.snsCallerArn()).externalId(s.externalId().getOrNull())
        .snsRegion(s.snsRegion().getOrNull()).build();
  }

  /** {@code described} with the pool's MfaConfiguration and message settings. */
  static UserPoolType withMfa(UserPoolType described, UserPool pool) {
    PoolMessaging m = pool.mfa().messaging();
    return described.toBuilder().mfaConfiguration(pool.mfa().mode().name())
        .smsConfiguration(m.sms().map(PoolMfaShapes::sms).getOrNull())
        .smsAuthenticationMessage(m.smsAuthenticationMessage().getOrNull())
        .emailConfiguration(m.email().map(PoolMfaShapes::email).getOrNull()).build();
  }

  private static EmailConfigurationType email(EmailConfiguration e) {
    return EmailConfigurationType.builder().emailSendingAccount(e.account().name()).sourceArn(e.sourceArn().getOrNull())
        .from(e.from().getOrNull()).replyToEmailAddress(e.replyTo().getOrNull()).configurationSet(e.configurationSet().getOrNull())
        .build();
  }
}
