package dev.userpool.testkit.conformance;

import static dev.userpool.testkit.conformance.KitPool.FINAL;
import static dev.userpool.testkit.conformance.KitPool.OTHER;
import static dev.userpool.testkit.conformance.KitPool.TEMPORARY;
import static dev.userpool.testkit.conformance.KitPool.WRONG;
import static dev.userpool.testkit.conformance.Sources.api;
import static dev.userpool.testkit.conformance.Sources.decision;
import static dev.userpool.testkit.sdk.Expect.equal;
import static dev.userpool.testkit.sdk.Expect.that;

import dev.userpool.error.CognitoError;
import dev.userpool.testkit.sdk.Expect;
import dev.userpool.user.Action;
import dev.userpool.user.Lifecycle;
import dev.userpool.user.Rule;
import dev.userpool.user.UserStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The transition table ({@link Lifecycle}) as rules: for every action and every status a user can be put in
 * over the API (UNCONFIRMED by SignUp, CONFIRMED, FORCE_CHANGE_PASSWORD by AdminCreateUser, RESET_REQUIRED by
 * AdminResetUserPassword), what the operation does: the status it moves to or keeps, tokens or the
 * NEW_PASSWORD_REQUIRED challenge, or the exact refusal; a refusal changes nothing. ARCHIVED, COMPROMISED,
 * UNKNOWN and EXTERNAL_PROVIDER cannot be reached through the API, so their cells are not rules. The
 * expectations are read from the table, so the rules and the library cannot drift.
 */
final class LifecycleRules {

  /** The statuses a client can put a user in. */
  static final List<UserStatus> OBSERVABLE = List.of(UserStatus.UNCONFIRMED, UserStatus.CONFIRMED, UserStatus.FORCE_CHANGE_PASSWORD,
      UserStatus.RESET_REQUIRED);
  private static final String USER = KitPool.JANE;

  private LifecycleRules() {}

  /** An operation on a rule's pool. */
  @FunctionalInterface
  interface PoolCall {
    void run(KitPool pool);
  }

  static List<ConformanceRule> all() {
    List<ConformanceRule> rules = new ArrayList<>();
    for (UserStatus status : OBSERVABLE) {
      signIn(rules, status, "user-password-auth", "InitiateAuth");
      signIn(rules, status, "admin-user-password-auth", "AdminInitiateAuth");
      simple(rules, status, Action.CONFIRM_SIGN_UP, "admin-confirm-sign-up", "AdminConfirmSignUp",
          pool -> pool.cognito.adminConfirmSignUp(b -> b.userPoolId(pool.id).username(USER)));
      if (!moves(Action.CONFIRM_SIGN_UP, status)) {
        simple(rules, status, Action.CONFIRM_SIGN_UP, "confirm-sign-up", "ConfirmSignUp",
            pool -> pool.cognito.confirmSignUp(b -> b.clientId(pool.clientId).username(USER).confirmationCode("123456")));
      }
      simple(rules, status, Action.ADMIN_SET_USER_PASSWORD_PERMANENT, "admin-set-user-password-permanent", "AdminSetUserPassword",
          pool -> pool.setPassword(USER, OTHER, true));
      simple(rules, status, Action.ADMIN_SET_USER_PASSWORD_TEMPORARY, "admin-set-user-password-temporary", "AdminSetUserPassword",
          pool -> pool.setPassword(USER, OTHER, false));
      simple(rules, status, Action.ADMIN_RESET_USER_PASSWORD, "admin-reset-user-password", "AdminResetUserPassword",
          pool -> pool.cognito.adminResetUserPassword(b -> b.userPoolId(pool.id).username(USER)));
      simple(rules, status, Action.FORGOT_PASSWORD, "forgot-password", "ForgotPassword",
          pool -> pool.cognito.forgotPassword(b -> b.clientId(pool.clientId).username(USER)));
      confirmForgotPassword(rules, status);
      simple(rules, status, Action.ADMIN_CREATE_USER_RESEND, "admin-create-user-resend", "AdminCreateUser",
          pool -> pool.cognito.adminCreateUser(b -> b.userPoolId(pool.id).username(USER).messageAction("RESEND")));
      simple(rules, status, Action.ADMIN_DISABLE_USER, "admin-disable-user", "AdminDisableUser",
          pool -> pool.cognito.adminDisableUser(b -> b.userPoolId(pool.id).username(USER)));
      simple(rules, status, Action.ADMIN_ENABLE_USER, "admin-enable-user", "AdminEnableUser",
          pool -> pool.cognito.adminEnableUser(b -> b.userPoolId(pool.id).username(USER)));
      if (status != UserStatus.UNCONFIRMED) {
        answerNewPasswordChallenge(rules, status);
        changePassword(rules, status);
      }
    }
    return rules;
  }

  // -- one kind of rule per shape of setup

  /** An operation on a user put in {@code status} by the usual means. */
  private static void simple(List<ConformanceRule> rules, UserStatus status, Action action, String name, String operation,
      PoolCall call) {
    Rule rule = Lifecycle.rule(action, status);
    rules.add(new ConformanceRule(id(name, status), Area.LIFECYCLE, statement(operation, action, status, rule), source(action, operation),
        target -> {
          KitPool pool = KitPool.create(target);
          put(pool, status);
          expect(pool, status, rule, () -> call.run(pool));
          if (action == Action.ADMIN_DISABLE_USER || action == Action.ADMIN_ENABLE_USER) {
            equal(action == Action.ADMIN_ENABLE_USER, pool.enabled(USER), "Enabled");
          }
        }));
  }

  private static void signIn(List<ConformanceRule> rules, UserStatus status, String flow, String operation) {
    Rule rule = Lifecycle.rule(Action.SIGN_IN, status);
    boolean admin = flow.startsWith("admin");
    rules.add(new ConformanceRule(id("sign-in." + flow, status), Area.LIFECYCLE,
        statement(operation + " " + flow.toUpperCase(Locale.ROOT).replace('-', '_') + " with the right password", Action.SIGN_IN, status,
            rule),
        source(Action.SIGN_IN, operation), target -> {
          KitPool pool = KitPool.create(target);
          String password = put(pool, status);
          Expect.Call call = admin ? () -> {
            var response = pool.adminSignIn(USER, password);
            signedIn(response.challengeNameAsString(), rule, response.authenticationResult() != null);
          } : () -> {
            var response = pool.signIn(USER, password);
            signedIn(response.challengeNameAsString(), rule, response.authenticationResult() != null);
          };
          expect(pool, status, rule, call);
        }));
    rule.refused().forEach(refusal -> rules.add(new ConformanceRule("check-order.sign-in." + flow + "." + slug(status) + ".wrong-password",
        Area.CHECK_ORDER, operation + ": a " + status + " user is refused for the status before the password is checked: a wrong password"
            + " gets the same error",
        status == UserStatus.UNCONFIRMED ? decision("unconfirmed-before-password") : decision("status-before-password"), target -> {
          KitPool pool = KitPool.create(target);
          put(pool, status);
          expect(pool, status, rule, admin ? () -> pool.adminSignIn(USER, WRONG) : () -> pool.signIn(USER, WRONG));
        })));
  }

  private static void signedIn(String challenge, Rule rule, boolean tokens) {
    if (rule.challengesNewPassword()) {
      equal("NEW_PASSWORD_REQUIRED", challenge, "ChallengeName");
      that(!tokens, "no tokens with the challenge");
    } else {
      equal(null, challenge, "ChallengeName");
      that(tokens, "tokens");
    }
  }

  private static void confirmForgotPassword(List<ConformanceRule> rules, UserStatus status) {
    Rule rule = Lifecycle.rule(Action.CONFIRM_FORGOT_PASSWORD, status);
    boolean refused = rule.refused().isDefined();
    rules.add(new ConformanceRule(id("confirm-forgot-password", status), Area.LIFECYCLE,
        statement("ConfirmForgotPassword" + (refused ? "" : " with the code sent"), Action.CONFIRM_FORGOT_PASSWORD, status, rule),
        source(Action.CONFIRM_FORGOT_PASSWORD, "ConfirmForgotPassword"), target -> {
          KitPool pool = KitPool.create(target);
          put(pool, status);
          if (!refused && status != UserStatus.RESET_REQUIRED) {
            pool.cognito.forgotPassword(b -> b.clientId(pool.clientId).username(USER));
          }
          String code = refused ? "123456" : pool.code(USER);
          expect(pool, status, rule, () -> pool.cognito
              .confirmForgotPassword(b -> b.clientId(pool.clientId).username(USER).confirmationCode(code).password(OTHER)));
        }));
  }

  /** The answer to a NEW_PASSWORD_REQUIRED session opened while the user was FORCE_CHANGE_PASSWORD, after it moved to {@code status}. */
  private static void answerNewPasswordChallenge(List<ConformanceRule> rules, UserStatus status) {
    Rule rule = Lifecycle.rule(Action.ANSWER_NEW_PASSWORD_CHALLENGE, status);
    rules.add(new ConformanceRule(id("respond-to-auth-challenge-new-password-required", status), Area.LIFECYCLE,
        statement("RespondToAuthChallenge NEW_PASSWORD_REQUIRED (session opened while FORCE_CHANGE_PASSWORD)",
            Action.ANSWER_NEW_PASSWORD_CHALLENGE, status, rule),
        source(Action.ANSWER_NEW_PASSWORD_CHALLENGE, "RespondToAuthChallenge"), target -> {
          KitPool pool = KitPool.create(target);
          pool.invite(USER, TEMPORARY);
          String session = pool.signIn(USER, TEMPORARY).session();
          if (status != UserStatus.FORCE_CHANGE_PASSWORD) {
            pool.setPassword(USER, FINAL, true);
          }
          if (status == UserStatus.RESET_REQUIRED) {
            pool.cognito.adminResetUserPassword(b -> b.userPoolId(pool.id).username(USER));
          }
          equal(status.name(), pool.status(USER), "status before the answer");
          expect(pool, status, rule, () -> pool.cognito.respondToAuthChallenge(b -> b.clientId(pool.clientId)
              .challengeName("NEW_PASSWORD_REQUIRED").session(session)
              .challengeResponses(Map.of("USERNAME", USER, "NEW_PASSWORD", OTHER))));
        }));
  }

  /** ChangePassword with an access token issued while the user was CONFIRMED, after it moved to {@code status}. */
  private static void changePassword(List<ConformanceRule> rules, UserStatus status) {
    Rule rule = Lifecycle.rule(Action.CHANGE_PASSWORD, status);
    rules.add(new ConformanceRule(id("change-password", status), Area.LIFECYCLE,
        statement("ChangePassword (token issued while CONFIRMED)", Action.CHANGE_PASSWORD, status, rule),
        source(Action.CHANGE_PASSWORD, "ChangePassword"), target -> {
          KitPool pool = KitPool.create(target);
          pool.confirmed(USER, FINAL);
          String token = pool.tokens(USER, FINAL).accessToken();
          String previous = status == UserStatus.FORCE_CHANGE_PASSWORD ? TEMPORARY : FINAL;
          if (status == UserStatus.FORCE_CHANGE_PASSWORD) {
            pool.setPassword(USER, TEMPORARY, false);
          } else if (status == UserStatus.RESET_REQUIRED) {
            pool.cognito.adminResetUserPassword(b -> b.userPoolId(pool.id).username(USER));
          }
          expect(pool, status, rule,
              () -> pool.cognito.changePassword(b -> b.accessToken(token).previousPassword(previous).proposedPassword(OTHER)));
        }));
  }

  // -- helpers

  /** Puts {@value #USER} in {@code status}; the password that is hers now. */
  static String put(KitPool pool, UserStatus status) {
    switch (status) {
      case UNCONFIRMED :
        pool.signedUp(USER, FINAL);
        return FINAL;
      case FORCE_CHANGE_PASSWORD :
        pool.invite(USER, TEMPORARY);
        return TEMPORARY;
      case RESET_REQUIRED :
        pool.confirmed(USER, FINAL);
        pool.cognito.adminResetUserPassword(b -> b.userPoolId(pool.id).username(USER));
        return FINAL;
      case CONFIRMED :
        pool.confirmed(USER, FINAL);
        return FINAL;
      default :
        throw new IllegalArgumentException(status + " cannot be reached over the API");
    }
  }

  /** That {@code call} does what {@code rule} says for a user in {@code status}; a refusal changes nothing. */
  private static void expect(KitPool pool, UserStatus status, Rule rule, Expect.Call call) {
    rule.fold(moves -> {
      call.run();
      equal(moves.to().name(), pool.status(USER), "status after");
      return null;
    }, () -> {
      call.run();
      equal(status.name(), pool.status(USER), "status after");
      return null;
    }, () -> {
      call.run();
      return null;
    }, () -> {
      call.run();
      return null;
    }, refuses -> {
      CognitoError error = refuses.refusal().error(status, USER);
      Expect.refused(error.code().wireName(), error.code().httpStatus(), error.message(), call);
      equal(status.name(), pool.status(USER), "status after the refusal");
      return null;
    });
  }

  private static boolean moves(Action action, UserStatus status) {
    return Lifecycle.rule(action, status).refused().isEmpty();
  }

  private static String id(String operation, UserStatus status) {
    return "lifecycle." + operation + "." + slug(status);
  }

  static String slug(UserStatus status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String statement(String operation, Action action, UserStatus status, Rule rule) {
    String outcome = rule.fold(m -> "moves the user to " + m.to(), () -> "succeeds and keeps the status", () -> "returns tokens",
        () -> "returns the NEW_PASSWORD_REQUIRED challenge and no tokens", r -> {
          CognitoError error = r.refusal().error(status, USER);
          return "is refused: " + error.code().wireName() + " \"" + error.message() + "\", and nothing changes";
        });
    return operation + " on a user in " + status + " " + outcome + " (" + action.label() + ")";
  }

  private static String source(Action action, String operation) {
    switch (action) {
      case ADMIN_RESET_USER_PASSWORD :
        return decision("admin-reset-other-statuses");
      case FORGOT_PASSWORD :
        return decision("forgot-password-keeps-status");
      case CONFIRM_FORGOT_PASSWORD :
        return decision("confirm-forgot-password");
      case CONFIRM_SIGN_UP :
        return decision("cannot-confirm");
      case ADMIN_CREATE_USER_RESEND :
        return decision("resend-wording");
      case ANSWER_NEW_PASSWORD_CHALLENGE :
        return decision("session-invalid-wording");
      case CHANGE_PASSWORD :
        return decision("change-password-order");
      case SIGN_IN :
        return decision("sign-in-messages");
      default :
        return api(operation);
    }
  }
}
