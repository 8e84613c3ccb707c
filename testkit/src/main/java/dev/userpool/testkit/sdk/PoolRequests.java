package dev.userpool.testkit.sdk;

import dev.userpool.error.CognitoError;
import dev.userpool.service.Commands;
import dev.userpool.service.PoolMessageMembers;
import dev.userpool.service.Requests;
import io.vavr.control.Either;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageTemplateType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerificationMessageTemplateType;

/**
 * CreateUserPool's and UpdateUserPool's SDK requests as the service takes them, once the members the library
 * accepts without keeping ({@link PoolMessageMembers}) are checked: a request that breaks one of them is refused with
 * every violation of the request.
 */
final class PoolRequests {

  private PoolRequests() {}

  /** CreateUserPool's request, or its refusal. */
  static Either<CognitoError, Requests.CreateUserPool> createUserPool(CreateUserPoolRequest r) {
    Requests.CreateUserPool request = new Requests.CreateUserPool(r.poolName(), Shapes.policy(r.policies()), r.userPoolTierAsString(),
        Shapes.listOrNull(r.hasUsernameAttributes(), r.usernameAttributesAsStrings()),
        Shapes.listOrNull(r.hasAliasAttributes(), r.aliasAttributesAsStrings()),
        Shapes.listOrNull(r.hasAutoVerifiedAttributes(), r.autoVerifiedAttributesAsStrings()),
        r.usernameConfiguration() == null ? null : r.usernameConfiguration().caseSensitive(),
        Shapes.requireVerificationBeforeUpdate(r.userAttributeUpdateSettings()), SchemaShapes.definitions(r.hasSchema(), r.schema()),
        adminOnly(r.adminCreateUserConfig()));
    PoolMessageMembers.Members members = members(r.deletionProtectionAsString(), r.hasUserPoolTags() ? r.userPoolTags() : null,
        r.adminCreateUserConfig(), r.smsVerificationMessage(), r.emailVerificationMessage(), r.emailVerificationSubject(),
        r.smsAuthenticationMessage(), r.verificationMessageTemplate());
    return PoolMessageMembers.refusal(members, Commands.parse(request)).toLeft(() -> request)
        .flatMap(checked -> ConfigurationMembers.check("CreateUserPool", r, checked));
  }

  /** UpdateUserPool's request, or its refusal. */
  static Either<CognitoError, Requests.UpdateUserPool> updateUserPool(UpdateUserPoolRequest r) {
    Requests.UpdateUserPool request = new Requests.UpdateUserPool(r.userPoolId(), Shapes.policy(r.policies()), r.userPoolTierAsString(),
        Shapes.requireVerificationBeforeUpdate(r.userAttributeUpdateSettings()), adminOnly(r.adminCreateUserConfig()));
    PoolMessageMembers.Members members = members(r.deletionProtectionAsString(), r.hasUserPoolTags() ? r.userPoolTags() : null,
        r.adminCreateUserConfig(), r.smsVerificationMessage(), r.emailVerificationMessage(), r.emailVerificationSubject(),
        r.smsAuthenticationMessage(), r.verificationMessageTemplate());
    return PoolMessageMembers.refusal(members, Commands.parse(request)).toLeft(() -> request)
        .flatMap(checked -> ConfigurationMembers.check("UpdateUserPool", r, checked));
  }

  /** {@code AdminCreateUserConfig.AllowAdminCreateUserOnly} as sent; null when absent (false, as in Cognito). */
  private static Boolean adminOnly(AdminCreateUserConfigType admin) {
    return admin == null ? null : admin.allowAdminCreateUserOnly();
  }

  private static PoolMessageMembers.Members members(String deletionProtection, Map<String, String> tags, AdminCreateUserConfigType admin,
      String smsVerification, String emailVerification, String emailSubject, String smsAuthentication,
      VerificationMessageTemplateType template) {
    MessageTemplateType invite = admin == null ? null : admin.inviteMessageTemplate();
    return new PoolMessageMembers.Members(deletionProtection, tags, admin == null ? null : admin.unusedAccountValidityDays(),
        invite == null ? null : new PoolMessageMembers.MessageTemplate(invite.smsMessage(), invite.emailMessage(), invite.emailSubject()),
        smsVerification, emailVerification, emailSubject, smsAuthentication,
        template == null
            ? null
            : new PoolMessageMembers.VerificationTemplate(template.smsMessage(), template.emailMessage(),
                template.emailSubject(), template.emailMessageByLink(), template.emailSubjectByLink(),
                template.defaultEmailOptionAsString()));
  }
}
