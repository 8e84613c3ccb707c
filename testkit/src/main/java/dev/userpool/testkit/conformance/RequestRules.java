package dev.userpool.testkit.conformance;

import static dev.userpool.testkit.conformance.Sources.api;

import dev.userpool.error.CognitoError;
import dev.userpool.group.GroupName;
import dev.userpool.parameter.ParameterViolation;
import dev.userpool.parameter.StringMember;
import dev.userpool.password.Password;
import dev.userpool.pool.ClientId;
import dev.userpool.pool.UserPoolId;
import dev.userpool.service.TokenMembers;
import dev.userpool.testkit.sdk.Expect;
import dev.userpool.user.Attributes;
import dev.userpool.user.ConfirmationCode;
import dev.userpool.user.Username;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;

/**
 * Request validation as rules, generated from the library's member shapes ({@link StringMember}: length
 * range, pattern, whether the value may be quoted): for every supported operation and each of its required
 * string members, the request without it, with it one character too long, too short, and not matching its
 * pattern, all other members well formed. Each is {@code InvalidParameterException} with the message the
 * shape renders ({@code 1 validation error detected: Value ... at 'member' failed to satisfy constraint:
 * ...}), before any pool, client or user is looked up (the pool named does not exist).
 */
final class RequestRules {

  /** A required member and a well-formed value of it. */
  private record Member(StringMember shape, String valid) {}

  /** An operation: its required members in the model's order, and the call with their values by member name. */
  private record Op(String name, List<Member> members, BiConsumer<CognitoIdentityProviderClient, Map<String, String>> call) {}

  private static final Member POOL = new Member(UserPoolId.MEMBER, "us-east-1_NoSuchPool0");
  private static final Member CLIENT = new Member(ClientId.MEMBER, "nosuchclient0000000000000");
  private static final Member USERNAME = new Member(Username.MEMBER, "jane");
  private static final Member PASSWORD = new Member(Password.MEMBER, "Final-Passw0rd!");
  private static final Member CODE = new Member(ConfirmationCode.MEMBER, "123456");
  private static final Member GROUP = new Member(GroupName.MEMBER, "admins");
  /** A well-formed JWT that no endpoint issued: the member's shape is checked before the token is read. */
  private static final String JWT = "eyJraWQiOiJrIn0.eyJzdWIiOiJzIn0.c2lnbmF0dXJl";
  private static final Member ACCESS_TOKEN = new Member(TokenMembers.ACCESS_TOKEN, JWT);
  private static final Member TOKEN = new Member(TokenMembers.TOKEN, JWT);
  private static final Member REFRESH_TOKEN = new Member(TokenMembers.REFRESH_TOKEN, JWT);
  private static final Member PREVIOUS = new Member(Password.MEMBER.named("previousPassword"), "Other-Passw0rd!");
  private static final Member PROPOSED = new Member(Password.MEMBER.named("proposedPassword"), "Final-Passw0rd!");
  private static final Member ATTRIBUTE_NAME = new Member(Attributes.NAME.named("attributeName"), "email");
  private static final Member USER_CODE = new Member(ConfirmationCode.MEMBER.named("code"), "123456");
  /** Values that break a pattern while keeping a length most members accept. */
  private static final List<String> OFF_PATTERN = List.of("nopool", "a-b", "a b", " leading", "\t");
  private static final AttributeType NICKNAME = AttributeType.builder().name("nickname").value("jj").build();

  private static final String P = "userPoolId";
  private static final String U = "username";
  private static final String C = "clientId";
  private static final String G = "groupName";
  private static final String A = "accessToken";

  private static final List<Op> OPERATIONS = List.of(
      op("AdminGetUser", (c, v) -> c.adminGetUser(b -> b.userPoolId(v.get(P)).username(v.get(U))), POOL, USERNAME),
      op("AdminDeleteUser", (c, v) -> c.adminDeleteUser(b -> b.userPoolId(v.get(P)).username(v.get(U))), POOL, USERNAME),
      op("AdminDisableUser", (c, v) -> c.adminDisableUser(b -> b.userPoolId(v.get(P)).username(v.get(U))), POOL, USERNAME),
      op("AdminEnableUser", (c, v) -> c.adminEnableUser(b -> b.userPoolId(v.get(P)).username(v.get(U))), POOL, USERNAME),
      op("AdminConfirmSignUp", (c, v) -> c.adminConfirmSignUp(b -> b.userPoolId(v.get(P)).username(v.get(U))), POOL, USERNAME),
      op("AdminResetUserPassword", (c, v) -> c.adminResetUserPassword(b -> b.userPoolId(v.get(P)).username(v.get(U))), POOL, USERNAME),
      op("AdminUserGlobalSignOut", (c, v) -> c.adminUserGlobalSignOut(b -> b.userPoolId(v.get(P)).username(v.get(U))), POOL, USERNAME),
      op("AdminCreateUser", (c, v) -> c.adminCreateUser(b -> b.userPoolId(v.get(P)).username(v.get(U))), POOL, USERNAME),
      op("AdminSetUserPassword",
          (c, v) -> c.adminSetUserPassword(b -> b.userPoolId(v.get(P)).username(v.get(U)).password(v.get("password")).permanent(true)),
          POOL, USERNAME, PASSWORD),
      op("AdminUpdateUserAttributes",
          (c, v) -> c.adminUpdateUserAttributes(b -> b.userPoolId(v.get(P)).username(v.get(U)).userAttributes(NICKNAME)), POOL, USERNAME),
      op("AdminDeleteUserAttributes",
          (c, v) -> c.adminDeleteUserAttributes(b -> b.userPoolId(v.get(P)).username(v.get(U)).userAttributeNames("nickname")), POOL,
          USERNAME),
      op("AdminAddUserToGroup", (c, v) -> c.adminAddUserToGroup(b -> b.userPoolId(v.get(P)).username(v.get(U)).groupName(v.get(G))),
          POOL, USERNAME, GROUP),
      op("AdminRemoveUserFromGroup",
          (c, v) -> c.adminRemoveUserFromGroup(b -> b.userPoolId(v.get(P)).username(v.get(U)).groupName(v.get(G))), POOL, USERNAME, GROUP),
      op("AdminListGroupsForUser", (c, v) -> c.adminListGroupsForUser(b -> b.username(v.get(U)).userPoolId(v.get(P))), USERNAME, POOL),
      op("SignUp", (c, v) -> c.signUp(b -> b.clientId(v.get(C)).username(v.get(U)).password(v.get("password"))), CLIENT, USERNAME,
          PASSWORD),
      op("ConfirmSignUp",
          (c, v) -> c.confirmSignUp(b -> b.clientId(v.get(C)).username(v.get(U)).confirmationCode(v.get("confirmationCode"))),
          CLIENT, USERNAME, CODE),
      op("ForgotPassword", (c, v) -> c.forgotPassword(b -> b.clientId(v.get(C)).username(v.get(U))), CLIENT, USERNAME),
      op("ConfirmForgotPassword", (c, v) -> c.confirmForgotPassword(b -> b.clientId(v.get(C)).username(v.get(U))
          .confirmationCode(v.get("confirmationCode")).password(v.get("password"))), CLIENT, USERNAME, CODE, PASSWORD),
      op("ResendConfirmationCode", (c, v) -> c.resendConfirmationCode(b -> b.clientId(v.get(C)).username(v.get(U))), CLIENT, USERNAME),
      op("DescribeUserPool", (c, v) -> c.describeUserPool(b -> b.userPoolId(v.get(P))), POOL),
      op("DeleteUserPool", (c, v) -> c.deleteUserPool(b -> b.userPoolId(v.get(P))), POOL),
      op("ListUsers", (c, v) -> c.listUsers(b -> b.userPoolId(v.get(P))), POOL),
      op("ListGroups", (c, v) -> c.listGroups(b -> b.userPoolId(v.get(P))), POOL),
      op("ListUserPoolClients", (c, v) -> c.listUserPoolClients(b -> b.userPoolId(v.get(P))), POOL),
      op("CreateUserPoolClient", (c, v) -> c.createUserPoolClient(b -> b.userPoolId(v.get(P)).clientName("kit")), POOL),
      op("DescribeUserPoolClient", (c, v) -> c.describeUserPoolClient(b -> b.userPoolId(v.get(P)).clientId(v.get(C))), POOL, CLIENT),
      op("DeleteUserPoolClient", (c, v) -> c.deleteUserPoolClient(b -> b.userPoolId(v.get(P)).clientId(v.get(C))), POOL, CLIENT),
      op("CreateGroup", (c, v) -> c.createGroup(b -> b.groupName(v.get(G)).userPoolId(v.get(P))), GROUP, POOL),
      op("GetGroup", (c, v) -> c.getGroup(b -> b.groupName(v.get(G)).userPoolId(v.get(P))), GROUP, POOL),
      op("UpdateGroup", (c, v) -> c.updateGroup(b -> b.groupName(v.get(G)).userPoolId(v.get(P))), GROUP, POOL),
      op("DeleteGroup", (c, v) -> c.deleteGroup(b -> b.groupName(v.get(G)).userPoolId(v.get(P))), GROUP, POOL),
      op("ListUsersInGroup", (c, v) -> c.listUsersInGroup(b -> b.userPoolId(v.get(P)).groupName(v.get(G))), POOL, GROUP),
      op("GetUser", (c, v) -> c.getUser(b -> b.accessToken(v.get(A))), ACCESS_TOKEN),
      op("GlobalSignOut", (c, v) -> c.globalSignOut(b -> b.accessToken(v.get(A))), ACCESS_TOKEN),
      op("DeleteUser", (c, v) -> c.deleteUser(b -> b.accessToken(v.get(A))), ACCESS_TOKEN),
      op("ChangePassword", (c, v) -> c.changePassword(b -> b.previousPassword(v.get("previousPassword"))
          .proposedPassword(v.get("proposedPassword")).accessToken(v.get(A))), PREVIOUS, PROPOSED, ACCESS_TOKEN),
      op("GetUserAttributeVerificationCode", (c, v) -> c.getUserAttributeVerificationCode(b -> b.accessToken(v.get(A))
          .attributeName(v.get("attributeName"))), ACCESS_TOKEN, ATTRIBUTE_NAME),
      op("VerifyUserAttribute", (c, v) -> c.verifyUserAttribute(b -> b.accessToken(v.get(A)).attributeName(v.get("attributeName"))
          .code(v.get("code"))), ACCESS_TOKEN, ATTRIBUTE_NAME, USER_CODE),
      op("SetUserMFAPreference", (c, v) -> c.setUserMFAPreference(b -> b.accessToken(v.get(A))), ACCESS_TOKEN),
      op("RevokeToken", (c, v) -> c.revokeToken(b -> b.token(v.get("token")).clientId(v.get(C))), TOKEN, CLIENT),
      op("GetTokensFromRefreshToken", (c, v) -> c.getTokensFromRefreshToken(b -> b.refreshToken(v.get("refreshToken"))
          .clientId(v.get(C))), REFRESH_TOKEN, CLIENT),
      op("UpdateUserPool", (c, v) -> c.updateUserPool(b -> b.userPoolId(v.get(P))), POOL),
      op("UpdateUserPoolClient", (c, v) -> c.updateUserPoolClient(b -> b.userPoolId(v.get(P)).clientId(v.get(C))), POOL, CLIENT),
      op("InitiateAuth", (c, v) -> c.initiateAuth(b -> b.clientId(v.get(C)).authFlow("USER_PASSWORD_AUTH")
          .authParameters(Map.of("USERNAME", "jane", "PASSWORD", "Final-Passw0rd!"))), CLIENT),
      op("AdminInitiateAuth", (c, v) -> c.adminInitiateAuth(b -> b.userPoolId(v.get(P)).clientId(v.get(C))
          .authFlow("ADMIN_USER_PASSWORD_AUTH").authParameters(Map.of("USERNAME", "jane", "PASSWORD", "Final-Passw0rd!"))), POOL, CLIENT),
      op("GetUserPoolMfaConfig", (c, v) -> c.getUserPoolMfaConfig(b -> b.userPoolId(v.get(P))), POOL),
      op("SetUserPoolMfaConfig", (c, v) -> c.setUserPoolMfaConfig(b -> b.userPoolId(v.get(P)).mfaConfiguration("OFF")), POOL),
      op("AdminSetUserMFAPreference", (c, v) -> c.adminSetUserMFAPreference(b -> b.username(v.get(U)).userPoolId(v.get(P))), USERNAME,
          POOL),
      op("UpdateUserAttributes", (c, v) -> c.updateUserAttributes(b -> b.accessToken(v.get(A)).userAttributes(NICKNAME)), ACCESS_TOKEN),
      op("AddCustomAttributes", (c, v) -> c.addCustomAttributes(b -> b.userPoolId(v.get(P)).customAttributes(
          s -> s.name("tier").attributeDataType("String"))), POOL),
      op("ListResourceServers", (c, v) -> c.listResourceServers(b -> b.userPoolId(v.get(P)).maxResults(10)), POOL),
      op("DescribeResourceServer", (c, v) -> c.describeResourceServer(b -> b.userPoolId(v.get(P)).identifier("https://api.example.com")),
          POOL));

  private RequestRules() {}

  private static Op op(String name, BiConsumer<CognitoIdentityProviderClient, Map<String, String>> call, Member... members) {
    for (Member m : members) {
      if (!m.shape().accepts(m.valid())) {
        throw new IllegalStateException(m.valid() + " is not a valid " + m.shape().name());
      }
    }
    return new Op(name, List.of(members), call);
  }

  /** The operations whose members the rules cover, in the catalogue's order. */
  static List<String> operations() {
    return OPERATIONS.stream().map(Op::name).toList();
  }

  static List<ConformanceRule> all() {
    List<ConformanceRule> rules = new ArrayList<>();
    for (Op op : OPERATIONS) {
      for (Member member : op.members()) {
        StringMember shape = member.shape();
        add(rules, op, member, "missing", "without " + shape.name(), null);
        if (shape.maxLength() < 100_000) {
          String last = member.valid().substring(member.valid().length() - 1);
          String tooLong = member.valid() + last.repeat(shape.maxLength() + 1 - member.valid().length());
          add(rules, op, member, "too-long", "with " + shape.name() + " of " + (shape.maxLength() + 1) + " characters", tooLong);
        }
        if (shape.minLength() > 0) {
          add(rules, op, member, "too-short", "with " + shape.name() + " empty", "");
        }
        if (shape.pattern().isDefined()) {
          OFF_PATTERN.stream().filter(v -> onlyThePattern(shape, v)).findFirst()
              .ifPresent(v -> add(rules, op, member, "pattern", "with " + shape.name() + " not matching its pattern", v));
        }
      }
    }
    return rules;
  }

  private static boolean onlyThePattern(StringMember shape, String value) {
    Seq<ParameterViolation> found = shape.check(value);
    return found.size() == 1 && found.head() instanceof ParameterViolation.PatternMismatch;
  }

  private static void add(List<ConformanceRule> rules, Op op, Member bad, String kind, String what, String value) {
    String message = new CognitoError.RequestInvalid(bad.shape().check(value)).message();
    String id = "request-validation." + kebab(op.name()) + "." + bad.shape().name() + "." + kind;
    rules.add(new ConformanceRule(id, Area.REQUEST_VALIDATION, op.name() + " " + what + " is InvalidParameterException \"" + shown(message)
        + "\"", api(op.name()), target -> {
          Map<String, String> values = new HashMap<>();
          op.members().forEach(m -> values.put(m.shape().name(), m.valid()));
          values.put(bad.shape().name(), value);
          Expect.refused("InvalidParameterException", 400, message, () -> op.call().accept(target.client(), values));
        }));
  }

  /** The message as a one-line statement shows it: a long value cut short. */
  static String shown(String message) {
    return message.length() > 200 ? message.substring(0, 120) + "..." + message.substring(message.length() - 60) : message;
  }

  static String kebab(String operation) {
    return operation.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
