package dev.userpool.testkit.conformance;

import static dev.userpool.testkit.conformance.KitPool.WRONG;
import static dev.userpool.testkit.conformance.Sources.api;
import static dev.userpool.testkit.conformance.Sources.decision;

import dev.userpool.error.CognitoError;
import dev.userpool.parameter.ParameterViolation;
import dev.userpool.service.AuthFlowType;
import dev.userpool.service.ChallengeNameType;
import dev.userpool.testkit.sdk.Expect;
import dev.userpool.user.MessageAction;
import dev.userpool.user.UserStatus;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * Check order and the enum members: the Enabled flag comes before the status and the password for every
 * status a user can be in (decisions.md, "The Enabled flag before everything"), and an enum member outside
 * its value set is {@code InvalidParameterException} listing the set in the model's order (generated from the
 * library's enums), before anything is looked up.
 */
final class OrderRules {

  private static final String USER = KitPool.JANE;
  private static final String POOL = "us-east-1_NoSuchPool0";
  private static final String CLIENT = "nosuchclient0000000000000";

  private OrderRules() {}

  static List<ConformanceRule> all() {
    List<ConformanceRule> rules = new ArrayList<>();
    for (UserStatus status : LifecycleRules.OBSERVABLE) {
      for (boolean admin : List.of(false, true)) {
        for (boolean rightPassword : List.of(true, false)) {
          disabledFirst(rules, status, admin, rightPassword);
        }
      }
    }
    enumMember(rules, "InitiateAuth", "authFlow", names(AuthFlowType.values()),
        (c, v) -> c.initiateAuth(b -> b.clientId(CLIENT).authFlow(v)));
    enumMember(rules, "AdminInitiateAuth", "authFlow", names(AuthFlowType.values()),
        (c, v) -> c.adminInitiateAuth(b -> b.userPoolId(POOL).clientId(CLIENT).authFlow(v)));
    enumMember(rules, "RespondToAuthChallenge", "challengeName", names(ChallengeNameType.values()),
        (c, v) -> c.respondToAuthChallenge(b -> b.clientId(CLIENT).challengeName(v)));
    enumMember(rules, "AdminRespondToAuthChallenge", "challengeName", names(ChallengeNameType.values()),
        (c, v) -> c.adminRespondToAuthChallenge(b -> b.userPoolId(POOL).clientId(CLIENT).challengeName(v)));
    enumMember(rules, "AdminCreateUser", "messageAction", names(MessageAction.values()),
        (c, v) -> c.adminCreateUser(b -> b.userPoolId(POOL).username(USER).messageAction(v == null ? "SUPPRESS" : v)));
    return rules;
  }

  private static void disabledFirst(List<ConformanceRule> rules, UserStatus status, boolean admin, boolean rightPassword) {
    String flow = admin ? "admin-user-password-auth" : "user-password-auth";
    rules.add(
        new ConformanceRule("check-order.disabled." + flow + "." + LifecycleRules.slug(status) + (rightPassword ? "" : ".wrong-password"),
            Area.CHECK_ORDER, (admin ? "AdminInitiateAuth" : "InitiateAuth") + " for a disabled user in " + status + " with the "
                + (rightPassword ? "right" : "wrong") + " password is NotAuthorizedException \"User is disabled.\": the flag comes first",
            decision("disabled-first"), target -> {
              KitPool pool = KitPool.create(target);
              String password = LifecycleRules.put(pool, status);
              pool.cognito.adminDisableUser(b -> b.userPoolId(pool.id).username(USER));
              String given = rightPassword ? password : WRONG;
              Expect.refused("NotAuthorizedException", 400, "User is disabled.",
                  admin ? () -> pool.adminSignIn(USER, given) : () -> pool.signIn(USER, given));
            }));
  }

  /** {@code member} outside its set, and (when it is required, as every one here but messageAction) missing. */
  private static void enumMember(List<ConformanceRule> rules, String operation, String member, List<String> allowed,
      BiConsumer<CognitoIdentityProviderClient, String> call) {
    String message = new CognitoError.RequestInvalid(Vector.of(new ParameterViolation.NotInEnum(member, "BOGUS", Vector.ofAll(allowed))))
        .message();
    String id = "request-validation." + RequestRules.kebab(operation) + "." + member;
    rules.add(new ConformanceRule(id + ".not-in-enum", Area.REQUEST_VALIDATION, operation + " with " + member + " BOGUS is"
        + " InvalidParameterException \"" + message + "\"", api(operation),
        target -> Expect.refused("InvalidParameterException", 400, message, () -> call.accept(target.client(), "BOGUS"))));
    if (!member.equals("messageAction")) {
      String missing = new CognitoError.RequestInvalid(Vector.of(new ParameterViolation.Missing(member))).message();
      rules.add(new ConformanceRule(id + ".missing", Area.REQUEST_VALIDATION, operation + " without " + member + " is"
          + " InvalidParameterException \"" + missing + "\"", api(operation),
          target -> Expect.refused("InvalidParameterException", 400, missing, () -> call.accept(target.client(), null))));
    }
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
