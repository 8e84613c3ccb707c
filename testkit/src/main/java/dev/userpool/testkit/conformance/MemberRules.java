package dev.userpool.testkit.conformance;

import static dev.userpool.testkit.conformance.Sources.api;

import dev.userpool.error.CognitoError;
import dev.userpool.pool.AliasAttribute;
import dev.userpool.pool.ExplicitAuthFlow;
import dev.userpool.testkit.sdk.Expect;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;

/**
 * Request validation of the members {@link RequestRules} does not generate: the numbers, enums, lists, maps and
 * messages of CreateUserPool, UpdateUserPool, the app clients, groups, user attributes and the list operations. Each
 * expected message is written out as Cognito words it ({@code 1 validation error detected: Value '...' at 'member'
 * failed to satisfy constraint: ...}, with the API model's ranges, lengths and patterns), and every call names a pool
 * that does not exist: members are checked before anything is looked up.
 */
final class MemberRules {

  private static final String NO_POOL = "us-east-1_NoSuchPool0";
  private static final String NO_CLIENT = "nosuchclient0000000000000";
  private static final String ONE = "1 validation error detected: ";
  private static final String CONTACTS = "[phone_number, email]";

  private MemberRules() {}

  static List<ConformanceRule> all() {
    List<ConformanceRule> rules = new ArrayList<>();
    createUserPool(rules);
    poolMessages(rules);
    updateUserPool(rules);
    clients(rules);
    groupsAndAttributes(rules);
    return rules;
  }

  private static void createUserPool(List<ConformanceRule> rules) {
    pool(rules, "policies.passwordPolicy.minimumLength", "below", "Policies.PasswordPolicy.MinimumLength 5",
        range("5", "policies.passwordPolicy.minimumLength", "greater than or equal to 6"), b -> b.policies(p -> p.passwordPolicy(
            pp -> pp.minimumLength(5))));
    pool(rules, "policies.passwordPolicy.minimumLength", "above", "Policies.PasswordPolicy.MinimumLength 100",
        range("100", "policies.passwordPolicy.minimumLength", "less than or equal to 99"), b -> b.policies(p -> p.passwordPolicy(
            pp -> pp.minimumLength(100))));
    pool(rules, "policies.passwordPolicy.temporaryPasswordValidityDays", "above", "TemporaryPasswordValidityDays 366",
        range("366", "policies.passwordPolicy.temporaryPasswordValidityDays", "less than or equal to 365"),
        b -> b.policies(p -> p.passwordPolicy(pp -> pp.temporaryPasswordValidityDays(366))));
    pool(rules, "policies.passwordPolicy.temporaryPasswordValidityDays", "below", "TemporaryPasswordValidityDays -1",
        range("-1", "policies.passwordPolicy.temporaryPasswordValidityDays", "greater than or equal to 0"),
        b -> b.policies(p -> p.passwordPolicy(pp -> pp.temporaryPasswordValidityDays(-1))));
    pool(rules, "policies.passwordPolicy.passwordHistorySize", "above", "PasswordHistorySize 25",
        range("25", "policies.passwordPolicy.passwordHistorySize", "less than or equal to 24"),
        b -> b.policies(p -> p.passwordPolicy(pp -> pp.passwordHistorySize(25))));
    pool(rules, "usernameAttributes", "enum", "UsernameAttributes [nickname]", list("[nickname]", "usernameAttributes", CONTACTS),
        b -> b.usernameAttributesWithStrings("nickname"));
    pool(rules, "aliasAttributes", "enum", "AliasAttributes [email, nickname]", list("[email, nickname]", "aliasAttributes",
        Arrays.stream(AliasAttribute.values()).map(AliasAttribute::attributeName).collect(Collectors.joining(", ", "[", "]"))),
        b -> b.aliasAttributesWithStrings("email", "nickname"));
    pool(rules, "autoVerifiedAttributes", "enum", "AutoVerifiedAttributes [nickname]",
        list("[nickname]", "autoVerifiedAttributes", CONTACTS), b -> b.autoVerifiedAttributesWithStrings("nickname"));
    String conflict = CognitoError.InvalidParameter.of(CognitoError.InvalidParameter.Reason.USERNAME_AND_ALIAS_ATTRIBUTES).message();
    rule(rules, "create-user-pool.usernameAttributes.with-aliasAttributes", "CreateUserPool with both UsernameAttributes and"
        + " AliasAttributes is InvalidParameterException \"" + conflict + "\"", api("CreateUserPool"), conflict,
        c -> c.createUserPool(b -> named(b).usernameAttributesWithStrings("email").aliasAttributesWithStrings("preferred_username")));
    pool(rules, "userPoolTier", "enum", "UserPoolTier GOLD", ONE + "Value 'GOLD' at 'userPoolTier' failed to satisfy constraint: Member"
        + " must satisfy enum value set: [LITE, ESSENTIALS, PLUS]", b -> b.userPoolTier("GOLD"));
    pool(rules, "schema.name", "too-long", "a Schema attribute named with 21 characters", ONE + "Value '" + "a".repeat(21)
        + "' at 'schema.1.member.name' failed to satisfy constraint: Member must have length less than or equal to 20",
        b -> b.schema(SchemaAttributeType.builder().name("a".repeat(21)).attributeDataType("String").build()));
    pool(rules, "schema.attributeDataType", "enum", "a Schema attribute of AttributeDataType Text", ONE + "Value 'Text' at"
        + " 'schema.1.member.attributeDataType' failed to satisfy constraint: Member must satisfy enum value set: [String, Number,"
        + " DateTime, Boolean]", b -> b.schema(SchemaAttributeType.builder().name("tier").attributeDataType("Text").build()));
    pool(rules, "deletionProtection", "enum", "DeletionProtection ON", ONE + "Value 'ON' at 'deletionProtection' failed to satisfy"
        + " constraint: Member must satisfy enum value set: [ACTIVE, INACTIVE]", b -> b.deletionProtection("ON"));
    pool(rules, "adminCreateUserConfig.unusedAccountValidityDays", "above", "AdminCreateUserConfig.UnusedAccountValidityDays 366",
        range("366", "adminCreateUserConfig.unusedAccountValidityDays", "less than or equal to 365"),
        b -> b.adminCreateUserConfig(a -> a.unusedAccountValidityDays(366)));
    String longKey = "k".repeat(129);
    pool(rules, "userPoolTags", "key-too-long", "a UserPoolTags key of 129 characters", ONE + "Value '{" + longKey + "=v}' at"
        + " 'userPoolTags' failed to satisfy constraint: Map keys must satisfy constraint: [Member must have length less than or equal"
        + " to 128, Member must have length greater than or equal to 1]", b -> b.userPoolTags(Map.of(longKey, "v")));
  }

  private static void poolMessages(List<ConformanceRule> rules) {
    String sms = "Member must satisfy regular expression pattern: .*\\{####\\}.*";
    String email = "Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*\\{####\\}"
        + "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*";
    pool(rules, "smsVerificationMessage", "pattern", "an SmsVerificationMessage without {####}", ONE + "Value 'Your code' at"
        + " 'smsVerificationMessage' failed to satisfy constraint: " + sms, b -> b.smsVerificationMessage("Your code"));
    String longSms = "{####}" + "x".repeat(135);
    pool(rules, "smsAuthenticationMessage", "too-long", "an SmsAuthenticationMessage of 141 characters", ONE + "Value '" + longSms
        + "' at 'smsAuthenticationMessage' failed to satisfy constraint: Member must have length less than or equal to 140",
        b -> b.smsAuthenticationMessage(longSms));
    pool(rules, "emailVerificationMessage", "pattern", "an EmailVerificationMessage without {####}", ONE + "Value 'Your code is"
        + " below' at 'emailVerificationMessage' failed to satisfy constraint: " + email,
        b -> b.emailVerificationMessage("Your code is below"));
    pool(rules, "emailVerificationSubject", "too-long", "an EmailVerificationSubject of 141 characters", ONE + "Value '"
        + "s".repeat(141) + "' at 'emailVerificationSubject' failed to satisfy constraint: Member must have length less than or"
        + " equal to 140", b -> b.emailVerificationSubject("s".repeat(141)));
    pool(rules, "verificationMessageTemplate.smsMessage", "pattern", "a VerificationMessageTemplate.SmsMessage without {####}",
        ONE + "Value 'Your code' at 'verificationMessageTemplate.smsMessage' failed to satisfy constraint: " + sms,
        b -> b.verificationMessageTemplate(t -> t.smsMessage("Your code")));
    pool(rules, "verificationMessageTemplate.emailMessageByLink", "pattern", "a VerificationMessageTemplate.EmailMessageByLink without"
        + " a {##link##}",
        ONE + "Value 'Click the link' at 'verificationMessageTemplate.emailMessageByLink' failed to satisfy"
            + " constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*\\{##[\\p{L}\\p{M}"
            + "\\p{S}\\p{N}\\p{P}\\s*]*##\\}[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\s*]*",
        b -> b.verificationMessageTemplate(t -> t.emailMessageByLink("Click the link")));
    pool(rules, "verificationMessageTemplate.defaultEmailOption", "enum", "VerificationMessageTemplate.DefaultEmailOption LINK",
        ONE + "Value 'LINK' at 'verificationMessageTemplate.defaultEmailOption' failed to satisfy constraint: Member must satisfy"
            + " enum value set: [CONFIRM_WITH_LINK, CONFIRM_WITH_CODE]",
        b -> b.verificationMessageTemplate(t -> t.defaultEmailOption("LINK")));
    pool(rules, "adminCreateUserConfig.inviteMessageTemplate.sMSMessage", "too-short", "an InviteMessageTemplate.SMSMessage of 2"
        + " characters",
        ONE + "Value 'hi' at 'adminCreateUserConfig.inviteMessageTemplate.sMSMessage' failed to satisfy"
            + " constraint: Member must have length greater than or equal to 6",
        b -> b.adminCreateUserConfig(a -> a.inviteMessageTemplate(t -> t.smsMessage("hi"))));
  }

  private static void updateUserPool(List<ConformanceRule> rules) {
    rule(rules, "update-user-pool.policies.passwordPolicy.minimumLength.below", "UpdateUserPool with MinimumLength 5 is"
        + " InvalidParameterException, before the pool is looked up", api("UpdateUserPool"),
        range("5", "policies.passwordPolicy.minimumLength", "greater than or equal to 6"),
        c -> c.updateUserPool(b -> b.userPoolId(NO_POOL).policies(p -> p.passwordPolicy(pp -> pp.minimumLength(5)))));
    rule(rules, "update-user-pool.deletionProtection.enum", "UpdateUserPool with DeletionProtection ON is InvalidParameterException,"
        + " before the pool is looked up", api("UpdateUserPool"),
        ONE + "Value 'ON' at 'deletionProtection' failed to satisfy"
            + " constraint: Member must satisfy enum value set: [ACTIVE, INACTIVE]",
        c -> c.updateUserPool(b -> b.userPoolId(NO_POOL).deletionProtection("ON")));
    rule(rules, "update-user-pool.adminCreateUserConfig.unusedAccountValidityDays.below", "UpdateUserPool with"
        + " UnusedAccountValidityDays -1 is InvalidParameterException, before the pool is looked up", api("UpdateUserPool"),
        range("-1", "adminCreateUserConfig.unusedAccountValidityDays", "greater than or equal to 0"),
        c -> c.updateUserPool(b -> b.userPoolId(NO_POOL).adminCreateUserConfig(a -> a.unusedAccountValidityDays(-1))));
    rule(rules, "update-user-pool.two-members", "UpdateUserPool with MinimumLength 5 and DeletionProtection ON reports both:"
        + " \"2 validation errors detected: ...\"", api("UpdateUserPool"),
        "2 validation errors detected: Value '5' at"
            + " 'policies.passwordPolicy.minimumLength' failed to satisfy constraint: Member must have value greater than or equal to 6;"
            + " Value 'ON' at 'deletionProtection' failed to satisfy constraint: Member must satisfy enum value set: [ACTIVE, INACTIVE]",
        c -> c.updateUserPool(b -> b.userPoolId(NO_POOL).deletionProtection("ON").policies(p -> p.passwordPolicy(
            pp -> pp.minimumLength(5)))));
  }

  private static void clients(List<ConformanceRule> rules) {
    client(rules, "clientName", "missing", "without ClientName", ONE + "Value null at 'clientName' failed to satisfy constraint: Member"
        + " must not be null", b -> b.clientName(null));
    client(rules, "clientName", "pattern", "with ClientName a/b", ONE + "Value 'a/b' at 'clientName' failed to satisfy constraint:"
        + " Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+", b -> b.clientName("a/b"));
    client(rules, "accessTokenValidity", "below", "with AccessTokenValidity 0", range("0", "accessTokenValidity", "greater than or"
        + " equal to 1"), b -> b.accessTokenValidity(0));
    client(rules, "accessTokenValidity", "above", "with AccessTokenValidity 86401", range("86401", "accessTokenValidity", "less than"
        + " or equal to 86400"), b -> b.accessTokenValidity(86401));
    client(rules, "idTokenValidity", "below", "with IdTokenValidity 0", range("0", "idTokenValidity", "greater than or equal to 1"),
        b -> b.idTokenValidity(0));
    client(rules, "refreshTokenValidity", "above", "with RefreshTokenValidity 315360001", range("315360001", "refreshTokenValidity",
        "less than or equal to 315360000"), b -> b.refreshTokenValidity(315360001));
    client(rules, "tokenValidityUnits.accessToken", "enum", "with TokenValidityUnits.AccessToken weeks", ONE + "Value 'weeks' at"
        + " 'tokenValidityUnits.accessToken' failed to satisfy constraint: Member must satisfy enum value set: [seconds, minutes, hours,"
        + " days]", b -> b.tokenValidityUnits(u -> u.accessToken("weeks")));
    client(rules, "explicitAuthFlows", "enum", "with ExplicitAuthFlows [ALLOW_USER_SRP_AUTH, ALLOW_EVERYTHING]",
        list("[ALLOW_USER_SRP_AUTH, ALLOW_EVERYTHING]", "explicitAuthFlows", Arrays.stream(ExplicitAuthFlow.values()).map(Enum::name)
            .collect(Collectors.joining(", ", "[", "]"))),
        b -> b.explicitAuthFlowsWithStrings("ALLOW_USER_SRP_AUTH", "ALLOW_EVERYTHING"));
    client(rules, "preventUserExistenceErrors", "enum", "with PreventUserExistenceErrors YES", ONE + "Value 'YES' at"
        + " 'preventUserExistenceErrors' failed to satisfy constraint: Member must satisfy enum value set: [LEGACY, ENABLED]",
        b -> b.preventUserExistenceErrors("YES"));
    client(rules, "authSessionValidity", "below", "with AuthSessionValidity 2", range("2", "authSessionValidity", "greater than or"
        + " equal to 3"), b -> b.authSessionValidity(2));
    client(rules, "authSessionValidity", "above", "with AuthSessionValidity 16", range("16", "authSessionValidity", "less than or"
        + " equal to 15"), b -> b.authSessionValidity(16));
    String invalidRange = CognitoError.InvalidParameter.of(CognitoError.InvalidParameter.Reason.INVALID_TOKEN_VALIDITY).message();
    client(rules, "refreshTokenValidity", "under-an-hour", "with RefreshTokenValidity 59 minutes", invalidRange,
        b -> b.refreshTokenValidity(59).tokenValidityUnits(u -> u.refreshToken("minutes")));
    client(rules, "accessTokenValidity", "over-a-day", "with AccessTokenValidity 2 days", invalidRange,
        b -> b.accessTokenValidity(2).tokenValidityUnits(u -> u.accessToken("days")));
    rule(rules, "update-user-pool-client.authSessionValidity.above", "UpdateUserPoolClient with AuthSessionValidity 16 is"
        + " InvalidParameterException, before the pool is looked up", api("UpdateUserPoolClient"),
        range("16", "authSessionValidity", "less than or equal to 15"),
        c -> c.updateUserPoolClient(b -> b.userPoolId(NO_POOL).clientId(NO_CLIENT).authSessionValidity(16)));
    rule(rules, "list-user-pool-clients.maxResults.above", "ListUserPoolClients with MaxResults 61 is InvalidParameterException",
        api("ListUserPoolClients"), range("61", "maxResults", "less than or equal to 60"),
        c -> c.listUserPoolClients(b -> b.userPoolId(NO_POOL).maxResults(61)));
  }

  private static void groupsAndAttributes(List<ConformanceRule> rules) {
    rule(rules, "create-group.precedence.below", "CreateGroup with Precedence -1 is InvalidParameterException", api("CreateGroup"),
        range("-1", "precedence", "greater than or equal to 0"),
        c -> c.createGroup(b -> b.userPoolId(NO_POOL).groupName("admins").precedence(-1)));
    rule(rules, "create-group.description.too-long", "CreateGroup with a Description of 2049 characters is InvalidParameterException",
        api("CreateGroup"), ONE + "Value '" + "d".repeat(2049) + "' at 'description' failed to satisfy constraint: Member must have"
            + " length less than or equal to 2048",
        c -> c.createGroup(b -> b.userPoolId(NO_POOL).groupName("admins").description("d".repeat(2049))));
    rule(rules, "update-group.precedence.below", "UpdateGroup with Precedence -1 is InvalidParameterException", api("UpdateGroup"),
        range("-1", "precedence", "greater than or equal to 0"),
        c -> c.updateGroup(b -> b.userPoolId(NO_POOL).groupName("admins").precedence(-1)));
    rule(rules, "list-groups.limit.above", "ListGroups with Limit 61 is InvalidParameterException", api("ListGroups"),
        range("61", "limit", "less than or equal to 60"), c -> c.listGroups(b -> b.userPoolId(NO_POOL).limit(61)));
    rule(rules, "list-users.limit.above", "ListUsers with Limit 61 is InvalidParameterException", api("ListUsers"),
        range("61", "limit", "less than or equal to 60"), c -> c.listUsers(b -> b.userPoolId(NO_POOL).limit(61)));
    String name = "n".repeat(33);
    rule(rules, "admin-create-user.userAttributes.name.too-long", "AdminCreateUser with an attribute name of 33 characters is"
        + " InvalidParameterException", api("AdminCreateUser"),
        ONE + "Value '" + name + "' at 'userAttributes.1.member.name' failed to"
            + " satisfy constraint: Member must have length less than or equal to 32",
        c -> c.adminCreateUser(b -> b.userPoolId(NO_POOL).username("jane").userAttributes(attribute(name, "x"))));
    rule(rules, "admin-create-user.userAttributes.value.too-long", "AdminCreateUser with an attribute value of 2049 characters is"
        + " InvalidParameterException, the value not shown", api("AdminCreateUser"),
        ONE + "Value at 'userAttributes.1.member.value'"
            + " failed to satisfy constraint: Member must have length less than or equal to 2048",
        c -> c.adminCreateUser(b -> b.userPoolId(NO_POOL).username("jane").userAttributes(attribute("nickname", "v".repeat(2049)))));
    rule(rules, "admin-create-user.messageAction.enum", "AdminCreateUser with MessageAction SEND is InvalidParameterException",
        api("AdminCreateUser"), ONE + "Value 'SEND' at 'messageAction' failed to satisfy constraint: Member must satisfy enum value set:"
            + " [RESEND, SUPPRESS]",
        c -> c.adminCreateUser(b -> b.userPoolId(NO_POOL).username("jane").messageAction("SEND")));
    rule(rules, "admin-update-user-attributes.userAttributes.name.too-long", "AdminUpdateUserAttributes with an attribute name of 33"
        + " characters is InvalidParameterException", api("AdminUpdateUserAttributes"),
        ONE + "Value '" + name + "' at"
            + " 'userAttributes.1.member.name' failed to satisfy constraint: Member must have length less than or equal to 32",
        c -> c.adminUpdateUserAttributes(b -> b.userPoolId(NO_POOL).username("jane").userAttributes(attribute(name, "x"))));
    rule(rules, "sign-up.userAttributes.value.too-long", "SignUp with an attribute value of 2049 characters is"
        + " InvalidParameterException, the value not shown", api("SignUp"),
        ONE + "Value at 'userAttributes.1.member.value' failed to"
            + " satisfy constraint: Member must have length less than or equal to 2048",
        c -> c.signUp(b -> b.clientId(NO_CLIENT).username("jane").password("Final-Passw0rd!")
            .userAttributes(attribute("nickname", "v".repeat(2049)))));
  }

  private static AttributeType attribute(String name, String value) {
    return AttributeType.builder().name(name).value(value).build();
  }

  private static CreateUserPoolRequest.Builder named(CreateUserPoolRequest.Builder b) {
    return b.poolName(KitPool.randomName("conformance"));
  }

  /** A number out of its range. */
  private static String range(String value, String member, String bound) {
    return ONE + "Value '" + value + "' at '" + member + "' failed to satisfy constraint: Member must have value " + bound;
  }

  /** A list with an element outside its enum. */
  private static String list(String value, String member, String allowed) {
    return ONE + "Value '" + value + "' at '" + member + "' failed to satisfy constraint: Member must satisfy constraint: [Member must"
        + " satisfy enum value set: " + allowed + "]";
  }

  private static void pool(List<ConformanceRule> rules, String member, String kind, String what, String message,
      Consumer<CreateUserPoolRequest.Builder> request) {
    rule(rules, "create-user-pool." + member + "." + kind, "CreateUserPool with " + what + " is InvalidParameterException \""
        + RequestRules.shown(message) + "\"", api("CreateUserPool"), message, c -> c.createUserPool(b -> request.accept(named(b))));
  }

  private static void client(List<ConformanceRule> rules, String member, String kind, String what, String message,
      Consumer<CreateUserPoolClientRequest.Builder> request) {
    rule(rules, "create-user-pool-client." + member + "." + kind, "CreateUserPoolClient " + what + " is InvalidParameterException \""
        + RequestRules.shown(message) + "\", before the pool is looked up", api("CreateUserPoolClient"), message,
        c -> c.createUserPoolClient(b -> request.accept(b.userPoolId(NO_POOL).clientName("kit"))));
  }

  private static void rule(List<ConformanceRule> rules, String name, String statement, String source, String message,
      Consumer<CognitoIdentityProviderClient> call) {
    rules.add(new ConformanceRule("request-validation." + name, Area.REQUEST_VALIDATION, statement, source,
        target -> Expect.refused("InvalidParameterException", 400, message, () -> call.accept(target.client()))));
  }

}
