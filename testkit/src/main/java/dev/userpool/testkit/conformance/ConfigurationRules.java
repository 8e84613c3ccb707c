package dev.userpool.testkit.conformance;

import static dev.userpool.testkit.conformance.Sources.decision;
import static dev.userpool.testkit.sdk.Expect.equal;

import dev.userpool.error.ConfigurationRefused;
import dev.userpool.error.PoolOptionRefused;
import dev.userpool.testkit.sdk.Expect;
import io.vavr.collection.Array;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdvancedSecurityModeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeletionProtectionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionType;

/**
 * Request members an endpoint does not implement: refused by name rather than accepted and dropped, and their default
 * value accepted (the library's table, {@code ConfigurationMembers}). Amazon Cognito implements them, so the refusal is
 * a decision of the library that another emulator may share.
 */
final class ConfigurationRules {

  private ConfigurationRules() {}

  static List<ConformanceRule> all() {
    List<ConformanceRule> rules = new ArrayList<>();
    String refused = new ConfigurationRefused(Array.of("UserPoolAddOns.AdvancedSecurityMode")).message();
    rules.add(new ConformanceRule("schemas.add-ons-refused", Area.SCHEMAS, "CreateUserPool with UserPoolAddOns"
        + " AdvancedSecurityMode ENFORCED, on an endpoint without threat protection, is InvalidParameterException \"" + refused + "\"",
        decision("configuration-member-refused"), target -> Expect.refused("InvalidParameterException", 400, refused,
            () -> target.client().createUserPool(b -> b.poolName(KitPool.randomName("conformance"))
                .userPoolAddOns(a -> a.advancedSecurityMode(AdvancedSecurityModeType.ENFORCED))))));
    rules.add(new ConformanceRule("schemas.add-ons-off-accepted", Area.SCHEMAS, "CreateUserPool with UserPoolAddOns"
        + " AdvancedSecurityMode OFF, the default, creates the pool", decision("configuration-member-refused"), target -> {
          KitPool pool = KitPool.create(target, p -> p.userPoolAddOns(a -> a.advancedSecurityMode(AdvancedSecurityModeType.OFF)),
              c -> {});
          equal(pool.id, pool.cognito.describeUserPool(b -> b.userPoolId(pool.id)).userPool().id(), "the pool described");
        }));
    String protectedPool = new PoolOptionRefused(PoolOptionRefused.Reason.DELETION_PROTECTED).message();
    rules.add(new ConformanceRule("schemas.deletion-protection", Area.SCHEMAS, "DeleteUserPool of a pool whose DeletionProtection"
        + " is ACTIVE is InvalidParameterException \"" + protectedPool + "\" and the pool stays; once UpdateUserPool sets it INACTIVE"
        + " the pool can be deleted", decision("deletion-protection"), target -> {
          KitPool pool = KitPool.create(target, p -> p.deletionProtection(DeletionProtectionType.ACTIVE), c -> {});
          equal("ACTIVE", pool.cognito.describeUserPool(b -> b.userPoolId(pool.id)).userPool().deletionProtectionAsString(),
              "DeletionProtection described");
          Expect.refused("InvalidParameterException", 400, protectedPool, () -> pool.cognito.deleteUserPool(b -> b.userPoolId(pool.id)));
          equal(pool.id, pool.cognito.describeUserPool(b -> b.userPoolId(pool.id)).userPool().id(), "the pool, still there");
          pool.cognito.updateUserPool(b -> b.userPoolId(pool.id).deletionProtection(DeletionProtectionType.INACTIVE));
          pool.cognito.deleteUserPool(b -> b.userPoolId(pool.id));
        }));
    rules.add(new ConformanceRule("schemas.account-recovery-echoed", Area.SCHEMAS, "CreateUserPool with AccountRecoverySetting"
        + " verified_email 2 and verified_phone_number 1: DescribeUserPool shows the mechanisms by priority",
        decision("account-recovery"), target -> {
          KitPool pool = KitPool.create(target, p -> p.accountRecoverySetting(s -> s.recoveryMechanisms(recovery("verified_email", 2),
              recovery("verified_phone_number", 1))), c -> {});
          equal(List.of(recovery("verified_phone_number", 1), recovery("verified_email", 2)), pool.cognito.describeUserPool(
              b -> b.userPoolId(pool.id)).userPool().accountRecoverySetting().recoveryMechanisms(), "the mechanisms described");
        }));
    String adminOnly = new PoolOptionRefused(PoolOptionRefused.Reason.ADMIN_ONLY_RECOVERY).message();
    rules.add(new ConformanceRule("resets.admin-only-recovery", Area.RESETS, "ForgotPassword in a pool whose AccountRecoverySetting"
        + " is admin_only is NotAuthorizedException \"" + adminOnly + "\", even for a user with a verified email",
        decision("account-recovery-words"), target -> {
          KitPool pool = KitPool.create(target, p -> p.accountRecoverySetting(s -> s.recoveryMechanisms(recovery("admin_only", 1))),
              c -> {});
          pool.confirmed(KitPool.JANE, KitPool.FINAL);
          Expect.refused("NotAuthorizedException", 400, adminOnly,
              () -> pool.cognito.forgotPassword(b -> b.clientId(pool.clientId).username(KitPool.JANE)));
        }));
    String placeholders = new PoolOptionRefused(PoolOptionRefused.Reason.INVITATION_PLACEHOLDERS).message();
    rules.add(new ConformanceRule("schemas.invitation-placeholders", Area.SCHEMAS, "CreateUserPool with an InviteMessageTemplate"
        + " SMSMessage without {username} is InvalidParameterException \"" + placeholders + "\"", decision("message-templates"),
        target -> Expect.refused("InvalidParameterException", 400, placeholders, () -> target.client().createUserPool(b -> b.poolName(
            KitPool.randomName("conformance")).adminCreateUserConfig(
                a -> a.inviteMessageTemplate(t -> t.smsMessage(
                    "Your temporary password is {####}")))))));
    return rules;
  }

  private static RecoveryOptionType recovery(String name, int priority) {
    return RecoveryOptionType.builder().name(name).priority(priority).build();
  }
}
